package dev.loupe.media.synth;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** A typeface both printers have: a Standard 14 font in the PDF, the matching Java logical font in the scan. */
enum Face {
    SANS(FontName.HELVETICA, Font.SANS_SERIF, Font.PLAIN, 0.56),
    SANS_BOLD(FontName.HELVETICA_BOLD, Font.SANS_SERIF, Font.BOLD, 0.62),
    SERIF(FontName.TIMES_ROMAN, Font.SERIF, Font.PLAIN, 0.56),
    SERIF_BOLD(FontName.TIMES_BOLD, Font.SERIF, Font.BOLD, 0.62),
    MONO(FontName.COURIER, Font.MONOSPACED, Font.PLAIN, 0.61),
    MONO_BOLD(FontName.COURIER_BOLD, Font.MONOSPACED, Font.BOLD, 0.61);

    final FontName pdfFont;
    final String awtFamily;
    final int awtStyle;
    /** Average advance per character, in ems, of the wider of the two printers' fonts; used to wrap text. */
    final double averageAdvance;

    Face(FontName pdfFont, String awtFamily, int awtStyle, double averageAdvance) {
        this.pdfFont = pdfFont;
        this.awtFamily = awtFamily;
        this.awtStyle = awtStyle;
        this.averageAdvance = averageAdvance;
    }

    Face bold() {
        return switch (this) {
            case SANS, SANS_BOLD -> SANS_BOLD;
            case SERIF, SERIF_BOLD -> SERIF_BOLD;
            case MONO, MONO_BOLD -> MONO_BOLD;
        };
    }

    /** The advance of {@code text} at {@code size} points by the font's AFM metrics, as the PDF prints it. */
    double width(String text, double size) {
        return Metrics.of(this).width(text) / 1000 * size;
    }

    /** How far the tallest letters rise above the baseline, in points at {@code size}. */
    double ascent(double size) {
        return Metrics.of(this).ascender / 1000 * size;
    }

    /** How far descenders fall below the baseline, in points at {@code size}. */
    double descent(double size) {
        return Metrics.of(this).descender / 1000 * size;
    }

    /** Widths per character, measured once and shared by every thread; PDFBox's own cache is not thread-safe. */
    private static final class Metrics {
        private static final Map<Face, Metrics> BY_FACE = new ConcurrentHashMap<>();

        private final PDType1Font font;
        private final double ascender;
        private final double descender;
        private final Map<Character, Float> widths = new ConcurrentHashMap<>();

        private Metrics(Face face) {
            this.font = new PDType1Font(face.pdfFont);
            FontMetrics afm = Standard14Fonts.getAFM(face.pdfFont.getName());
            this.ascender = afm.getAscender();
            this.descender = -afm.getDescender();
        }

        static Metrics of(Face face) {
            return BY_FACE.computeIfAbsent(face, Metrics::new);
        }

        double width(String text) {
            double width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += widths.computeIfAbsent(text.charAt(i), this::measure);
            }
            return width;
        }

        private synchronized float measure(char c) {
            try {
                return font.getStringWidth(String.valueOf(c));
            } catch (IOException e) {
                throw new UncheckedIOException("The width of '" + c + "' could not be read from the "
                        + font.getName() + " metrics bundled with PDFBox.", e);
            }
        }
    }
}

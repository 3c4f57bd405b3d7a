package dev.loupe.media.synth;

import java.awt.Font;
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
}

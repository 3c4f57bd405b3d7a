package dev.loupe.media;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.Word;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects one page's characters, as PDFBox sorts them into rows and splits them into words, into words with
 * boxes on the page as shown. A glyph's box runs along its baseline from its start to its advance, and from the
 * font's descent to its ascent, so that it covers the ink whatever the text's direction or the page's rotation.
 */
final class TextLayerWords extends PDFTextStripper {
    /** Where a font says nothing usable about its ascent and descent, in ems. */
    private static final double DEFAULT_ASCENT = 0.75;
    private static final double DEFAULT_DESCENT = -0.22;
    /** A jump wider than this, in ems, between two characters PDFBox left in one word still splits it. */
    private static final double WORD_GAP_EMS = 0.3;

    private final int index;
    private final PageFrame frame;
    private final List<Word> words = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private double left;
    private double top;
    private double right;
    private double bottom;
    private double lastEndX = Double.NaN;
    private double lastEndY = Double.NaN;

    private TextLayerWords(int index, PageFrame frame) {
        this.index = index;
        this.frame = frame;
        setSortByPosition(true);
        setStartPage(index + 1);
        setEndPage(index + 1);
    }

    /** The words of page {@code index} (zero-based), in PDFBox's reading order. */
    static List<Word> read(PDDocument document, int index, PageFrame frame) throws IOException {
        TextLayerWords collector = new TextLayerWords(index, frame);
        collector.writeText(document, Writer.nullWriter());
        return collector.words;
    }

    /** PDFBox hands over one word at a time, split on its own gap rules, with its characters. */
    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            add(position);
        }
        finishWord();
    }

    private void add(TextPosition position) {
        String unicode = position.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            finishWord();
            return;
        }
        Matrix m = position.getTextMatrix();
        double along = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
        double size = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (along <= 0 || size <= 0) {
            return;
        }
        double dirX = m.getValue(0, 0) / along;
        double dirY = m.getValue(0, 1) / along;
        double startX = m.getTranslateX();
        double startY = m.getTranslateY();
        if (!text.isEmpty()) {
            double gap = (startX - lastEndX) * dirX + (startY - lastEndY) * dirY;
            if (Math.abs(gap) > WORD_GAP_EMS * size) {
                finishWord();
            }
        }
        double endX = startX + dirX * position.getWidthDirAdj();
        double endY = startY + dirY * position.getWidthDirAdj();
        PDFontDescriptor descriptor = position.getFont() == null ? null : position.getFont().getFontDescriptor();
        double ascent = sane(descriptor == null ? 0 : descriptor.getAscent() / 1000.0, 0.5, 1.2, DEFAULT_ASCENT);
        double descent = sane(descriptor == null ? 0 : descriptor.getDescent() / 1000.0, -0.5, 0, DEFAULT_DESCENT);
        double upX = m.getValue(1, 0);
        double upY = m.getValue(1, 1);
        boolean first = text.isEmpty();
        for (double[] corner : new double[][] {
                {startX + upX * descent, startY + upY * descent}, {startX + upX * ascent, startY + upY * ascent},
                {endX + upX * descent, endY + upY * descent}, {endX + upX * ascent, endY + upY * ascent}}) {
            extend(frame.x(corner[0], corner[1]), frame.y(corner[0], corner[1]), first);
            first = false;
        }
        text.append(unicode);
        lastEndX = endX;
        lastEndY = endY;
    }

    private void extend(double x, double y, boolean first) {
        if (first) {
            left = right = x;
            top = bottom = y;
        } else {
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
    }

    private void finishWord() {
        String word = LayerQuality.clean(text);
        if (!word.isEmpty() && right > left && bottom > top) {
            words.add(new Word(index, word, Box.ofPixels(left, top, right, bottom, frame.width(), frame.height()),
                    1.0, PdfTextLayer.MODEL));
        }
        text.setLength(0);
    }

    private static double sane(double value, double low, double high, double otherwise) {
        return value >= low && value <= high && value != 0 ? value : otherwise;
    }
}

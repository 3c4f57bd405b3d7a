package dev.loupe.media.synth;

import dev.loupe.core.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Prints sheets as the pages of a PDF with a real text layer in the Standard 14 fonts, so nothing is embedded. */
final class PdfPrinter {
    private final PDPageContentStream content;
    private final double pageHeight;
    private final Map<Face, PDType1Font> fonts = new EnumMap<>(Face.class);

    private PdfPrinter(PDPageContentStream content, double pageHeight) {
        this.content = content;
        this.pageHeight = pageHeight;
    }

    /**
     * Writes the PDF with fixed metadata and a trailer ID derived from {@code identity}: no dates and no clock,
     * so the same sheets always give the same bytes.
     */
    static void print(List<Sheet> sheets, String title, String identity, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (Sheet sheet : sheets) {
                PDPage page = new PDPage(new PDRectangle((float) sheet.width(), (float) sheet.height()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    PdfPrinter printer = new PdfPrinter(content, sheet.height());
                    for (Sheet.Mark mark : sheet.marks()) {
                        printer.draw(mark);
                    }
                }
            }
            save(document, title, identity, file);
        }
    }

    /** Saves with fixed metadata and an ID from {@code identity}, the same bytes for the same pages. */
    static void save(PDDocument document, String title, String identity, Path file) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Loupe synthetic documents");
        document.setDocumentInformation(info);
        COSString id = new COSString(
                Arrays.copyOf(Sha256.newDigest().digest(identity.getBytes(StandardCharsets.UTF_8)), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.save(file.toFile());
    }

    private void draw(Sheet.Mark mark) throws IOException {
        if (mark instanceof Sheet.Text text) {
            text(text);
        } else if (mark instanceof Sheet.Rule rule) {
            content.setLineWidth((float) rule.weight());
            content.moveTo(x(rule.x1()), y(rule.y1()));
            content.lineTo(x(rule.x2()), y(rule.y2()));
            content.stroke();
        } else if (mark instanceof Sheet.Frame frame) {
            content.setLineWidth((float) frame.weight());
            content.addRect(x(frame.x()), y(frame.y() + frame.height()), (float) frame.width(), (float) frame.height());
            content.stroke();
        } else if (mark instanceof Sheet.Shade shade) {
            content.setNonStrokingColor((float) shade.gray());
            content.addRect(x(shade.x()), y(shade.y() + shade.height()), (float) shade.width(), (float) shade.height());
            content.fill();
            content.setNonStrokingColor(0f);
        } else if (mark instanceof Sheet.Scribble scribble) {
            content.setLineWidth((float) scribble.weight());
            content.moveTo(x(scribble.xs()[0]), y(scribble.ys()[0]));
            for (int i = 1; i < scribble.xs().length; i++) {
                content.lineTo(x(scribble.xs()[i]), y(scribble.ys()[i]));
            }
            content.stroke();
        }
    }

    private void text(Sheet.Text text) throws IOException {
        PDType1Font font = fonts.computeIfAbsent(text.face(), face -> new PDType1Font(face.pdfFont));
        content.beginText();
        content.setFont(font, (float) text.size());
        content.newLineAtOffset(x(text.left()), y(text.baseline()));
        content.showText(text.text());
        content.endText();
    }

    private static float x(double x) {
        return (float) x;
    }

    /** Sheets measure down from the top; PDF measures up from the bottom. */
    private float y(double y) {
        return (float) (pageHeight - y);
    }
}

package dev.loupe.media.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Prints a document as a scanner or a scanning app saves it: a PDF whose every page is a JPEG of the scanned sheet
 * and which has no text layer, so a reader must OCR it like any picture.
 */
final class ScannedPdf {
    /** The quality scanning software saves its pages at: small files, faint blocks around the letters. */
    private static final float QUALITY = 0.7f;

    private ScannedPdf() {
    }

    static void print(List<Sheet> sheets, List<Optional<Stamp>> stamps, String title, String identity, Random random,
            Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                BufferedImage scan = ScanPrinter.scan(sheet, stamps.get(i), random);
                PDRectangle size = new PDRectangle((float) sheet.width(), (float) sheet.height());
                PDPage page = new PDPage(size);
                document.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(document, scan, QUALITY);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            PdfPrinter.save(document, title, identity, file);
        }
    }
}

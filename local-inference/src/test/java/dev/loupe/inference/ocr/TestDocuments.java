package dev.loupe.inference.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents the reader's tests need that the synthetic corpus does not make. */
final class TestDocuments {
    private TestDocuments() {
    }

    /** A 150 dpi page of black lines of text on white, as a scanner would give it. */
    static Path scan(Path file, String... lines) throws IOException {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 60;
        }
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
        return file;
    }

    static Path blank(Path file) throws IOException {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(250, 249, 245));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
        return file;
    }

    /**
     * A colourful, textured picture with no text, lit from one side: what a photo of a dented car door gives OCR.
     */
    static Path photo(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage photo = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                double light = 0.45 + 0.75 * x / photo.getWidth();
                int r = clamp((int) (light * (150 + 60 * Math.sin(x / 90.0) + random.nextInt(30))));
                int gr = clamp((int) (light * (40 + y / 8 + random.nextInt(30))));
                int b = clamp((int) (light * (60 + 50 * Math.cos(y / 70.0) + random.nextInt(30))));
                photo.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        ImageIO.write(photo, "jpg", file.toFile());
        return file;
    }

    /** A PDF of {@code pages} pages, each with a line of text in its text layer. */
    static Path longPdf(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Page " + i + " of the statement of account, claim CLM-2024-001234");
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}

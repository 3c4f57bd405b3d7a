package dev.loupe.media.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Prints a laid-out document's pages to a file in its format. */
final class Printing {
    /** JPEG qualities as phones and scanner software save them: low enough that the blocks show. */
    private static final float LEAST_QUALITY = 0.55f;
    private static final float MOST_QUALITY = 0.85f;

    private Printing() {
    }

    static void print(Format format, List<Sheet> pages, List<Optional<Stamp>> stamps, String title, String identity,
            Random random, Path file) throws IOException {
        switch (format) {
            case PDF -> PdfPrinter.print(pages, title, identity, file);
            case SCANNED_PDF -> ScannedPdf.print(pages, stamps, title, identity, random, file);
            case PNG -> writeImage(ScanPrinter.scan(pages.get(0), stamps.get(0), random), "png", file);
            case JPEG -> writeJpeg(ScanPrinter.scan(pages.get(0), stamps.get(0), random), random, file);
            case TIFF -> writeTiff(OfficeScanner.scan(pages, stamps, random), file);
            case PHONE_PHOTO -> writeJpeg(PhonePhoto.of(ScanPrinter.scan(pages.get(0), stamps.get(0), random),
                    random), random, file);
            case PHOTO -> writeJpeg(DamagePhoto.shoot(pages.get(0), random), random, file);
        }
    }

    private static void writeImage(BufferedImage image, String formatName, Path file) throws IOException {
        if (!ImageIO.write(image, formatName, file.toFile())) {
            throw noWriter(formatName, file);
        }
    }

    private static void writeJpeg(BufferedImage image, Random random, Path file) throws IOException {
        ImageWriter writer = writer("jpeg", file);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(LEAST_QUALITY + (MOST_QUALITY - LEAST_QUALITY) * random.nextFloat());
        write(writer, List.of(image), param, file);
    }

    /** Black-and-white pages compressed as a fax does (CCITT Group 4), grey ones as office scanners do (LZW). */
    private static void writeTiff(List<BufferedImage> pages, Path file) throws IOException {
        ImageWriter writer = writer("tiff", file);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(pages.get(0).getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "LZW");
        write(writer, pages, param, file);
    }

    private static ImageWriter writer(String formatName, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        if (!writers.hasNext()) {
            throw noWriter(formatName, file);
        }
        return writers.next();
    }

    /**
     * Writes each image as a page (JPEG writers take only one, without a sequence); the file is deleted first, as
     * an image stream would keep the tail of a longer file it replaces.
     */
    private static void write(ImageWriter writer, List<BufferedImage> pages, ImageWriteParam param, Path file)
            throws IOException {
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(pages.get(0), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, null), param);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
    }

    private static IOException noWriter(String formatName, Path file) {
        return new IOException("This Java runtime has no " + formatName.toUpperCase(Locale.ROOT)
                + " writer, so '" + file + "' could not be written.");
    }
}

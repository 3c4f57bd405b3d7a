package dev.loupe.media.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

/** Prints a laid-out document's pages to a file in its format. */
final class Printing {
    private Printing() {
    }

    static void print(Format format, List<Sheet> pages, List<Optional<Stamp>> stamps, String title, String identity,
            Random random, Path file) throws IOException {
        switch (format) {
            case PDF -> PdfPrinter.print(pages, title, identity, file);
            case PNG -> writeImage(ScanPrinter.scan(pages.get(0), stamps.get(0), random), "png", file);
        }
    }

    private static void writeImage(BufferedImage image, String formatName, Path file) throws IOException {
        if (!ImageIO.write(image, formatName, file.toFile())) {
            throw new IOException("This Java runtime has no " + formatName.toUpperCase(java.util.Locale.ROOT)
                    + " writer, so '" + file + "' could not be written.");
        }
    }
}

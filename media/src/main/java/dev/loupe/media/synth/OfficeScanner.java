package dev.loupe.media.synth;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Scans every page of a document as a fax or an office scanner files it in a TIFF: in grey, or cut to black and
 * white at a threshold, which thins light strokes and blackens dust.
 */
final class OfficeScanner {
    private static final int LEAST_THRESHOLD = 140;
    private static final int THRESHOLD_SPREAD = 40;

    private OfficeScanner() {
    }

    /** One image per page, all grey ({@code TYPE_BYTE_GRAY}) or all black and white ({@code TYPE_BYTE_BINARY}). */
    static List<BufferedImage> scan(List<Sheet> pages, List<Optional<Stamp>> stamps, Random random) {
        boolean blackAndWhite = random.nextBoolean();
        int threshold = LEAST_THRESHOLD + random.nextInt(THRESHOLD_SPREAD);
        List<BufferedImage> scans = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage grey = grey(ScanPrinter.scan(pages.get(i), stamps.get(i), random));
            scans.add(blackAndWhite ? cut(grey, threshold) : grey);
        }
        return scans;
    }

    private static BufferedImage grey(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(colour, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** Black below the threshold, white from it; a bilevel image's sample 1 is white. */
    private static BufferedImage cut(BufferedImage grey, int threshold) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        BufferedImage bilevel = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster in = grey.getRaster();
        WritableRaster out = bilevel.getRaster();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            in.getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                row[x] = row[x] < threshold ? 0 : 1;
            }
            out.setSamples(0, y, width, 1, 0, row);
        }
        return bilevel;
    }
}

package dev.loupe.inference.ocr;

/**
 * Sets a page's paper to pure white before OCR, keeping the ink and its anti-aliased edges as they are. Tesseract
 * thresholds each image it is given on its own; given a band of a page that is only paper, a scanner lid or a
 * slip's shadow, it splits the sensor noise in two and reads the speckle as words ("oe oo ee"). Whitening
 * everything well above the ink leaves such a band blank, so it reads as nothing, and fast.
 */
final class PaperLevels {
    /** How far from the ink-paper threshold towards the paper's own level a pixel must be to count as paper. */
    private static final double TOWARDS_PAPER = 0.6;
    /** Below this gap between ink and paper there is no ink to speak of: the page is left as it is. */
    private static final int LEAST_CONTRAST = 40;

    private PaperLevels() {
    }

    /** Whitens {@code grey} (8-bit luma, one byte a pixel) in place; returns the level from which pixels are white. */
    static int whiten(byte[] grey) {
        long[] histogram = new long[256];
        for (byte value : grey) {
            histogram[value & 0xFF]++;
        }
        int threshold = otsu(histogram, grey.length);
        double paper = mean(histogram, threshold + 1, 255);
        double ink = mean(histogram, 0, threshold);
        if (Double.isNaN(paper) || Double.isNaN(ink) || paper - ink < LEAST_CONTRAST) {
            return 256;
        }
        int white = (int) Math.round(threshold + TOWARDS_PAPER * (paper - threshold));
        for (int i = 0; i < grey.length; i++) {
            if ((grey[i] & 0xFF) >= white) {
                grey[i] = (byte) 0xFF;
            }
        }
        return white;
    }

    /** Otsu's threshold: the level that best separates the histogram into two classes. */
    static int otsu(long[] histogram, long total) {
        double sumAll = 0;
        for (int level = 0; level < 256; level++) {
            sumAll += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 127;
        for (int level = 0; level < 256; level++) {
            below += histogram[level];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) level * histogram[level];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = level;
            }
        }
        return threshold;
    }

    private static double mean(long[] histogram, int from, int to) {
        double sum = 0;
        long count = 0;
        for (int level = from; level <= to; level++) {
            sum += (double) level * histogram[level];
            count += histogram[level];
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}

package dev.loupe.inference.doctype;

import dev.loupe.core.PageImage;

/**
 * Whether a page looks like a photograph rather than paper: colourful (the Hasler–Süsstrunk colourfulness measure)
 * and varied in tone. A scan of text is nearly grey; a blank page has almost no variation at all. Used to tell a
 * photo of damage, which carries no text by nature, from a page whose text could not be read.
 *
 * @param colourfulness 0 for grey; above about 15 for photographs of things
 * @param toneSpread    standard deviation of brightness, 0 to 255
 */
public record PhotoCues(double colourfulness, double toneSpread) {
    private static final double COLOURFUL = 15;
    private static final double VARIED = 20;

    public static PhotoCues of(PageImage image) {
        int[] pixels = image.argb();
        double sumRg = 0;
        double sumYb = 0;
        double sumRg2 = 0;
        double sumYb2 = 0;
        double sumY = 0;
        double sumY2 = 0;
        for (int argb : pixels) {
            int r = argb >> 16 & 0xFF;
            int g = argb >> 8 & 0xFF;
            int b = argb & 0xFF;
            double rg = r - g;
            double yb = 0.5 * (r + g) - b;
            double y = 0.299 * r + 0.587 * g + 0.114 * b;
            sumRg += rg;
            sumYb += yb;
            sumRg2 += rg * rg;
            sumYb2 += yb * yb;
            sumY += y;
            sumY2 += y * y;
        }
        double n = pixels.length;
        double meanRg = sumRg / n;
        double meanYb = sumYb / n;
        double spreadRg = Math.max(0, sumRg2 / n - meanRg * meanRg);
        double spreadYb = Math.max(0, sumYb2 / n - meanYb * meanYb);
        double colourfulness = Math.sqrt(spreadRg + spreadYb) + 0.3 * Math.sqrt(meanRg * meanRg + meanYb * meanYb);
        double meanY = sumY / n;
        double toneSpread = Math.sqrt(Math.max(0, sumY2 / n - meanY * meanY));
        return new PhotoCues(colourfulness, toneSpread);
    }

    public boolean photoLike() {
        return colourfulness >= COLOURFUL && toneSpread >= VARIED;
    }
}

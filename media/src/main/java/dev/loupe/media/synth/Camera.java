package dev.loupe.media.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * What a phone camera adds to whatever it is pointed at: light falling off across the frame and into its corners,
 * a warm or cool white balance, soft optics and colour sensor noise.
 */
final class Camera {
    private static final double LEAST_FALL_OFF = 0.12;
    private static final double MOST_FALL_OFF = 0.3;
    private static final double MOST_VIGNETTE = 0.25;
    private static final double MOST_CAST = 0.06;
    private static final double LEAST_NOISE = 2.5;
    private static final double MOST_NOISE = 4.5;

    private Camera() {
    }

    /** The picture as the camera saves it; {@code picture} must be {@code TYPE_INT_RGB} and is lit in place. */
    static BufferedImage develop(BufferedImage picture, Random random) {
        light(picture, random);
        BufferedImage soft = ScanPrinter.soften(picture);
        noise(soft, random);
        return soft;
    }

    /** Brighter on the side the light comes from, darker in the corners, tinted by the light's colour. */
    private static void light(BufferedImage picture, Random random) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        double direction = random.nextDouble() * 2 * Math.PI;
        double dx = Math.cos(direction);
        double dy = Math.sin(direction);
        double fallOff = LEAST_FALL_OFF + (MOST_FALL_OFF - LEAST_FALL_OFF) * random.nextDouble();
        double vignette = MOST_VIGNETTE * random.nextDouble();
        double warmth = (random.nextDouble() * 2 - 1) * MOST_CAST;
        double[] gains = {1 + warmth, 1, 1 - 1.3 * warmth};
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            double ny = 2.0 * y / height - 1;
            for (int x = 0; x < width; x++) {
                double nx = 2.0 * x / width - 1;
                double light = (1 + fallOff * (nx * dx + ny * dy) / Math.sqrt(2))
                        * (1 - vignette * (nx * nx + ny * ny) / 2);
                int i = y * width + x;
                int rgb = pixels[i];
                pixels[i] = clamp((rgb >> 16 & 0xFF) * light * gains[0]) << 16
                        | clamp((rgb >> 8 & 0xFF) * light * gains[1]) << 8 | clamp((rgb & 0xFF) * light * gains[2]);
            }
        }
    }

    /** Noise in brightness shared by the channels, and a little more in each channel alone. */
    private static void noise(BufferedImage picture, Random random) {
        double sigma = LEAST_NOISE + (MOST_NOISE - LEAST_NOISE) * random.nextDouble();
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            double shared = random.nextGaussian() * sigma;
            int rgb = pixels[i];
            pixels[i] = clamp((rgb >> 16 & 0xFF) + shared + random.nextGaussian() * sigma / 2) << 16
                    | clamp((rgb >> 8 & 0xFF) + shared + random.nextGaussian() * sigma / 2) << 8
                    | clamp((rgb & 0xFF) + shared + random.nextGaussian() * sigma / 2);
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}

package dev.loupe.media.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Random;

/** Something damaged as a claimant photographs it, painted to fill a picture of the given size. */
interface DamageScene {
    void paint(Graphics2D g, int width, int height, Random random);

    /** {@code colour} with each channel moved by up to {@code spread}, so no two photos share a paint. */
    static Color vary(Color colour, int spread, Random random) {
        return new Color(channel(colour.getRed(), spread, random), channel(colour.getGreen(), spread, random),
                channel(colour.getBlue(), spread, random));
    }

    /** {@code share} of the way from {@code from} to {@code to}. */
    static Color mix(Color from, Color to, double share) {
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    static Color alpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** A ragged closed outline around {@code x, y}: a circle of {@code radius} whose edge wanders. */
    static Path2D.Double blob(double x, double y, double radius, double wander, Random random) {
        int points = 48;
        double[] phases = {random.nextDouble() * 7, random.nextDouble() * 7, random.nextDouble() * 7};
        Path2D.Double outline = new Path2D.Double();
        for (int k = 0; k < points; k++) {
            double angle = 2 * Math.PI * k / points;
            double r = radius * (1 + wander * (0.5 * Math.sin(2 * angle + phases[0])
                    + 0.3 * Math.sin(5 * angle + phases[1]) + 0.2 * Math.sin(9 * angle + phases[2])));
            double px = x + r * Math.cos(angle);
            double py = y + r * Math.sin(angle) * 0.8;
            if (k == 0) {
                outline.moveTo(px, py);
            } else {
                outline.lineTo(px, py);
            }
        }
        outline.closePath();
        return outline;
    }

    private static int channel(int value, int spread, Random random) {
        return Math.max(0, Math.min(255, value + random.nextInt(2 * spread + 1) - spread));
    }
}

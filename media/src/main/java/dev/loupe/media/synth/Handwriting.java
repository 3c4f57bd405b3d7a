package dev.loupe.media.synth;

import java.util.Random;

/** Pen marks a person adds to a printed page: signatures, ticks and initials, different for every seed. */
final class Handwriting {
    private static final double PEN = 1.1;

    private Handwriting() {
    }

    /** A loose looping signature starting at {@code x}, resting on {@code baseline}. */
    static void signature(Sheet sheet, double x, double baseline, Random random) {
        int points = 60;
        double[] xs = new double[points];
        double[] ys = new double[points];
        double width = 110 + random.nextInt(60);
        double loops = 4 + random.nextInt(4);
        double phase = random.nextDouble() * Math.PI;
        for (int i = 0; i < points; i++) {
            double t = i / (points - 1.0);
            xs[i] = x + t * width + 7 * Math.sin(t * loops * 2 * Math.PI + phase);
            ys[i] = baseline - 8 - 9 * Math.cos(t * loops * 2 * Math.PI) * (1 - 0.6 * t);
        }
        sheet.scribble(xs, ys, PEN);
    }

    /** A tick whose short stroke starts at {@code x}, {@code y}, about ten points across. */
    static void tick(Sheet sheet, double x, double y, Random random) {
        double lean = random.nextDouble() * 2;
        sheet.scribble(new double[] {x, x + 3 + lean, x + 10 + lean}, new double[] {y, y + 4, y - 7 - lean}, PEN);
    }

    /** Two quick letter-like loops and an underline, as a reviewer initials a page, about 24 points across. */
    static void initials(Sheet sheet, double x, double y, Random random) {
        int points = 24;
        double[] xs = new double[points];
        double[] ys = new double[points];
        double tilt = random.nextDouble() * 3;
        for (int i = 0; i < points; i++) {
            double t = i / (points - 1.0);
            xs[i] = x + t * 20 + 3 * Math.sin(t * 4 * Math.PI);
            ys[i] = y - 6 * Math.abs(Math.sin(t * 2 * Math.PI)) - tilt * t;
        }
        sheet.scribble(xs, ys, PEN);
        sheet.scribble(new double[] {x - 2, x + 24}, new double[] {y + 3, y + 2 - tilt}, PEN * 0.8);
    }
}

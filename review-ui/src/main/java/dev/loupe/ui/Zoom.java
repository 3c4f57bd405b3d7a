package dev.loupe.ui;

import java.util.Locale;

/**
 * Zoom of a page view, as screen pixels per pixel of the rendered page: 1.0 shows each pixel of the render (150 dpi
 * for pages from {@link DocumentPages}) as one screen pixel. Steps follow the levels people know from viewers, so
 * in and out always land on the same round numbers.
 */
final class Zoom {
    static final double MIN = 0.1;
    static final double MAX = 4;
    private static final double[] LEVELS = {0.1, 0.125, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75,
        2, 2.5, 3, 4};
    /** A scale within this factor of a level counts as on it, so fitted scales step to the next level, not onto it. */
    private static final double SAME = 1.01;

    private Zoom() {
    }

    static double in(double scale) {
        for (double level : LEVELS) {
            if (level > scale * SAME) {
                return level;
            }
        }
        return MAX;
    }

    static double out(double scale) {
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (LEVELS[i] < scale / SAME) {
                return LEVELS[i];
            }
        }
        return MIN;
    }

    static double clamp(double scale) {
        return Math.max(MIN, Math.min(MAX, scale));
    }

    /** The scale that shows {@code size} pixels in {@code room} screen pixels. */
    static double fitting(double size, double room) {
        return clamp(room / size);
    }

    static String percent(double scale) {
        return String.format(Locale.ROOT, "%d%%", Math.round(scale * 100));
    }
}

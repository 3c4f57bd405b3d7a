package dev.loupe.testing;

import java.util.Locale;

/**
 * WCAG 2.x contrast between two colours on screen: relative luminance, the ratio between them, what a translucent
 * colour looks like over another, and the ratio text of a given size needs to pass AA.
 */
public final class Contrast {
    /** AA for body text. */
    public static final double TEXT = 4.5;
    /** AA for large text, and for graphics that carry meaning (WCAG 1.4.11). */
    public static final double LARGE_TEXT = 3;
    public static final double GRAPHICS = 3;
    /** 18 pt in CSS pixels: text this large is large at any weight. */
    public static final double LARGE_PX = 24;
    /** 14 pt in CSS pixels: bold text this large is large. */
    public static final double LARGE_BOLD_PX = 18.66;

    private Contrast() {
    }

    /** An opaque sRGB colour, each channel 0 to 1. */
    public record Rgb(double red, double green, double blue) {
        public Rgb {
            if (!inRange(red) || !inRange(green) || !inRange(blue)) {
                throw new IllegalArgumentException("Each channel of a colour is 0 to 1, got " + red + ", " + green
                        + ", " + blue + ".");
            }
        }

        /** {@code #777}, {@code #1d2330} or {@code 1d2330}. */
        public static Rgb hex(String hex) {
            String digits = hex.startsWith("#") ? hex.substring(1) : hex;
            if (digits.length() == 3) {
                digits = digits.replaceAll("(.)", "$1$1");
            }
            if (!digits.matches("[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A colour is #rgb or #rrggbb, got " + hex + ".");
            }
            int value = Integer.parseInt(digits, 16);
            return new Rgb((value >> 16 & 0xff) / 255.0, (value >> 8 & 0xff) / 255.0, (value & 0xff) / 255.0);
        }

        /** This colour with {@code alpha} of it laid over {@code beneath}, as the screen composes them. */
        public Rgb over(Rgb beneath, double alpha) {
            double a = Math.max(0, Math.min(1, alpha));
            return new Rgb(mix(red, beneath.red, a), mix(green, beneath.green, a), mix(blue, beneath.blue, a));
        }

        /** WCAG relative luminance: 0 for black, 1 for white. */
        public double luminance() {
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(red * 255), Math.round(green * 255),
                    Math.round(blue * 255));
        }

        private static double mix(double top, double bottom, double alpha) {
            return top * alpha + bottom * (1 - alpha);
        }

        private static double linear(double channel) {
            return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }

        private static boolean inRange(double channel) {
            return channel >= 0 && channel <= 1;
        }
    }

    /** The contrast ratio of two colours, 1 (none) to 21 (black on white); the order does not matter. */
    public static double ratio(Rgb one, Rgb other) {
        double lighter = Math.max(one.luminance(), other.luminance());
        double darker = Math.min(one.luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** The ratio AA asks of text this size: 3:1 when it is large, else 4.5:1. */
    public static double requiredForText(double sizePx, boolean bold) {
        return sizePx >= LARGE_PX || bold && sizePx >= LARGE_BOLD_PX ? LARGE_TEXT : TEXT;
    }
}

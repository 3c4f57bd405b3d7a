package dev.loupe.core.annotation;

/**
 * A rectangle on a page in fractions of the page's width and height, measured from its top-left corner, so it
 * fits the page at any zoom or resolution.
 *
 * @param x      left edge, 0 to 1
 * @param y      top edge, 0 to 1
 * @param width  0 to 1
 * @param height 0 to 1
 */
public record Box(double x, double y, double width, double height) {
    /** Rounding in the page's own pixels may put an edge a hair outside the page. */
    private static final double SLACK = 1e-6;

    public Box {
        if (!(x >= -SLACK && y >= -SLACK && width >= 0 && height >= 0
                && x + width <= 1 + SLACK && y + height <= 1 + SLACK)) {
            throw new IllegalArgumentException("A box must lie within its page (fractions 0 to 1), got x=" + x + " y=" + y
                    + " width=" + width + " height=" + height + ".");
        }
    }

    /** The box of a rectangle in pixels on a page of the given size, clipped to the page. */
    public static Box ofPixels(double left, double top, double right, double bottom, double pageWidth,
            double pageHeight) {
        double x0 = clamp(Math.min(left, right) / pageWidth);
        double y0 = clamp(Math.min(top, bottom) / pageHeight);
        double x1 = clamp(Math.max(left, right) / pageWidth);
        double y1 = clamp(Math.max(top, bottom) / pageHeight);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double x0 = Math.min(x, other.x);
        double y0 = Math.min(y, other.y);
        return new Box(x0, y0, Math.max(right(), other.right()) - x0, Math.max(bottom(), other.bottom()) - y0);
    }

    /** How much of the shorter of the two boxes' heights they share, 0 to 1: near 1 for words on one line. */
    public double verticalOverlap(Box other) {
        double shared = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        double shorter = Math.min(height, other.height);
        return shorter <= 0 ? 0 : Math.max(0, shared) / shorter;
    }

    /** The area both boxes cover over the area either covers (intersection over union), 0 to 1. */
    public double iou(Box other) {
        double w = Math.min(right(), other.right()) - Math.max(x, other.x);
        double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double shared = w * h;
        return shared / (width * height + other.width * other.height - shared);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

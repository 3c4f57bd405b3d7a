package dev.loupe.media.synth;

/**
 * A perspective mapping of the plane, as a camera sees a flat page: the 3×3 matrix taking {@code (u, v, 1)} to
 * {@code (x·w, y·w, w)}.
 */
record Homography(double a, double b, double c, double d, double e, double f, double g, double h, double i) {

    /**
     * The mapping of the unit square onto a quadrilateral (Heckbert's closed form): {@code corners} holds x, y of
     * the images of (0, 0), (1, 0), (1, 1) and (0, 1), in that order.
     */
    static Homography squareTo(double[] corners) {
        double x0 = corners[0];
        double y0 = corners[1];
        double x1 = corners[2];
        double y1 = corners[3];
        double x2 = corners[4];
        double y2 = corners[5];
        double x3 = corners[6];
        double y3 = corners[7];
        double sx = x0 - x1 + x2 - x3;
        double sy = y0 - y1 + y2 - y3;
        double dx1 = x1 - x2;
        double dx2 = x3 - x2;
        double dy1 = y1 - y2;
        double dy2 = y3 - y2;
        double det = dx1 * dy2 - dx2 * dy1;
        double g = (sx * dy2 - dx2 * sy) / det;
        double h = (dx1 * sy - sx * dy1) / det;
        return new Homography(x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1);
    }

    /** The mapping back, by the adjugate: a homography's scale does not matter, so no determinant is divided by. */
    Homography inverse() {
        return new Homography(e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g,
                c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d);
    }

    /** Maps {@code x, y} into {@code out} as its x and y. */
    void map(double x, double y, double[] out) {
        double w = g * x + h * y + i;
        out[0] = (a * x + b * y + c) / w;
        out[1] = (d * x + e * y + f) / w;
    }
}

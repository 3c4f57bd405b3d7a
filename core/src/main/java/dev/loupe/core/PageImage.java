package dev.loupe.core;

/**
 * A rendered page as plain pixels, so that no module but the UI needs a toolkit image type.
 *
 * @param width  in pixels
 * @param height in pixels
 * @param argb   {@code width * height} pixels, row by row, as 0xAARRGGBB
 */
public record PageImage(int width, int height, int[] argb) {
    public PageImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A page image needs a positive size, got " + width + "x" + height + ".");
        }
        if (argb == null || argb.length != (long) width * height) {
            throw new IllegalArgumentException("A " + width + "x" + height + " page needs " + (long) width * height + " pixels.");
        }
    }
}

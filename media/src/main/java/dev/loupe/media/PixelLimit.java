package dev.loupe.media;

import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.core.port.UnreadableMediaException.Reason;

/**
 * The largest page, in pixels, that is decoded or rendered, so that an oversized or hostile file is refused
 * before it can exhaust memory.
 */
record PixelLimit(long maxPixels) {
    static final long DEFAULT_MAX_PIXELS = 120_000_000L;

    PixelLimit {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("The pixel limit must be positive, got " + maxPixels + ".");
        }
    }

    /**
     * 120 megapixels, or less on a small heap: a page holds its decoded pixels and the copy handed out
     * (4 bytes each), and half the heap stays free for the rest of the application.
     */
    static PixelLimit forThisJvm() {
        return new PixelLimit(Math.min(DEFAULT_MAX_PIXELS, Runtime.getRuntime().maxMemory() / 16));
    }

    boolean allows(long width, long height) {
        return width > 0 && height > 0 && width * height <= maxPixels;
    }

    UnreadableMediaException imageTooLarge(String name, int page, long width, long height) {
        return new UnreadableMediaException(Reason.TOO_LARGE, "'" + name + "'" + pageWords(page) + " is "
                + size(width, height) + ", more than the " + megapixels(maxPixels) + " Loupe can open. "
                + "Ask for a smaller scan; 150 to 300 dpi is enough for review.");
    }

    UnreadableMediaException renderTooLarge(String name, int page, int dpi, long width, long height) {
        return new UnreadableMediaException(Reason.TOO_LARGE, "Page " + (page + 1) + " of '" + name + "' would be "
                + size(width, height) + " at " + dpi + " dpi, more than the " + megapixels(maxPixels) + " Loupe can show. "
                + "Zoom out to render it at a lower resolution.");
    }

    private static String pageWords(int page) {
        return page == 0 ? "" : " (page " + (page + 1) + ")";
    }

    private static String size(long width, long height) {
        return width + " x " + height + " pixels (" + megapixels(width * height) + ")";
    }

    private static String megapixels(long pixels) {
        return Math.round(pixels / 1_000_000.0) + " megapixels";
    }
}

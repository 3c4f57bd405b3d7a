package dev.loupe.media;

/** The checks every page source makes before it renders: still open, a page it has, a usable resolution. */
final class RenderRequest {
    private RenderRequest() {
    }

    static void check(String name, boolean closed, int index, int pageCount, int dpi) {
        if (closed) {
            throw new IllegalStateException("'" + name + "' was closed; open it again to render pages.");
        }
        if (index < 0 || index >= pageCount) {
            throw new IllegalArgumentException("Page index " + index + " is outside 0.." + (pageCount - 1) + ".");
        }
        if (dpi <= 0) {
            throw new IllegalArgumentException("The resolution must be a positive dpi, got " + dpi + ".");
        }
    }
}

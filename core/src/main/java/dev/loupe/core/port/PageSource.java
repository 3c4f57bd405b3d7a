package dev.loupe.core.port;

import dev.loupe.core.PageImage;

/** An open document whose pages are rendered on demand, so a long document never sits whole in memory. */
public interface PageSource extends AutoCloseable {

    int pageCount();

    /**
     * Renders one page.
     *
     * @param index zero-based page index
     * @param dpi   resolution; images are scaled from their own resolution (taken as 150 dpi when unknown)
     * @throws UnreadableMediaException when the page cannot be rendered
     */
    PageImage render(int index, int dpi);

    @Override
    void close();
}

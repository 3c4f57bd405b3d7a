package dev.loupe.ui;

import dev.loupe.core.PageImage;

/**
 * Renders a page of the document on screen again, sharper than it was rendered for the screen, for a reviewer who
 * zooms in past 100% to read small print. Blocking: called off the FX thread.
 */
@FunctionalInterface
public interface SharperPages {
    /** The most a page is rendered beyond its screen rendering: 300 dpi from 110, as fine as scans come. */
    double MOST = 300.0 / DocumentPages.SCREEN_DPI;

    /**
     * @param page  the zero-based page
     * @param scale how many times finer than the screen rendering, above 1 and at most {@link #MOST}
     * @return the page rendered that much finer; null when it cannot be (the file went, or is unreadable)
     */
    PageImage render(int page, double scale);
}

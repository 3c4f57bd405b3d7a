package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.util.List;

/**
 * An item's pages, rendered and ready to show.
 *
 * @param pages     the pages rendered, in order (at most {@link DocumentPages#PAGES_SHOWN})
 * @param pageCount how many pages the documents have in all
 * @param problem   why the pages cannot be shown, as a sentence; empty when they can
 */
public record PreparedItem(List<PageImage> pages, int pageCount, String problem) {
    public PreparedItem {
        pages = List.copyOf(pages);
    }

    static PreparedItem unreadable(String problem) {
        return new PreparedItem(List.of(), 0, problem);
    }
}

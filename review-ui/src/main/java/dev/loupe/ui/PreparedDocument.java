package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.util.List;
import java.util.Objects;

/**
 * One of an item's documents, rendered and ready to show.
 *
 * @param name      the document's file name
 * @param pages     its pages rendered, in order; its first pages when the item has more than
 *                  {@link DocumentPages#PAGES_SHOWN} in all
 * @param pageCount how many pages it has, including those not rendered
 * @param problem   why it cannot be shown, as a sentence; empty when it can
 */
public record PreparedDocument(String name, List<PageImage> pages, int pageCount, String problem) {
    public PreparedDocument {
        Objects.requireNonNull(name, "name");
        pages = List.copyOf(pages);
        problem = problem == null ? "" : problem;
    }
}

package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.util.List;

/**
 * An item's documents, rendered and ready to show.
 *
 * @param documents each of the item's assets, in the item's order
 * @param problem   why the item as a whole cannot be shown (it has no document), as a sentence; empty otherwise
 */
public record PreparedItem(List<PreparedDocument> documents, String problem) {
    public PreparedItem {
        documents = List.copyOf(documents);
        problem = problem == null ? "" : problem;
    }

    static PreparedItem unreadable(String problem) {
        return new PreparedItem(List.of(), problem);
    }

    /** Every page rendered, document after document. */
    public List<PageImage> pages() {
        return documents.stream().flatMap(document -> document.pages().stream()).toList();
    }

    /** The document at that place, or an empty one saying why there is nothing to show. */
    public PreparedDocument document(int index) {
        if (index >= 0 && index < documents.size()) {
            return documents.get(index);
        }
        return new PreparedDocument("", List.of(), 0, problem.isEmpty() ? "This item has no document to show." : problem);
    }
}

package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.PageImage;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches an item's media and renders its pages for the screen. Runs in the background. A file that cannot be
 * read does not stop the review: the item is shown with the reason, so the reviewer can escalate it.
 */
public final class DocumentPages {
    /** Pages rendered per item; a long document shows its first pages. */
    public static final int PAGES_SHOWN = 12;
    /** Screen resolution of a page at 100% zoom. */
    static final int SCREEN_DPI = 110;

    private final PageRenderer renderer;

    public DocumentPages(PageRenderer renderer) {
        this.renderer = renderer;
    }

    public PreparedItem prepare(WorkItem item, OrchestrationClient client) {
        if (item.assets().isEmpty()) {
            return PreparedItem.unreadable("This item has no document attached. Escalate it so the sender can add one.");
        }
        List<PageImage> pages = new ArrayList<>();
        int pageCount = 0;
        for (Asset asset : item.assets()) {
            Path file;
            try {
                file = client.media(asset);
            } catch (OrchestrationException e) {
                return new PreparedItem(pages, pageCount, "The document " + asset.fileName()
                        + " could not be downloaded: " + e.getMessage());
            }
            try (PageSource source = renderer.open(file, asset.mediaType(), asset.fileName())) {
                pageCount += source.pageCount();
                for (int i = 0; i < source.pageCount() && pages.size() < PAGES_SHOWN; i++) {
                    pages.add(source.render(i, SCREEN_DPI));
                }
            } catch (UnreadableMediaException e) {
                return new PreparedItem(pages, pageCount, e.getMessage());
            }
        }
        return new PreparedItem(pages, pageCount, "");
    }
}

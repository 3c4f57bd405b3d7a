package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.PageImage;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an item's pages for the screen, in the background. Items waiting in the ready buffer are rendered ahead
 * ({@link #preloader()}) and kept in a small cache bounded by pixel memory, so opening the next item costs no
 * rendering. A file that cannot be read does not stop the review: the item is shown with the reason, so the
 * reviewer can escalate it.
 */
public final class DocumentPages {
    /** Pages rendered per item; a long document shows its first pages, and every document at least one. */
    public static final int PAGES_SHOWN = 12;
    /** Screen resolution of a page at 100% zoom. */
    static final int SCREEN_DPI = 110;
    /** Pixel memory the rendered-ahead pages may hold: a few items of many pages each. */
    static final long CACHE_BYTES = 256L << 20;

    private final PageRenderer renderer;
    private final long cacheBytes;
    private final Map<String, PreparedItem> ahead = new LinkedHashMap<>();
    private long aheadBytes;

    public DocumentPages(PageRenderer renderer) {
        this(renderer, CACHE_BYTES);
    }

    DocumentPages(PageRenderer renderer, long cacheBytes) {
        this.renderer = renderer;
        this.cacheBytes = cacheBytes;
    }

    /** Renders items while they wait in the ready buffer. */
    public ItemPreparation preloader() {
        return item -> {
            keep(item.item().id(), render(item));
            return item;
        };
    }

    /** The item's pages: rendered ahead when they were, rendered now otherwise. */
    public PreparedItem prepare(ReadyItem item) {
        PreparedItem done = takeAhead(item.item().id());
        return done != null ? done : render(item);
    }

    /**
     * Renders pages of one document again, finer, for a reviewer zoomed in past 100%: the file is opened for each
     * page asked for, off the FX thread. A file that can no longer be read gives no page.
     */
    public SharperPages sharperFor(Asset asset, Path file) {
        return (page, scale) -> {
            int dpi = (int) Math.round(SCREEN_DPI * Math.min(scale, SharperPages.MOST));
            try (PageSource source = renderer.open(file, asset.mediaType(), asset.fileName())) {
                return page < source.pageCount() ? source.render(page, dpi) : null;
            } catch (UnreadableMediaException e) {
                return null;
            }
        };
    }

    /** Forgets pages rendered ahead for an item that will not be shown (given back, lease lost). */
    public synchronized void forget(String itemId) {
        PreparedItem gone = ahead.remove(itemId);
        if (gone != null) {
            aheadBytes -= bytes(gone);
        }
    }

    private PreparedItem render(ReadyItem item) {
        List<Asset> assets = item.item().assets();
        if (assets.isEmpty()) {
            return PreparedItem.unreadable("This item has no document attached. Escalate it so the sender can add one.");
        }
        List<PreparedDocument> documents = new ArrayList<>();
        int shown = 0;
        for (int a = 0; a < assets.size(); a++) {
            // Every document shows at least its first page, however many pages those before it have.
            PreparedDocument document = render(assets.get(a), item.files().get(a), item.problem(),
                    Math.max(1, PAGES_SHOWN - shown));
            shown += document.pages().size();
            documents.add(document);
        }
        return new PreparedItem(documents, "");
    }

    private PreparedDocument render(Asset asset, Path file, String whyMissing, int most) {
        if (file == null) {
            return new PreparedDocument(asset.fileName(), List.of(), 0, whyMissing.isEmpty()
                    ? "'" + asset.fileName() + "' could not be had from the server. Escalate the item so it can be sent"
                    + " again." : whyMissing);
        }
        List<PageImage> pages = new ArrayList<>();
        try (PageSource source = renderer.open(file, asset.mediaType(), asset.fileName())) {
            for (int i = 0; i < source.pageCount() && pages.size() < most; i++) {
                pages.add(source.render(i, SCREEN_DPI));
            }
            return new PreparedDocument(asset.fileName(), pages, source.pageCount(), "");
        } catch (UnreadableMediaException e) {
            return new PreparedDocument(asset.fileName(), pages, pages.size(), e.getMessage());
        }
    }

    private synchronized void keep(String itemId, PreparedItem prepared) {
        forget(itemId);
        ahead.put(itemId, prepared);
        aheadBytes += bytes(prepared);
        Iterator<Map.Entry<String, PreparedItem>> oldest = ahead.entrySet().iterator();
        // The newest item always stays; older ones go first when a large document needs the room.
        while (aheadBytes > cacheBytes && ahead.size() > 1) {
            aheadBytes -= bytes(oldest.next().getValue());
            oldest.remove();
        }
    }

    private synchronized PreparedItem takeAhead(String itemId) {
        PreparedItem done = ahead.remove(itemId);
        if (done != null) {
            aheadBytes -= bytes(done);
        }
        return done;
    }

    private static long bytes(PreparedItem prepared) {
        long total = 0;
        for (PageImage page : prepared.pages()) {
            total += 4L * page.width() * page.height();
        }
        return total;
    }
}

package dev.loupe.core.port;

import dev.loupe.core.ReadyItem;

/**
 * Work done on an item while it waits in the ready buffer, so that it costs nothing when the reviewer opens it:
 * rendering its pages now, pre-annotating it later. Runs on the prefetcher's thread; must not throw for bad media
 * (that is the item's problem to show, not the prefetcher's).
 */
@FunctionalInterface
public interface ItemPreparation {
    /** Nothing to prepare. */
    ItemPreparation NONE = item -> item;

    /** Prepares the item and returns it, possibly with more known about it. */
    ReadyItem prepare(ReadyItem item);
}

package dev.loupe.server;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.WorkItem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How work enters the server from the same process: the demo queue, an import. Store the media first, then add
 * items that refer to it.
 */
public final class Intake {
    private final MediaStore media;
    private final QueueStore queues;
    private final ItemStore items;
    private final Clock clock;

    Intake(MediaStore media, QueueStore queues, ItemStore items, Clock clock) {
        this.media = media;
        this.queues = queues;
        this.items = items;
        this.clock = clock;
    }

    /**
     * Copies a file into the server's media storage and describes it. Storing the same bytes again keeps one copy.
     *
     * @param mediaType e.g. {@code application/pdf}, {@code image/png}, {@code video/mp4}
     */
    public Asset storeMedia(Path file, String mediaType) throws IOException {
        return media.put(Objects.requireNonNull(file, "file"), mediaType);
    }

    /** Creates the queue, or sets the SLA of an existing one. */
    public void ensureQueue(String name, Duration sla) {
        if (!Identifiers.isQueueName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a usable queue name; use 1 to 64 letters,"
                    + " digits, '-' or '_', starting with a letter or digit.");
        }
        if (sla == null || sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("A queue's SLA must be a positive duration, got " + sla + ".");
        }
        queues.ensure(name, sla, now());
    }

    /**
     * Adds a waiting item to a queue.
     *
     * @param slaDueOrNull when the decision is due; null means now plus the queue's SLA
     * @param assets       media already stored with {@link #storeMedia}, in reading order
     */
    public WorkItem addItem(String queue, ItemKind kind, int priority, Instant slaDueOrNull, List<Asset> assets,
            Map<String, String> metadata) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(kind, "kind");
        return items.add(new ItemStore.NewItem(queue, kind, priority, slaDueOrNull,
                assets == null ? List.of() : List.copyOf(assets),
                metadata == null ? Map.of() : Map.copyOf(metadata)), now());
    }

    /** How many items the server holds, in any state; zero on a new server. */
    public long itemCount() {
        return items.count();
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }
}

package dev.loupe.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of review work as the orchestration server holds it.
 *
 * @param id        server-assigned id
 * @param queue     the queue it belongs to
 * @param kind      document or video
 * @param priority  higher is more urgent
 * @param slaDue    when the decision is due
 * @param state     where the item is in its life
 * @param createdAt when it entered the queue
 * @param assets    its media, in reading order
 * @param metadata  free-form labels from whoever created the item (source system, claim reference, …)
 */
public record WorkItem(
        String id,
        String queue,
        ItemKind kind,
        int priority,
        Instant slaDue,
        ItemState state,
        Instant createdAt,
        List<Asset> assets,
        Map<String, String> metadata) {

    public WorkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slaDue, "slaDue");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        assets = assets == null ? List.of() : List.copyOf(assets);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public WorkItem withState(ItemState newState) {
        return new WorkItem(id, queue, kind, priority, slaDue, newState, createdAt, assets, metadata);
    }
}

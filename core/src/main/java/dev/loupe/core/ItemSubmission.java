package dev.loupe.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new work item as an importer sends it; the server assigns its id, state and creation time.
 *
 * @param kind     document or video
 * @param priority higher is more urgent
 * @param slaDue   when the decision is due; null means now plus the queue's SLA
 * @param assets   its media, already uploaded, in reading order; at least one
 * @param metadata free-form labels (source system, claim reference, …); empty when none
 */
public record ItemSubmission(ItemKind kind, int priority, Instant slaDue, List<Asset> assets,
        Map<String, String> metadata) {

    public ItemSubmission {
        Objects.requireNonNull(kind, "kind");
        if (assets == null || assets.isEmpty()) {
            throw new IllegalArgumentException("An item needs at least one asset in 'assets'; upload its media with"
                    + " POST /api/v1/media and list the assets it answered with.");
        }
        assets = List.copyOf(assets);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}

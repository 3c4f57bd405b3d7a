package dev.loupe.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The supervisor's view of the whole server at one moment.
 *
 * @param generatedAt when the figures were taken; ages, SLA risk and windows are measured from it
 * @param queues      every queue, by name
 * @param reviewers   every reviewer with a decision in the last 24 hours, by name
 */
public record ServerStats(Instant generatedAt, List<QueueStats> queues, List<ReviewerStats> reviewers) {
    public ServerStats {
        Objects.requireNonNull(generatedAt, "generatedAt");
        queues = queues == null ? List.of() : List.copyOf(queues);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}

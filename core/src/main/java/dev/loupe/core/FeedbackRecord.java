package dev.loupe.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded decision with what was decided about, as a line of the feedback export that retraining reads.
 *
 * @param decisionId      the decision's id; unique, so a reader can join exports that overlap
 * @param itemId          the decided item
 * @param queue           the item's queue
 * @param kind            document or video
 * @param assets          the item's media, in reading order
 * @param outcome         approved, corrected, escalated or rejected-unreadable
 * @param reviewer        who decided
 * @param recordedAt      when the server stored the decision
 * @param timeSpentMs     how long the item was on the reviewer's screen
 * @param preAnnotations  what the models proposed (JSON array)
 * @param annotations     what the reviewer accepted or made (JSON array)
 * @param diff            how the annotations differ from the proposals (JSON array)
 * @param modelVersions   the models that made the proposals, task name to version
 * @param reasonCodes     why, for escalations and the like
 * @param note            the reviewer's free text; empty when none
 */
public record FeedbackRecord(
        String decisionId,
        String itemId,
        String queue,
        ItemKind kind,
        List<Asset> assets,
        Outcome outcome,
        String reviewer,
        Instant recordedAt,
        long timeSpentMs,
        JsonNode preAnnotations,
        JsonNode annotations,
        JsonNode diff,
        Map<String, String> modelVersions,
        List<String> reasonCodes,
        String note) {

    public FeedbackRecord {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(preAnnotations, "preAnnotations");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(diff, "diff");
        assets = assets == null ? List.of() : List.copyOf(assets);
        modelVersions = modelVersions == null ? Map.of() : Map.copyOf(modelVersions);
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        note = note == null ? "" : note;
    }
}

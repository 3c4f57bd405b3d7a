package dev.loupe.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reviewer decided about a leased item, as the workstation sends it.
 *
 * @param leaseId         the lease the reviewer held
 * @param fencingToken    the lease's fencing token; the server refuses a stale one
 * @param outcome         approved, corrected, escalated or rejected-unreadable
 * @param reasonCodes     why (escalation reasons and the like); empty when none
 * @param note            free text from the reviewer; empty when none
 * @param timeSpentMs     how long the item was on the reviewer's screen
 * @param preAnnotations  what the models proposed, as a JSON array of annotations; empty when none
 * @param annotations     the annotations the reviewer accepted or made, as a JSON array; empty when none
 * @param diff            how the final annotations differ from the proposals, as a JSON array of changes
 * @param modelVersions   the models that made the proposals, name to version
 */
public record Decision(
        String leaseId,
        long fencingToken,
        Outcome outcome,
        List<String> reasonCodes,
        String note,
        long timeSpentMs,
        JsonNode preAnnotations,
        JsonNode annotations,
        JsonNode diff,
        Map<String, String> modelVersions) {

    public Decision {
        Objects.requireNonNull(leaseId, "leaseId");
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        note = note == null ? "" : note;
        preAnnotations = arrayOrEmpty(preAnnotations, "preAnnotations");
        annotations = arrayOrEmpty(annotations, "annotations");
        diff = arrayOrEmpty(diff, "diff");
        modelVersions = modelVersions == null ? Map.of() : Map.copyOf(modelVersions);
        if (timeSpentMs < 0) {
            throw new IllegalArgumentException("timeSpentMs must not be negative, got " + timeSpentMs + ".");
        }
        if (outcome == Outcome.ESCALATED && reasonCodes.isEmpty()) {
            throw new IllegalArgumentException("An escalation needs at least one reason code.");
        }
    }

    /** A decision with no annotations, as made before any model proposes them. */
    public Decision(String leaseId, long fencingToken, Outcome outcome, List<String> reasonCodes, String note,
            long timeSpentMs) {
        this(leaseId, fencingToken, outcome, reasonCodes, note, timeSpentMs, null, null, null, null);
    }

    public static Decision approve(Lease lease, long timeSpentMs) {
        return new Decision(lease.leaseId(), lease.fencingToken(), Outcome.APPROVED, List.of(), "", timeSpentMs);
    }

    /**
     * Approves an item as the models proposed it: the proposals are also the final annotations, with no changes.
     *
     * @param proposals     what the models proposed, as a JSON array; empty when nothing was proposed
     * @param modelVersions the models that made them, name to version
     */
    public static Decision approve(Lease lease, long timeSpentMs, JsonNode proposals,
            Map<String, String> modelVersions) {
        return new Decision(lease.leaseId(), lease.fencingToken(), Outcome.APPROVED, List.of(), "", timeSpentMs,
                proposals, proposals, null, modelVersions);
    }

    public static Decision escalate(Lease lease, EscalationReason reason, String note, long timeSpentMs) {
        return new Decision(
                lease.leaseId(), lease.fencingToken(), Outcome.ESCALATED, List.of(reason.wire()), note, timeSpentMs);
    }

    /** The item cannot be reviewed: its documents cannot be read. It is decided, and nobody is asked again. */
    public static Decision rejectUnreadable(Lease lease, long timeSpentMs) {
        return new Decision(lease.leaseId(), lease.fencingToken(), Outcome.REJECTED_UNREADABLE, List.of(), "",
                timeSpentMs);
    }

    private static JsonNode arrayOrEmpty(JsonNode value, String name) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(name + " must be a JSON array, got " + value.getNodeType() + ".");
        }
        return value.deepCopy();
    }
}

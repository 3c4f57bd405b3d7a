package dev.loupe.core;

import java.util.List;
import java.util.Objects;

/**
 * What a reviewer decided about a leased item, as the workstation sends it.
 *
 * @param leaseId       the lease the reviewer held
 * @param fencingToken  the lease's fencing token; the server refuses a stale one
 * @param outcome       approved, corrected, escalated or rejected-unreadable
 * @param reasonCodes   why (escalation reasons and the like); empty when none
 * @param note          free text from the reviewer; empty when none
 * @param timeSpentMs   how long the item was on the reviewer's screen
 */
public record Decision(
        String leaseId,
        long fencingToken,
        Outcome outcome,
        List<String> reasonCodes,
        String note,
        long timeSpentMs) {

    public Decision {
        Objects.requireNonNull(leaseId, "leaseId");
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        note = note == null ? "" : note;
        if (timeSpentMs < 0) {
            throw new IllegalArgumentException("timeSpentMs must not be negative, got " + timeSpentMs + ".");
        }
        if (outcome == Outcome.ESCALATED && reasonCodes.isEmpty()) {
            throw new IllegalArgumentException("An escalation needs at least one reason code.");
        }
    }

    public static Decision approve(Lease lease, long timeSpentMs) {
        return new Decision(lease.leaseId(), lease.fencingToken(), Outcome.APPROVED, List.of(), "", timeSpentMs);
    }

    public static Decision escalate(Lease lease, EscalationReason reason, String note, long timeSpentMs) {
        return new Decision(
                lease.leaseId(), lease.fencingToken(), Outcome.ESCALATED, List.of(reason.wire()), note, timeSpentMs);
    }
}

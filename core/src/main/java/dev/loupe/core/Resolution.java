package dev.loupe.core;

import java.util.Objects;

/**
 * A supervisor's answer to an escalated item.
 *
 * @param kind     approve, send-back or reassign
 * @param queue    where a sent-back or reassigned item waits; null keeps its queue. Not allowed with approve
 * @param reviewer who alone may lease a reassigned item; needed for reassign and only there
 * @param note     why, for the audit log and the next reviewer; empty when none
 */
public record Resolution(ResolutionKind kind, String queue, String reviewer, String note) {
    public Resolution {
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
        if (kind == ResolutionKind.REASSIGN && (reviewer == null || reviewer.isBlank())) {
            throw new IllegalArgumentException("A reassignment needs the reviewer who is to take the item.");
        }
        if (kind != ResolutionKind.REASSIGN && reviewer != null) {
            throw new IllegalArgumentException("Only a reassignment names a reviewer; leave 'reviewer' out for "
                    + kind.wire());
        }
        if (kind == ResolutionKind.APPROVE && queue != null) {
            throw new IllegalArgumentException("An approval decides the item, so it takes no queue; leave 'queue' out");
        }
    }

    public static Resolution approve(String note) {
        return new Resolution(ResolutionKind.APPROVE, null, null, note);
    }

    /** Back to {@code queue} for anyone; null keeps the item's queue. */
    public static Resolution sendBack(String queue, String note) {
        return new Resolution(ResolutionKind.SEND_BACK, queue, null, note);
    }

    /** Back to the item's queue, leasable by {@code reviewer} alone. */
    public static Resolution reassign(String reviewer, String note) {
        return new Resolution(ResolutionKind.REASSIGN, null, reviewer, note);
    }
}

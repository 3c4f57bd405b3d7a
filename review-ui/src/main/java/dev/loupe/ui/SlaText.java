package dev.loupe.ui;

import java.time.Duration;
import java.time.Instant;

/** How an SLA due time reads to a reviewer: "due in 2 h 05 min" or "overdue by 12 min". */
public final class SlaText {
    private SlaText() {
    }

    public static String describe(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "overdue by " + span(left.negated());
        }
        return "due in " + span(left);
    }

    /** True when the item is overdue or due within the given window. */
    public static boolean atRisk(Instant due, Instant now, Duration window) {
        return !due.isAfter(now.plus(window));
    }

    private static String span(Duration d) {
        long minutes = Math.max(d.toMinutes(), d.isZero() ? 0 : 1);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return String.format("%d h %02d min", hours, minutes % 60);
        }
        return (hours / 24) + " d " + (hours % 24) + " h";
    }
}

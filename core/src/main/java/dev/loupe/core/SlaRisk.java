package dev.loupe.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The one rule for when an open item's SLA is breached or at risk. An item is breached once its due time has come
 * ({@code slaDue <= now}). It is at risk while it is not yet breached but due within its margin: a fifth (20%) of
 * its queue's SLA, and never less than five minutes, so short SLAs still give a supervisor time to act.
 */
public final class SlaRisk {
    /** The least margin, whatever the queue's SLA. */
    public static final Duration MINIMUM_MARGIN = Duration.ofMinutes(5);
    private static final int SHARE_DIVISOR = 5;

    private SlaRisk() {
    }

    /** How long before its due time an item of a queue with this SLA becomes at risk. */
    public static Duration margin(Duration queueSla) {
        Duration share = Objects.requireNonNull(queueSla, "queueSla").dividedBy(SHARE_DIVISOR);
        return share.compareTo(MINIMUM_MARGIN) > 0 ? share : MINIMUM_MARGIN;
    }

    public static boolean isBreached(Instant slaDue, Instant now) {
        return !slaDue.isAfter(now);
    }

    public static boolean isAtRisk(Instant slaDue, Duration queueSla, Instant now) {
        return !isBreached(slaDue, now) && !slaDue.isAfter(now.plus(margin(queueSla)));
    }
}

package dev.loupe.core;

/**
 * How a queue is run.
 *
 * @param slaMinutes how long after entering the queue an item's decision is due, from 1 minute to 366 days
 */
public record QueueSettings(long slaMinutes) {
    public static final long MAX_SLA_MINUTES = 366L * 24 * 60;

    public QueueSettings {
        if (slaMinutes < 1 || slaMinutes > MAX_SLA_MINUTES) {
            throw new IllegalArgumentException("slaMinutes must be from 1 to " + MAX_SLA_MINUTES + " (366 days), got "
                    + slaMinutes);
        }
    }
}

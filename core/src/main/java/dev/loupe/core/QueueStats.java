package dev.loupe.core;

import java.util.Objects;

/**
 * How a queue is doing, for a supervisor. Handle times are taken over the decisions of the last 24 hours; see
 * docs/api.md for how the percentiles are computed.
 *
 * @param name                queue name
 * @param slaSeconds          the queue's SLA: how long an item may wait for its decision
 * @param queued              items waiting for a reviewer, including those whose lease has expired
 * @param leased              items held under a live lease
 * @param oldestAgeSeconds    how long the oldest waiting item has been in the queue; null when none waits
 * @param breached            waiting or leased items whose SLA due time has passed ({@link SlaRisk})
 * @param atRisk              waiting or leased items not yet breached but due within the margin ({@link SlaRisk})
 * @param decidedLastHour     decisions recorded in the last hour
 * @param handleTimeSample    how many decisions of the last 24 hours the handle times are taken over
 * @param handleTimeMedianMs  median time spent per decision; null when there were none
 * @param handleTimeP95Ms     95th percentile of the time spent per decision; null when there were none
 * @param openEscalations     escalated items waiting for a supervisor
 */
public record QueueStats(
        String name,
        long slaSeconds,
        int queued,
        int leased,
        Long oldestAgeSeconds,
        int breached,
        int atRisk,
        int decidedLastHour,
        int handleTimeSample,
        Long handleTimeMedianMs,
        Long handleTimeP95Ms,
        int openEscalations) {

    public QueueStats {
        Objects.requireNonNull(name, "name");
    }
}

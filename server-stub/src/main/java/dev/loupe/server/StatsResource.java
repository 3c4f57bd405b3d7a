package dev.loupe.server;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** {@code /stats}: how the queues and reviewers are doing, for supervisors. */
final class StatsResource {
    private final StatsStore stats;
    private final Clock clock;

    StatsResource(StatsStore stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    void get(Call call) throws IOException {
        call.json(200, stats.read(Instant.ofEpochMilli(clock.millis())));
    }
}

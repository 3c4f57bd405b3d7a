package dev.loupe.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaRiskTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:15:30.123Z");

    @Test
    void anItemIsAtRiskWithinAFifthOfItsSlaButNeverLessThanFiveMinutes() {
        Duration hour = Duration.ofHours(1);
        assertThat(SlaRisk.margin(hour)).isEqualTo(Duration.ofMinutes(12));
        assertThat(SlaRisk.margin(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(5));
        assertThat(SlaRisk.isAtRisk(T0.plus(Duration.ofMinutes(12)), hour, T0)).isTrue();
        assertThat(SlaRisk.isAtRisk(T0.plus(Duration.ofMinutes(12)).plusMillis(1), hour, T0)).isFalse();
        assertThat(SlaRisk.isAtRisk(T0, hour, T0)).isFalse();
        assertThat(SlaRisk.isBreached(T0, T0)).isTrue();
        assertThat(SlaRisk.isBreached(T0.plusMillis(1), T0)).isFalse();
    }
}

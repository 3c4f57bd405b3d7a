package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaTextTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void readsLikeAPersonWouldSayIt() {
        assertThat(SlaText.describe(NOW.plusSeconds(30), NOW)).isEqualTo("due in 1 min");
        assertThat(SlaText.describe(NOW.plus(Duration.ofMinutes(45)), NOW)).isEqualTo("due in 45 min");
        assertThat(SlaText.describe(NOW.plus(Duration.ofMinutes(125)), NOW)).isEqualTo("due in 2 h 05 min");
        assertThat(SlaText.describe(NOW.plus(Duration.ofHours(50)), NOW)).isEqualTo("due in 2 d 2 h");
        assertThat(SlaText.describe(NOW.minus(Duration.ofMinutes(12)), NOW)).isEqualTo("overdue by 12 min");
        assertThat(SlaText.describe(NOW, NOW)).isEqualTo("due in 0 min");
    }

    @Test
    void atRiskMeansOverdueOrDueWithinTheWindow() {
        Duration window = Duration.ofMinutes(30);
        assertThat(SlaText.atRisk(NOW.plus(Duration.ofMinutes(29)), NOW, window)).isTrue();
        assertThat(SlaText.atRisk(NOW.minusSeconds(1), NOW, window)).isTrue();
        assertThat(SlaText.atRisk(NOW.plus(Duration.ofMinutes(31)), NOW, window)).isFalse();
    }
}

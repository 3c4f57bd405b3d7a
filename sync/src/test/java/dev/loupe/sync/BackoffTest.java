package dev.loupe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theLongestWaitDoublesFromTheBaseUpToTheCap() {
        assertThat(Backoff.bound(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(Backoff.bound(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.bound(7)).isEqualTo(Duration.ofMillis(16_000));
        assertThat(Backoff.bound(8)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.bound(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theWaitIsTheJitterTimesTheLongestWait() {
        assertThat(new Backoff(() -> 0).delay(3)).isEqualTo(Duration.ZERO);
        assertThat(new Backoff(() -> 0.25).delay(3)).isEqualTo(Duration.ofMillis(250));
        assertThat(new Backoff(() -> 0.999_999).delay(50)).isEqualTo(Duration.ofMillis(29_999));
    }
}

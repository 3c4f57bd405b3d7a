package dev.loupe.sync;

import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.sync.ServerConnection.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAdmit()).isTrue();
            breaker.failed();
        }
    }

    @Test
    void opensAfterThreeFailuresInARow() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        fail(1);

        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(1));
        assertThat(breaker.tryAdmit()).isFalse();
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        fail(2);
        breaker.succeeded();
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void afterTheCoolDownOneTrialCallGoesThroughAndItsSuccessCloses() {
        fail(3);
        clock.advance(Duration.ofSeconds(1));

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAdmit()).isTrue();
        assertThat(breaker.tryAdmit()).as("a second call while the trial is underway").isFalse();

        breaker.succeeded();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAdmit()).isTrue();
    }

    @Test
    void eachFailedTrialDoublesTheCoolDownUpToEightSeconds() {
        fail(3);
        for (long expected : new long[] {2, 4, 8, 8, 8}) {
            clock.advance(breaker.retryIn());
            fail(1);
            assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(expected));
        }
    }

    @Test
    void aSuccessfulTrialStartsTheNextCoolDownAtOneSecondAgain() {
        fail(3);
        clock.advance(breaker.retryIn());
        fail(1);
        clock.advance(breaker.retryIn());
        assertThat(breaker.tryAdmit()).isTrue();
        breaker.succeeded();

        fail(3);

        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(1));
    }
}

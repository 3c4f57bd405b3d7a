package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Percentiles.of(new long[] {1000, 2000, 4000, 10000}, 0.5)).isEqualTo(3000);
        assertThat(Percentiles.of(new long[] {1000, 2000, 4000}, 0.5)).isEqualTo(2000);
    }

    @Test
    void p95InterpolatesBetweenTheNearestRanks() {
        // rank (4 - 1) * 0.95 = 2.85: 4000 + 0.85 * (10000 - 4000)
        assertThat(Percentiles.of(new long[] {1000, 2000, 4000, 10000}, 0.95)).isEqualTo(9100);
        long[] hundred = java.util.stream.LongStream.rangeClosed(1, 100).toArray();
        // rank 99 * 0.95 = 94.05: 95 + 0.05 * 1, rounded
        assertThat(Percentiles.of(hundred, 0.95)).isEqualTo(95);
    }

    @Test
    void theEndsAreTheSmallestAndLargestValue() {
        long[] values = {3, 8, 21};
        assertThat(Percentiles.of(values, 0)).isEqualTo(3);
        assertThat(Percentiles.of(values, 1)).isEqualTo(21);
        assertThat(Percentiles.of(new long[] {42}, 0.95)).isEqualTo(42);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThatThrownBy(() -> Percentiles.of(new long[0], 0.5)).hasMessageContaining("at least one value");
    }
}

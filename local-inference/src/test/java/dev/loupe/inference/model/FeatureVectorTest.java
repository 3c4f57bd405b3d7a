package dev.loupe.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {
    @Test
    void aFeatureSeenTwiceIsOneSlotWithItsCountSquashed() {
        SparseRow row = new FeatureVector(1024).add("w=total").add("w=total").add("shape=Xxxx").freeze();

        assertThat(row.slots()).hasSize(2).isSorted();
        int total = FeatureVector.slot("w=total", 1024);
        int at = java.util.Arrays.binarySearch(row.slots(), total);
        assertThat(row.values()[at]).isEqualTo((float) Math.log1p(2));
    }

    /** Models are trained on one machine and used on others: a slot must not depend on the JVM or the platform. */
    @Test
    void slotsAreFixedNumbers() {
        assertThat(FeatureVector.slot("w=total", 1 << 13)).isEqualTo(5663);
    }
}

package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoomTest {
    @Test
    void stepsLandOnRoundLevelsFromAnyScale() {
        assertThat(Zoom.in(1)).isEqualTo(1.1);
        assertThat(Zoom.out(1)).isEqualTo(0.9);
        assertThat(Zoom.in(0.6834)).isEqualTo(0.75);
        assertThat(Zoom.out(0.6834)).isEqualTo(0.67);
        assertThat(Zoom.in(0.995)).as("a scale on a level steps past it").isEqualTo(1.1);
    }

    @Test
    void stepsStopAtTheEnds() {
        assertThat(Zoom.in(Zoom.MAX)).isEqualTo(Zoom.MAX);
        assertThat(Zoom.out(Zoom.MIN)).isEqualTo(Zoom.MIN);
        assertThat(Zoom.fitting(1240, 100_000)).isEqualTo(Zoom.MAX);
        assertThat(Zoom.fitting(1240, 620)).isEqualTo(0.5);
        assertThat(Zoom.percent(0.6834)).isEqualTo("68%");
    }
}

package dev.loupe.ui;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/** The current time as a property that moves every few seconds, so SLA countdowns on screen stay true. */
final class LiveClock {
    private static final Duration TICK = Duration.seconds(15);

    private final ReadOnlyObjectWrapper<Instant> now;

    LiveClock(Clock clock) {
        now = new ReadOnlyObjectWrapper<>(this, "now", clock.instant());
        Timeline ticks = new Timeline(new KeyFrame(TICK, event -> now.set(clock.instant())));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
    }

    ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    Instant now() {
        return now.get();
    }
}

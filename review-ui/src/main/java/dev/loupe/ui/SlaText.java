package dev.loupe.ui;

import dev.loupe.core.WorkItem;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** How an SLA due time reads to a reviewer: "due in 2 h 05 min" or "overdue by 12 min". */
public final class SlaText {
    private SlaText() {
    }

    public static String describe(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "overdue by " + span(left.negated());
        }
        return "due in " + span(left);
    }

    /** True when the item is overdue or due within the given window. */
    public static boolean atRisk(Instant due, Instant now, Duration window) {
        return !due.isAfter(now.plus(window));
    }

    /**
     * Keeps a label saying the time to the shown item's SLA, amber ({@code sla-at-risk}) when it is at risk and red
     * ({@code sla-breached}) once overdue; empty when no item is shown.
     */
    static void showCountdown(Label label, ObservableValue<WorkItem> shown, LiveClock clock) {
        label.textProperty().bind(Bindings.createStringBinding(() -> shown.getValue() == null ? ""
                : describe(shown.getValue().slaDue(), clock.now()), shown, clock.nowProperty()));
        InvalidationListener colour = obs -> {
            label.getStyleClass().removeAll("sla-at-risk", "sla-breached");
            if (shown.getValue() != null) {
                Instant due = shown.getValue().slaDue();
                if (due.isBefore(clock.now())) {
                    label.getStyleClass().add("sla-breached");
                } else if (atRisk(due, clock.now(), QueuePane.AT_RISK)) {
                    label.getStyleClass().add("sla-at-risk");
                }
            }
        };
        shown.addListener(colour);
        clock.nowProperty().addListener(colour);
    }

    private static String span(Duration d) {
        long minutes = Math.max(d.toMinutes(), d.isZero() ? 0 : 1);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return String.format("%d h %02d min", hours, minutes % 60);
        }
        return (hours / 24) + " d " + (hours % 24) + " h";
    }
}

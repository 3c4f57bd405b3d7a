package dev.loupe.ui;

import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.TypePrediction;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One line at the bottom: what happened last or what went wrong, where the reviewer is in the queue, the open
 * item's SLA, the models behind its proposals, the tally, the reviewer and the connection. What was wrong with the
 * keys file is said here once, until the first decision.
 */
final class StatusBar extends HBox {
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    StatusBar(ReviewViewModel model, LiveClock clock, KeyBindings keys) {
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(Bindings.createStringBinding(
                () -> model.problemProperty().get().isEmpty() ? model.messageProperty().get() : model.problemProperty().get(),
                model.messageProperty(), model.problemProperty()));
        model.problemProperty().addListener((obs, old, now) -> {
            message.getStyleClass().remove("problem");
            if (!now.isEmpty()) {
                message.getStyleClass().add("problem");
            }
        });
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Label keyProblems = new Label(String.join(" ", keys.problems()));
        keyProblems.setId("key-problems");
        keyProblems.getStyleClass().add("problem");
        keyProblems.setMinWidth(0);
        keyProblems.setTooltip(new Tooltip(keyProblems.getText()));
        keyProblems.setVisible(!keys.problems().isEmpty());
        keyProblems.managedProperty().bind(keyProblems.visibleProperty());
        model.decidedThisSessionProperty().addListener((obs, was, now) -> keyProblems.setVisible(false));

        Label position = new Label();
        position.setId("queue-position");
        position.textProperty().bind(model.queuePositionProperty());

        Label sla = new Label();
        sla.setId("status-sla");
        sla.setAccessibleText("Time to the SLA of the item on screen");
        SlaText.showCountdown(sla, model.shownItemProperty(), clock);

        Label models = new Label();
        models.setId("models");
        models.textProperty().bind(Bindings.createStringBinding(() -> modelsText(model.proposals()), model.proposals()));
        models.visibleProperty().bind(models.textProperty().isNotEmpty());
        models.managedProperty().bind(models.visibleProperty());

        Label tally = new Label();
        tally.setId("tally");
        tally.textProperty().bind(model.decidedThisSessionProperty().asString("%d decided this session"));

        Label reviewer = new Label();
        reviewer.textProperty().bind(model.reviewerProperty()
                .map(me -> me.name() + " (" + me.role().wire() + ")").orElse("not signed in"));

        Label connection = new Label();
        connection.setId("connection");
        connection.textProperty().bind(Bindings.createStringBinding(() -> connectionText(model),
                model.onlineProperty(), model.unsentProperty()));
        connection.getStyleClass().add("connection");
        model.onlineProperty().addListener((obs, was, online) -> connection.pseudoClassStateChanged(OFFLINE, !online));
        connection.pseudoClassStateChanged(OFFLINE, !model.onlineProperty().get());

        // The facts on the right keep their width; a long message gives way and ends in an ellipsis.
        for (Label fact : new Label[] {position, sla, tally, reviewer, connection}) {
            fact.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(keyProblems, message, separator(), position, sla, separator(), models, separator(), tally,
                separator(), reviewer, separator(), connection);
    }

    /** "models: doc-type synth-3f2a, field-tagger synth-91c0": those whose types and fields are proposed. */
    static String modelsText(List<DocumentAnnotation> proposals) {
        String used = proposals.stream()
                .flatMap(document -> Stream.concat(
                        Stream.ofNullable(document.type()).map(TypePrediction::model),
                        document.fields().stream().map(Field::model)))
                .filter(Objects::nonNull).distinct().map(ModelRef::toString).collect(Collectors.joining(", "));
        return used.isEmpty() ? "" : "models: " + used;
    }

    /** "online", or "offline", with the decisions that wait to reach the server. */
    static String connectionText(ReviewViewModel model) {
        int waiting = model.unsentProperty().get();
        String state = model.onlineProperty().get() ? "● online" : "● offline";
        if (waiting == 0) {
            return state;
        }
        return state + " · " + waiting + (waiting == 1 ? " decision" : " decisions") + " waiting to sync";
    }

    private static Region separator() {
        Region bar = new Region();
        bar.getStyleClass().add("status-separator");
        return bar;
    }
}

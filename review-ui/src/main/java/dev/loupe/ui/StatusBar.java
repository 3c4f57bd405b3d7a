package dev.loupe.ui;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One line at the bottom: what happened last or what went wrong, the reviewer, the connection, the tally. */
final class StatusBar extends HBox {
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    StatusBar(ReviewViewModel model) {
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
        for (Label fact : new Label[] {tally, reviewer, connection}) {
            fact.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(message, separator(), tally, separator(), reviewer, separator(), connection);
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

package dev.loupe.ui;

import dev.loupe.core.EscalationReason;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The escalation form, drawn over the workstation: number keys choose the reason, the note is typed, Enter sends
 * and Escape cancels (see {@link KeyMap}).
 */
final class EscalationPane extends StackPane {
    private final TextField note = new TextField();
    private final VBox card = new VBox(12);

    EscalationPane(ReviewViewModel model) {
        EscalationForm form = model.escalation();
        getStyleClass().add("scrim");
        setId("escalation");
        visibleProperty().bind(form.openProperty());
        managedProperty().bind(form.openProperty());

        Label title = new Label("Escalate to a supervisor");
        title.getStyleClass().add("dialog-title");
        Label hint = new Label("Press a number for the reason, Tab to write a note, Enter to send.");
        hint.getStyleClass().add("dialog-hint");
        hint.setWrapText(true);

        VBox reasons = new VBox(6);
        ToggleGroup group = new ToggleGroup();
        EscalationReason[] all = EscalationReason.values();
        for (int i = 0; i < all.length; i++) {
            EscalationReason reason = all[i];
            RadioButton choice = new RadioButton((i + 1) + "   " + reason.label());
            choice.setId("reason-" + reason.wire());
            choice.setToggleGroup(group);
            choice.setUserData(reason);
            choice.setFocusTraversable(false);
            choice.setOnAction(event -> form.reasonProperty().set(reason));
            reasons.getChildren().add(choice);
        }
        form.reasonProperty().addListener((obs, old, reason) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == reason)));

        note.setId("escalation-note");
        note.setPromptText("Note for the supervisor (optional)");
        note.setAccessibleText("Note for the supervisor");
        note.textProperty().bindBidirectional(form.noteProperty());

        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);

        Button send = new Button("Send  (Enter)");
        send.setId("send-escalation");
        send.getStyleClass().add("escalate");
        send.setOnAction(event -> model.sendEscalation());
        send.setFocusTraversable(false);
        Button cancel = new Button("Cancel  (Esc)");
        cancel.setOnAction(event -> model.cancelEscalation());
        cancel.setFocusTraversable(false);
        HBox buttons = new HBox(10, cancel, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        card.getChildren().addAll(title, hint, reasons, note, problem, buttons);
        card.getStyleClass().add("dialog");
        card.setMaxSize(440, USE_PREF_SIZE);
        card.setAccessibleText("Escalate to a supervisor");
        getChildren().add(card);

        // The card holds focus while the form is open, so number keys choose reasons rather than type.
        form.openProperty().addListener((obs, was, open) -> {
            if (open) {
                card.requestFocus();
            } else {
                getParent().requestFocus();
            }
        });
    }

    /** Whether the reviewer is typing in the note, so number keys belong to the text. */
    boolean noteHasFocus() {
        return note.isFocused();
    }

    /** Moves the keyboard between the reasons and the note. */
    void toggleNoteFocus() {
        if (note.isFocused()) {
            card.requestFocus();
        } else {
            note.requestFocus();
            note.end();
        }
    }
}

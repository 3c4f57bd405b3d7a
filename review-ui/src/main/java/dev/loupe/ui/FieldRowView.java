package dev.loupe.ui;

import static dev.loupe.ui.Wording.styled;
import static dev.loupe.ui.Wording.words;

import dev.loupe.core.annotation.FieldName;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One field on screen as two lines, its name, confidence and state above its value, so a long value never clips;
 * why the models doubt it, or why it fails its check, under it when it is focused or invalid. Made once per field
 * and updated in place as the reviewer moves and types, so a key press restyles only what changed.
 */
final class FieldRowView extends VBox {
    private final Label name;
    private final Label value = styled(new Label(), "field-value");
    private final Label confidence = styled(new Label(), "field-confidence");
    private final Label state = styled(new Label(), "field-state");
    private final Label note = styled(new Label(), "field-note");
    private final HBox heading;

    FieldRowView(FieldName field, Runnable focus) {
        super(2);
        name = styled(new Label(words(field.wire())), "field-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        value.setWrapText(true);
        value.setMaxWidth(Double.MAX_VALUE);
        confidence.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        heading = new HBox(8, name, gap, confidence, state);
        heading.setAlignment(Pos.CENTER_LEFT);
        setId("field-" + field.wire());
        getStyleClass().add("field-row");
        setAccessibleRole(AccessibleRole.TEXT);
        setOnMouseClicked(event -> focus.run());
    }

    /**
     * Shows the field as it stands now.
     *
     * @param editor the editor to show in place of the value while the reviewer types in this row; null otherwise
     */
    void show(FieldRow row, boolean focused, Node editor) {
        String shown = row.value().isEmpty() ? "—"
                : row.value() + (row.currency().isEmpty() ? "" : " " + row.currency());
        value.setText(shown);
        String percent = row.state() == FieldState.MISSING || row.state() == FieldState.EDITED || row.value().isEmpty()
                ? "—" : Math.round(row.confidence() * 100) + "%";
        confidence.setText(percent);
        state.setText(row.state().label());
        String stateClass = FieldsPane.stateClass(row.state());
        if (!state.getStyleClass().contains(stateClass)) {
            state.getStyleClass().removeIf(style -> style.startsWith("state-"));
            state.getStyleClass().add(stateClass);
        }
        boolean noted = !row.note().isEmpty() && (focused || row.state() == FieldState.INVALID);
        note.setText(row.note());
        List<Node> lines = noted ? List.of(heading, editor != null ? editor : value, note)
                : List.of(heading, editor != null ? editor : value);
        if (!getChildren().equals(lines)) {
            getChildren().setAll(lines);
        }
        if (focused != getStyleClass().contains("focused-field")) {
            if (focused) {
                getStyleClass().add("focused-field");
            } else {
                getStyleClass().remove("focused-field");
            }
        }
        String said = words(row.name().wire()) + ": " + (row.value().isEmpty() ? "no value" : shown)
                + (percent.equals("—") ? "" : ", " + percent) + ", " + row.state().label() + ".";
        if (!row.note().isEmpty()) {
            said += " " + row.note() + (row.note().endsWith(".") ? "" : ".");
        }
        setAccessibleText(focused ? said + " Focused." : said);
    }
}

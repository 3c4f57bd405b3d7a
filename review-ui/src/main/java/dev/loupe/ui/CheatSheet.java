package dev.loupe.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Every action and its keys, as remapped, drawn over the workstation: items, fields, the page, and the rest, the
 * groups in two columns so that the list fits a laptop's screen (no key scrolls it). The cheat-sheet key (?) shows
 * and hides it; Escape hides it (see {@link KeyMap}).
 */
final class CheatSheet extends StackPane {
    /** Wide enough for both columns at the default text size, and narrower than the smallest window. */
    private static final double MAX_WIDTH = 1100;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    CheatSheet(KeyBindings bindings) {
        getStyleClass().add("scrim");
        setId("cheat-sheet");
        visibleProperty().bind(showing);
        managedProperty().bind(showing);

        Label title = new Label("Keys");
        title.getStyleClass().add("dialog-title");
        Label hint = new Label("Press " + bindings.describe(Action.CHEAT_SHEET) + " or Esc to close. Change keys in"
                + " keys.properties beside config.properties, e.g. approve=Ctrl+Enter, A.");
        hint.getStyleClass().add("dialog-hint");
        hint.setWrapText(true);

        GridPane table = new GridPane();
        table.getStyleClass().add("cheat-sheet-table");
        table.setHgap(18);
        table.setVgap(4);
        // A group starts the second column once the first holds half the rows; column 2 is left empty as a gutter.
        int half = (Action.Group.values().length + Action.values().length + 1) / 2;
        int column = 0;
        int row = 0;
        for (Action.Group group : Action.Group.values()) {
            if (column == 0 && row >= half) {
                column = 3;
                row = 0;
            }
            Label heading = new Label(group.title());
            heading.getStyleClass().add("section-title");
            table.add(heading, column, row++, 2, 1);
            for (Action action : actions(group)) {
                Label keys = new Label(bindings.describe(action));
                keys.getStyleClass().add("key-cap");
                keys.setId("keys-" + action.settingName());
                Label what = new Label(action.label());
                keys.setAccessibleText(action.label() + ": " + bindings.describe(action));
                table.add(keys, column, row);
                table.add(what, column + 1, row++);
            }
        }

        VBox card = new VBox(12, title, hint, table);
        for (String problem : bindings.problems()) {
            Label said = new Label(problem);
            said.getStyleClass().add("dialog-problem");
            said.setWrapText(true);
            card.getChildren().add(said);
        }
        card.getStyleClass().add("dialog");
        card.setMaxSize(MAX_WIDTH, USE_PREF_SIZE);
        card.setAccessibleText("Keys");
        getChildren().add(card);
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    boolean isShowing() {
        return showing.get();
    }

    void toggle() {
        showing.set(!showing.get());
    }

    void hide() {
        showing.set(false);
    }

    private static List<Action> actions(Action.Group group) {
        return Arrays.stream(Action.values()).filter(action -> action.group() == group).toList();
    }
}

package dev.loupe.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;

/**
 * What a screen reader would announce without a name: every control and every focus stop that has neither an
 * accessible text nor, being labelled, a text of its own. A label that shows nothing at all (no text, no graphic)
 * is not there to be read and is passed over; a label with only a graphic is not. So are the parts that carry no
 * name of their own: a separator, which only divides, and what a scroll pane or combo box builds inside itself.
 */
final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Each unnamed control or focus stop, where it is. */
    static List<String> missing(Parent root) {
        return SceneNodes.all(root).stream().filter(AccessibleNames::needsName)
                .filter(node -> !named(node)).map(SceneNodes::where).toList();
    }

    private static boolean needsName(Node node) {
        if (node instanceof Separator || node instanceof ScrollBar || insideComboBox(node)) {
            return false;
        }
        if (node instanceof Cell<?> cell && cell.isEmpty()) {
            // The rows a list draws past its last item hold nothing to name.
            return false;
        }
        if (node instanceof Label label && blank(label.getText()) && label.getGraphic() == null) {
            return false;
        }
        return node instanceof Control || node.isFocusTraversable();
    }

    /** The list a combo box pops up and the cell showing its choice are the combo box's; it carries the name. */
    private static boolean insideComboBox(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    static boolean named(Node node) {
        return !blank(node.getAccessibleText()) || node instanceof Labeled labeled && !blank(labeled.getText());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package dev.loupe.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Walking a live scene graph, skins included, and saying where a node is in words a failing test can print. */
final class SceneNodes {
    private SceneNodes() {
    }

    /** The root and every node beneath it, in drawing order. */
    static List<Node> all(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** Whether the node and every parent up to the scene are visible. */
    static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The node, then its nearest ancestors that have an id, e.g. {@code Label.fact-value < #item-pane < ...}. */
    static String where(Node node) {
        List<String> path = new ArrayList<>();
        path.add(describe(node));
        for (Node at = node.getParent(); at != null && path.size() < 4; at = at.getParent()) {
            if (at.getId() != null || !at.getStyleClass().isEmpty()) {
                path.add(describe(at));
            }
        }
        return String.join(" < ", path);
    }

    private static String describe(Node node) {
        String classes = node.getStyleClass().stream().map(c -> "." + c).collect(Collectors.joining());
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + classes;
    }

    private static void collect(Node node, List<Node> found) {
        found.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}

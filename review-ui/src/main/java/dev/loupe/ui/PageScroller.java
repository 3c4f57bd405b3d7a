package dev.loupe.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The scrolled column of pages, centred when narrower than the view, with scrolling said in the column's own
 * pixels rather than the scroll pane's 0-to-1 values. A drag with the middle or secondary button pans it, and so
 * does a primary drag off the pages (on a page, a primary drag is the page's own).
 */
final class PageScroller extends ScrollPane {
    private final VBox column;
    private Point2D panStart;
    private Point2D panStartOffset;

    PageScroller(double margin, double gap) {
        column = new VBox(gap);
        column.getStyleClass().add("page-column");
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(margin));
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getViewportBounds().getWidth(), viewportBoundsProperty()));
        setContent(column);
        getStyleClass().add("page-scroller");
        setPannable(false);
        setFocusTraversable(false);
        setAccessibleText("Scrolled pages of the document");
        // A scroll bar that came and went would change the width that fit width fits to, and fit again.
        setVbarPolicy(ScrollBarPolicy.ALWAYS);
        column.addEventHandler(MouseEvent.MOUSE_PRESSED, this::startPan);
        column.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        column.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> panStart = null);
    }

    VBox column() {
        return column;
    }

    /** Scrolls so that this point of the column is at the viewport's top left, as far as the column allows. */
    void scrollTo(double x, double y) {
        Bounds view = getViewportBounds();
        double extraX = column.getWidth() - view.getWidth();
        double extraY = column.getHeight() - view.getHeight();
        setHvalue(extraX > 0 ? clamp01(x / extraX) : 0);
        setVvalue(extraY > 0 ? clamp01(y / extraY) : 0);
    }

    /** The column's x at the viewport's left edge. */
    double offsetX() {
        return getHvalue() * Math.max(0, column.getWidth() - getViewportBounds().getWidth());
    }

    /** The column's y at the viewport's top edge. */
    double offsetY() {
        return getVvalue() * Math.max(0, column.getHeight() - getViewportBounds().getHeight());
    }

    Point2D viewportCentre() {
        return new Point2D(getViewportBounds().getWidth() / 2, getViewportBounds().getHeight() / 2);
    }

    /** A point of the scene in the viewport's coordinates. */
    Point2D inViewport(double sceneX, double sceneY) {
        Point2D inColumn = column.sceneToLocal(sceneX, sceneY);
        return new Point2D(inColumn.getX() - offsetX(), inColumn.getY() - offsetY());
    }

    private void startPan(MouseEvent event) {
        boolean pan = event.getButton() == MouseButton.MIDDLE || event.getButton() == MouseButton.SECONDARY
                || event.getButton() == MouseButton.PRIMARY && !event.isShortcutDown();
        if (pan) {
            panStart = new Point2D(event.getSceneX(), event.getSceneY());
            panStartOffset = new Point2D(offsetX(), offsetY());
        }
    }

    private void pan(MouseEvent event) {
        if (panStart != null) {
            scrollTo(panStartOffset.getX() - (event.getSceneX() - panStart.getX()),
                    panStartOffset.getY() - (event.getSceneY() - panStart.getY()));
            event.consume();
        }
    }

    static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

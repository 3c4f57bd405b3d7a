package dev.loupe.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * One page at the view's scale: the rendered image scaled by its view (the pixels are never copied or re-rendered)
 * with its overlay on top, both sized from the same scale so they stay aligned. Ctrl+click picks a word and a
 * drag with the primary button reads a region.
 */
final class PageSheet extends Region {
    /** A drag shorter than this, in screen pixels, is a click that slipped, not a region. */
    private static final double MIN_REGION = 4;

    private final int index;
    private final Image image;
    private final ObservableDoubleValue scale;
    private final ImageView view;
    private final PageOverlay overlay;
    private Point2D dragStart;

    PageSheet(int index, Image image, ObservableDoubleValue scale, PageView.WordPicked picked,
            PageView.RegionSelected selected) {
        this.index = index;
        this.image = image;
        this.scale = scale;
        this.view = new ImageView(image);
        this.overlay = new PageOverlay(index);
        getStyleClass().add("page-sheet");
        view.getStyleClass().add("page");
        view.setSmooth(true);
        view.setPreserveRatio(false);
        setCursor(Cursor.CROSSHAIR);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAccessibleText("Page " + (index + 1));
        getChildren().addAll(view, overlay);

        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && !event.isShortcutDown()) {
                dragStart = clamped(event.getX(), event.getY());
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragStart != null) {
                Point2D end = clamped(event.getX(), event.getY());
                overlay.showRegion(dragStart.getX(), dragStart.getY(), end.getX(), end.getY());
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (dragStart != null) {
                Point2D end = clamped(event.getX(), event.getY());
                overlay.hideRegion();
                if (Math.abs(end.getX() - dragStart.getX()) >= MIN_REGION
                        && Math.abs(end.getY() - dragStart.getY()) >= MIN_REGION) {
                    selected.selected(index,
                            overlay.regionBox(dragStart.getX(), dragStart.getY(), end.getX(), end.getY()));
                }
                dragStart = null;
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isShortcutDown()) {
                overlay.wordAt(event.getX(), event.getY())
                        .ifPresent(word -> picked.picked(word, event.isShiftDown()));
                event.consume();
            }
        });
    }

    int index() {
        return index;
    }

    PageOverlay overlay() {
        return overlay;
    }

    /** Where the page lies in its parent, without the frame drawn around it. */
    Bounds bounds() {
        return new BoundingBox(getLayoutX(), getLayoutY(), getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snapSizeX(image.getWidth() * scale.get());
    }

    @Override
    protected double computePrefHeight(double width) {
        return snapSizeY(image.getHeight() * scale.get());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.relocate(0, 0);
        overlay.resizeRelocate(0, 0, width, height);
    }

    private Point2D clamped(double x, double y) {
        return new Point2D(Math.max(0, Math.min(getWidth(), x)), Math.max(0, Math.min(getHeight(), y)));
    }
}

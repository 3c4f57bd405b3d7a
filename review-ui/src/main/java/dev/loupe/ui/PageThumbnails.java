package dev.loupe.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A strip of small pages beside a multi-page document; clicking one jumps to that page. The thumbnails draw the
 * page views' own images, so they cost no pixels of their own.
 */
final class PageThumbnails extends ScrollPane {
    private static final double WIDTH = 84;

    private final VBox strip = new VBox(10);
    private final IntegerProperty currentPage;

    PageThumbnails(IntegerProperty currentPage) {
        this.currentPage = currentPage;
        getStyleClass().add("page-thumbnails");
        strip.getStyleClass().add("thumbnail-strip");
        strip.setAlignment(Pos.TOP_CENTER);
        setContent(strip);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        setAccessibleText("Pages of the document");
        currentPage.addListener((observable, was, now) -> markCurrent());
    }

    void show(List<Image> images) {
        strip.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            strip.getChildren().add(thumbnail(i, images.get(i)));
        }
        markCurrent();
    }

    private VBox thumbnail(int index, Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(WIDTH);
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("thumbnail-number");
        VBox thumbnail = new VBox(3, view, number);
        thumbnail.getStyleClass().add("thumbnail");
        thumbnail.setAlignment(Pos.TOP_CENTER);
        thumbnail.setAccessibleText("Page " + (index + 1));
        thumbnail.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                currentPage.set(index);
            }
        });
        return thumbnail;
    }

    private void markCurrent() {
        for (int i = 0; i < strip.getChildren().size(); i++) {
            var classes = strip.getChildren().get(i).getStyleClass();
            classes.remove("current");
            if (i == currentPage.get()) {
                classes.add("current");
                ensureVisible(strip.getChildren().get(i));
            }
        }
    }

    private void ensureVisible(Node thumbnail) {
        double extra = strip.getHeight() - getViewportBounds().getHeight();
        if (extra <= 0) {
            return;
        }
        double top = thumbnail.getBoundsInParent().getMinY();
        double bottom = thumbnail.getBoundsInParent().getMaxY();
        double shownTop = getVvalue() * extra;
        double shownBottom = shownTop + getViewportBounds().getHeight();
        if (top < shownTop) {
            setVvalue(top / extra);
        } else if (bottom > shownBottom) {
            setVvalue((bottom - getViewportBounds().getHeight()) / extra);
        }
    }
}

package dev.loupe.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The controls above the pages: zoom, the page in view, the box toggles and the legend of the field colours. Its
 * buttons never take focus, so a click on them leaves the reviewer's field focused.
 */
final class PageToolbar extends FlowPane {
    PageToolbar(PageView view) {
        super(6, 4);
        getStyleClass().add("page-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        Label zoom = new Label();
        zoom.getStyleClass().add("zoom-level");
        zoom.setId("page-zoom");
        zoom.textProperty().bind(view.zoomProperty().map(scale -> Zoom.percent(scale.doubleValue())));
        Label page = new Label();
        page.getStyleClass().add("page-number");
        page.textProperty().bind(Bindings.createStringBinding(
                () -> "Page " + (view.currentPageProperty().get() + 1), view.currentPageProperty()));
        ToggleButton words = plain(new ToggleButton("Words"), "Show the boxes of the words read by OCR");
        words.setId("toggle-word-boxes");
        words.selectedProperty().bindBidirectional(view.wordBoxesShownProperty());
        ToggleButton fields = plain(new ToggleButton("Fields"), "Show the boxes of the proposed fields");
        fields.setId("toggle-field-boxes");
        fields.selectedProperty().bindBidirectional(view.fieldBoxesShownProperty());
        BoxLegend legend = new BoxLegend();
        legend.visibleProperty().bind(view.fieldBoxesShownProperty());
        getChildren().addAll(
                button("−", "Zoom out (−)", view::zoomOut), zoom, button("+", "Zoom in (+)", view::zoomIn),
                button("Fit width", "Fit the page to the width (0)", view::fitWidth),
                button("Fit page", "Show the whole page", view::fitPage),
                button("100%", "Show the page at its rendered size", view::actualSize),
                new Separator(Orientation.VERTICAL), page, new Separator(Orientation.VERTICAL), words, fields,
                legend);
        // On a narrow window the legend goes to a second row rather than every button losing its words.
        getChildren().forEach(child -> {
            if (child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = plain(new Button(text), tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T extends ButtonBase> T plain(T button, String tip) {
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }
}

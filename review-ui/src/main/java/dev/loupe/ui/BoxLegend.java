package dev.loupe.ui;

import dev.loupe.core.annotation.FieldCheck;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/** What the colours of the field boxes mean, drawn with the same styles as the boxes themselves. */
final class BoxLegend extends HBox {
    BoxLegend() {
        super(12);
        getStyleClass().add("box-legend");
        setAlignment(Pos.CENTER_LEFT);
        setAccessibleText("Field boxes: green is valid, amber is low confidence, red is invalid");
        getChildren().addAll(entry(FieldCheck.VALID, "Valid"), entry(FieldCheck.LOW_CONFIDENCE, "Low confidence"),
                entry(FieldCheck.INVALID, "Invalid"));
    }

    private static HBox entry(FieldCheck check, String text) {
        Rectangle swatch = new Rectangle(14, 10);
        swatch.getStyleClass().addAll("field-box", PageOverlay.checkClass(check));
        HBox entry = new HBox(5, swatch, new Label(text));
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("legend-entry");
        return entry;
    }
}

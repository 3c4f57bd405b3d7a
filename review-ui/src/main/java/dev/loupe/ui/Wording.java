package dev.loupe.ui;

import java.util.Locale;
import javafx.scene.control.Label;

/** How the panes of proposals and fields put wire names and labels on screen. */
final class Wording {
    private Wording() {
    }

    /** A wire name as a person reads it: {@code date_of_loss} is "Date of loss". */
    static String words(String wire) {
        String spaced = wire.replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    static <T extends Label> T styled(T label, String... classes) {
        label.getStyleClass().addAll(classes);
        return label;
    }
}

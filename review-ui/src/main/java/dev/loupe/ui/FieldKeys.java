package dev.loupe.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the fields under review. The next-field key (Tab) enters the fields and moves through them, the
 * previous-field key (Shift+Tab) moves back. In the fields, typing replaces the focused field's value, so letters
 * type rather than act; the accept key (Enter) accepts the field and moves on; Escape goes back to the item's keys.
 * Keys with Ctrl, Alt or Meta keep their actions everywhere, so Ctrl+Enter approves from a field too.
 */
final class FieldKeys {
    /** What a key press is to the fields. */
    enum Reply {
        /** The fields did what the key asks; nothing else should. */
        DONE,
        /** A key that types: it is left to the editor, and no action runs. */
        TYPES,
        /** Not a key of the fields: the item's actions may have it. */
        NOT_MINE
    }

    private final ReviewViewModel model;
    private final ObservableValue<FieldsPane> pane;
    private final KeyBindings bindings;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    FieldKeys(ReviewViewModel model, ObservableValue<FieldsPane> pane, KeyBindings bindings) {
        this.model = model;
        this.pane = pane;
        this.bindings = bindings;
        model.fieldReviewProperty().addListener((obs, was, now) -> active.set(false));
    }

    /** Whether the reviewer is in the fields, where keys type. */
    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    Reply pressed(KeyEvent event) {
        FieldReview review = model.fieldReviewProperty().get();
        FieldsPane fields = pane.getValue();
        if (review == null || fields == null || !model.canDecideProperty().get()) {
            active.set(false);
            return Reply.NOT_MINE;
        }
        Optional<Action> action = bindings.actionFor(event);
        if (fields.typing()) {
            return whileTyping(event, action, review, fields);
        }
        if (action.filter(a -> a == Action.NEXT_FIELD).isPresent()) {
            if (active.get()) {
                review.next();
            }
            active.set(true);
            return Reply.DONE;
        }
        if (action.filter(a -> a == Action.PREVIOUS_FIELD).isPresent()) {
            if (active.get()) {
                review.previous();
            }
            active.set(true);
            return Reply.DONE;
        }
        if (!active.get()) {
            return Reply.NOT_MINE;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            active.set(false);
            return Reply.DONE;
        }
        if (action.filter(a -> a == Action.ACCEPT_FIELD).isPresent()) {
            review.accept();
            return Reply.DONE;
        }
        return types(event) ? Reply.TYPES : Reply.NOT_MINE;
    }

    /** A printable character typed in the fields opens the editor on the focused field with it. */
    boolean typed(KeyEvent event) {
        FieldsPane fields = pane.getValue();
        String character = event.getCharacter();
        if (!active.get() || fields == null || fields.typing() || character.isEmpty()
                || Character.isISOControl(character.charAt(0)) || event.isShortcutDown() || event.isAltDown()
                || event.isMetaDown() || event.isControlDown()) {
            return false;
        }
        fields.startTyping(character);
        return true;
    }

    private Reply whileTyping(KeyEvent event, Optional<Action> action, FieldReview review, FieldsPane fields) {
        if (event.getCode() == KeyCode.ESCAPE) {
            fields.cancelTyping();
            return Reply.DONE;
        }
        if (action.filter(a -> a == Action.ACCEPT_FIELD || a == Action.NEXT_FIELD).isPresent()) {
            fields.commitTyping();
            return Reply.DONE;
        }
        if (action.filter(a -> a == Action.PREVIOUS_FIELD).isPresent()) {
            fields.keepTyped();
            review.previous();
            return Reply.DONE;
        }
        if (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.getCode().isFunctionKey()) {
            // Ctrl+Enter and the like: keep what was typed, then let the action run.
            fields.keepTyped();
            return Reply.NOT_MINE;
        }
        // Letters, arrows, Backspace: the editor's.
        return Reply.TYPES;
    }

    /** Keys that write a character (or edit what was written) when no Ctrl, Alt or Meta is held. */
    private static boolean types(KeyEvent event) {
        if (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        KeyCode code = event.getCode();
        return !code.isFunctionKey() && !code.isNavigationKey() && !code.isMediaKey() && code != KeyCode.ESCAPE
                && code != KeyCode.TAB;
    }
}

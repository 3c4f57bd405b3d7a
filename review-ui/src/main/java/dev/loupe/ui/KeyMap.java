package dev.loupe.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every action has a key. While the escalation form is open, keys belong to it: 1–5 choose the reason (unless
 * the note has focus), Tab moves into and out of the note, Enter sends, Escape cancels. Otherwise N opens the next
 * item, A or Ctrl+Enter approves, E escalates, S skips and R or F5 refreshes.
 */
final class KeyMap {
    private static final KeyCombination CTRL_ENTER = KeyCombination.keyCombination("Shortcut+Enter");

    private final ReviewViewModel model;
    private final EscalationPane escalationPane;

    private KeyMap(ReviewViewModel model, EscalationPane escalationPane) {
        this.model = model;
        this.escalationPane = escalationPane;
    }

    static void install(Scene scene, ReviewViewModel model, EscalationPane escalationPane) {
        KeyMap keys = new KeyMap(model, escalationPane);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKeyPressed);
    }

    private void onKeyPressed(KeyEvent event) {
        boolean handled = model.escalation().isOpen() ? escalationKey(event) : reviewKey(event);
        if (handled) {
            event.consume();
        }
    }

    private boolean escalationKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.ESCAPE) {
            model.cancelEscalation();
            return true;
        }
        if (code == KeyCode.ENTER) {
            model.sendEscalation();
            return true;
        }
        if (code == KeyCode.TAB) {
            escalationPane.toggleNoteFocus();
            return true;
        }
        if (code.isDigitKey() && !escalationPane.noteHasFocus() && !event.isShortcutDown()) {
            model.escalation().chooseReason(digit(code));
            return true;
        }
        return false;
    }

    private boolean reviewKey(KeyEvent event) {
        if (CTRL_ENTER.match(event)) {
            model.approve();
            return true;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        switch (event.getCode()) {
            case A -> model.approve();
            case E -> model.startEscalation();
            case S -> model.skip();
            case N -> model.openNext();
            case R, F5 -> model.refresh();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The number on a digit key, top row or keypad ("1", "Numpad 1"). */
    private static int digit(KeyCode code) {
        return Integer.parseInt(code.getName().replaceAll("\\D", ""));
    }
}

package dev.loupe.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every action has a key, as the {@link KeyBindings} say, and each view binds the actions it serves with
 * {@link #on}. While the escalation form is open, keys belong to it: 1–5 choose the reason (unless the note has
 * focus), Tab moves into and out of the note, Enter sends, Escape cancels. While the cheat sheet is open, its key or
 * Escape closes it and other keys do nothing. In the fields under review, keys type ({@link FieldKeys}). A key whose
 * action no view has bound is left to the focused control.
 */
public final class KeyMap {
    private final KeyBindings bindings;
    private final Map<Action, Runnable> handlers = new EnumMap<>(Action.class);
    private final ReviewViewModel model;
    private final EscalationPane escalationPane;
    private final CheatSheet cheatSheet;
    private final FieldKeys fieldKeys;

    KeyMap(KeyBindings bindings, ReviewViewModel model, EscalationPane escalationPane, CheatSheet cheatSheet,
            FieldKeys fieldKeys) {
        this.fieldKeys = Objects.requireNonNull(fieldKeys, "fieldKeys");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.model = model;
        this.escalationPane = escalationPane;
        this.cheatSheet = cheatSheet;
        on(Action.NEXT, model::openNext);
        on(Action.APPROVE, model::approve);
        on(Action.ESCALATE, model::startEscalation);
        on(Action.SKIP, model::skip);
        on(Action.UNREADABLE, model::rejectUnreadable);
        on(Action.UNDO, model::undo);
        on(Action.HISTORY_BACK, model::historyBack);
        on(Action.HISTORY_FORWARD, model::historyForward);
        on(Action.REFRESH, model::refresh);
        on(Action.CHEAT_SHEET, cheatSheet::toggle);
    }

    /** Has the scene's key presses do their actions. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (!cheatSheet.isShowing() && !model.escalation().isOpen() && fieldKeys.typed(event)) {
                event.consume();
            }
        });
    }

    /** Binds an action to what it does; a later call for the same action replaces the earlier. */
    public void on(Action action, Runnable handler) {
        handlers.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(handler, "handler"));
    }

    public KeyBindings bindings() {
        return bindings;
    }

    private void onKeyPressed(KeyEvent event) {
        boolean handled;
        if (cheatSheet.isShowing()) {
            handled = cheatSheetKey(event);
        } else if (model.escalation().isOpen()) {
            handled = escalationKey(event);
        } else {
            FieldKeys.Reply reply = fieldKeys.pressed(event);
            handled = reply == FieldKeys.Reply.DONE || reply == FieldKeys.Reply.NOT_MINE && actionKey(event);
        }
        if (handled) {
            event.consume();
        }
    }

    private boolean cheatSheetKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE || bindings.actionFor(event).orElse(null) == Action.CHEAT_SHEET) {
            cheatSheet.hide();
        }
        return true;
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

    private boolean actionKey(KeyEvent event) {
        Optional<Runnable> handler = bindings.actionFor(event).map(handlers::get);
        handler.ifPresent(Runnable::run);
        return handler.isPresent();
    }

    /** The number on a digit key, top row or keypad ("1", "Numpad 1"). */
    private static int digit(KeyCode code) {
        return Integer.parseInt(code.getName().replaceAll("\\D", ""));
    }
}

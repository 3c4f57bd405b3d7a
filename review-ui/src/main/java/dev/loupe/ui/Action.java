package dev.loupe.ui;

import java.util.List;
import java.util.Locale;

/**
 * Everything a reviewer can do with a key, with its default keys. The names are those of the keys file
 * ({@code approve=Ctrl+Enter, A}); keys are written as {@link javafx.scene.input.KeyCombination#valueOf} reads them,
 * where {@code Shortcut} is Ctrl, or Cmd on a Mac.
 */
public enum Action {
    NEXT(Group.ITEMS, "Open the next item", "N"),
    APPROVE(Group.ITEMS, "Approve", "A", "Shortcut+Enter"),
    ESCALATE(Group.ITEMS, "Escalate to a supervisor", "E"),
    SKIP(Group.ITEMS, "Skip: the item waits behind your other work", "S"),
    UNREADABLE(Group.ITEMS, "Reject as unreadable", "U"),
    UNDO(Group.ITEMS, "Undo the last decision while it is not sent", "Shortcut+Z"),
    HISTORY_BACK(Group.ITEMS, "Back through the items decided this session", "K"),
    HISTORY_FORWARD(Group.ITEMS, "Forward, back to the item under review", "J"),
    REFRESH(Group.ITEMS, "Refresh the queues", "R", "F5"),
    NEXT_FIELD(Group.FIELDS, "Next field", "Tab"),
    PREVIOUS_FIELD(Group.FIELDS, "Previous field", "Shift+Tab"),
    ACCEPT_FIELD(Group.FIELDS, "Accept the field", "Enter"),
    WORD_NEXT(Group.FIELDS, "Word cursor on the page: next word", "Alt+Right"),
    WORD_PREVIOUS(Group.FIELDS, "Word cursor: previous word", "Alt+Left"),
    WORD_LINE_DOWN(Group.FIELDS, "Word cursor: nearest word a line down", "Alt+Down"),
    WORD_LINE_UP(Group.FIELDS, "Word cursor: nearest word a line up", "Alt+Up"),
    PICK_WORD(Group.FIELDS, "Fill the focused field with the cursor's word", "Alt+Enter"),
    EXTEND_PICK(Group.FIELDS, "Extend the field's words to the cursor's word", "Shift+Alt+Enter"),
    ADD_FIELD(Group.FIELDS, "Add a field", "Shift+F"),
    NEXT_DOCUMENT(Group.FIELDS, "Next document of the item", "Shortcut+Page Down"),
    PREVIOUS_DOCUMENT(Group.FIELDS, "Previous document of the item", "Shortcut+Page Up"),
    ZOOM_IN(Group.PAGE, "Zoom in", "Plus", "Shift+Equals", "Add", "Shortcut+Equals"),
    ZOOM_OUT(Group.PAGE, "Zoom out", "Minus", "Subtract"),
    FIT_WIDTH(Group.PAGE, "Fit the page's width", "0"),
    FIT_PAGE(Group.PAGE, "Fit the whole page", "Shift+0"),
    ACTUAL_SIZE(Group.PAGE, "Actual size", "Shortcut+0"),
    TOGGLE_WORD_BOXES(Group.PAGE, "Show or hide the boxes of words", "W"),
    TOGGLE_FIELD_BOXES(Group.PAGE, "Show or hide the boxes of fields", "B"),
    CHEAT_SHEET(Group.OTHER, "Show or hide these keys", "Shift+Slash");

    /** Where the cheat sheet lists an action. */
    public enum Group {
        ITEMS("Items"), FIELDS("Fields"), PAGE("Page"), OTHER("Other");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final String label;
    private final List<String> defaultKeys;

    Action(Group group, String label, String... defaultKeys) {
        this.group = group;
        this.label = label;
        this.defaultKeys = List.of(defaultKeys);
    }

    public Group group() {
        return group;
    }

    /** What the action does, in the reviewer's words. */
    public String label() {
        return label;
    }

    /** The keys as written in the keys file, before any remapping. */
    public List<String> defaultKeys() {
        return defaultKeys;
    }

    /** The action's name in the keys file: {@code approve}, {@code history-back}. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

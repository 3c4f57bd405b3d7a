package dev.loupe.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Which keys do which {@link Action}: the defaults, remapped by the reviewer's keys file. A line that cannot be used
 * leaves the action's default keys and becomes a sentence in {@link #problems()}; so does an action the file names
 * that does not exist, and a key the file gives to a second action (the later line loses it; an action left with no
 * key keeps its defaults). Pure code: it needs no running toolkit.
 */
public final class KeyBindings {
    private static final String KEY_NAMES = "write keys as A, Enter, F5, Ctrl+Z, Shift+Slash or Plus, several"
            + " separated by commas";

    private final Map<Action, List<KeyCombination>> keys;
    private final List<String> problems;

    private KeyBindings(Map<Action, List<KeyCombination>> keys, List<String> problems) {
        this.keys = keys;
        this.problems = List.copyOf(problems);
    }

    /** Every action on its default keys. */
    public static KeyBindings defaults() {
        return remapped(Map.of());
    }

    /**
     * The defaults, remapped by the lines of a keys file.
     *
     * @param lines action name to keys, e.g. {@code approve} to {@code Ctrl+Enter, A}, in the file's order (a
     *              {@link LinkedHashMap}), so that of two lines giving the same key the later is refused
     */
    public static KeyBindings remapped(Map<String, String> lines) {
        Map<Action, List<KeyCombination>> wanted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> line : lines.entrySet()) {
            String written = line.getKey().strip() + "=" + line.getValue().strip();
            Optional<Action> action = action(line.getKey());
            if (action.isEmpty()) {
                problems.add("The keys file names no action '" + line.getKey().strip() + "' (in '" + written
                        + "'); use one of " + Arrays.stream(Action.values()).map(Action::settingName)
                        .collect(Collectors.joining(", ")) + ".");
                continue;
            }
            try {
                wanted.put(action.get(), parse(line.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add("The keys file line '" + written + "' cannot be used: " + e.getMessage() + "; "
                        + KEY_NAMES + ". " + label(action.get()) + " keeps " + display(defaults(action.get())) + ".");
            }
        }
        // Keys no line remaps are taken first; then each line in turn, so a clash refuses the later line's key.
        Map<KeyCombination, Action> taken = new LinkedHashMap<>();
        Map<Action, List<KeyCombination>> keys = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            keys.put(action, new ArrayList<>());
            if (!wanted.containsKey(action)) {
                defaults(action).forEach(key -> take(taken, keys, action, key, problems));
            }
        }
        wanted.forEach((action, combinations) -> combinations.forEach(key -> take(taken, keys, action, key, problems)));
        // A line whose every key was refused leaves its action on the defaults still free, rather than on no key.
        wanted.keySet().stream().filter(action -> keys.get(action).isEmpty()).forEach(
                action -> defaults(action).forEach(key -> take(taken, keys, action, key, problems)));
        keys.replaceAll((action, list) -> List.copyOf(list));
        return new KeyBindings(Collections.unmodifiableMap(keys), problems);
    }

    /** The keys of an action, in the order written; empty when it has none. */
    public List<KeyCombination> keys(Action action) {
        return keys.get(action);
    }

    /** The keys of an action as a reviewer reads them: "A · Ctrl+Enter"; "no key" when it has none. */
    public String describe(Action action) {
        return display(keys(action));
    }

    /** What was wrong with the keys file, a sentence each; empty when nothing was. */
    public List<String> problems() {
        return problems;
    }

    /** The action a key press asks for; empty when it is no action's key. Needs the toolkit (for Shortcut). */
    public Optional<Action> actionFor(KeyEvent event) {
        for (Map.Entry<Action, List<KeyCombination>> entry : keys.entrySet()) {
            for (KeyCombination key : entry.getValue()) {
                if (key.match(event)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static void take(Map<KeyCombination, Action> taken, Map<Action, List<KeyCombination>> keys, Action action,
            KeyCombination key, List<String> problems) {
        Action holder = taken.putIfAbsent(key, action);
        if (holder == null) {
            keys.get(action).add(key);
        } else if (holder != action) {
            problems.add(display(key) + " already does '" + holder.label() + "', so it cannot also do '"
                    + action.label() + "'. Give " + action.settingName() + " another key in the keys file, or give "
                    + holder.settingName() + " a different one.");
        }
    }

    private static Optional<Action> action(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(Action.values()).filter(a -> a.settingName().equals(wanted)).findFirst();
    }

    private static List<KeyCombination> parse(String value) {
        List<KeyCombination> parsed = new ArrayList<>();
        for (String part : value.split(",")) {
            String written = part.strip();
            if (written.isEmpty()) {
                continue;
            }
            KeyCombination key;
            try {
                key = KeyCombination.valueOf(written);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + written + "' is not a key", e);
            }
            // An unknown name is read as the characters typed, which no key press ever matches.
            if (key instanceof KeyCharacterCombination typed && typed.getCharacter().length() != 1) {
                throw new IllegalArgumentException("'" + written + "' is not a key");
            }
            parsed.add(key);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("it gives no key");
        }
        return parsed;
    }

    private static List<KeyCombination> defaults(Action action) {
        return action.defaultKeys().stream().map(KeyCombination::valueOf).toList();
    }

    private static String label(Action action) {
        return action.label().substring(0, 1).toUpperCase(Locale.ROOT) + action.label().substring(1);
    }

    private static String display(List<KeyCombination> combinations) {
        if (combinations.isEmpty()) {
            return "no key";
        }
        return combinations.stream().map(KeyBindings::display).collect(Collectors.joining(" · "));
    }

    /** "Ctrl+Enter", "Shift+/": the platform's words, and the symbol for symbol keys. */
    private static String display(KeyCombination key) {
        return key.getName().replace("Shortcut", "Ctrl").replace("Slash", "/").replace("Equals", "=")
                .replace("Plus", "+").replace("Minus", "-");
    }
}

package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** Reading the keys file's lines: pure code, no toolkit. */
class KeyBindingsTest {

    private static KeyBindings remapped(String... lines) {
        Map<String, String> file = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("=", 2);
            file.put(parts[0], parts[1]);
        }
        return KeyBindings.remapped(file);
    }

    @Test
    void everyActionHasItsDefaultKeysAndNoTwoShareOne() {
        KeyBindings keys = KeyBindings.defaults();

        assertThat(keys.problems()).isEmpty();
        assertThat(keys.keys(Action.APPROVE)).containsExactly(KeyCombination.valueOf("A"),
                KeyCombination.valueOf("Shortcut+Enter"));
        assertThat(keys.describe(Action.APPROVE)).isEqualTo("A · Ctrl+Enter");
        assertThat(keys.describe(Action.CHEAT_SHEET)).isEqualTo("Shift+/");
        assertThat(keys.describe(Action.WORD_NEXT)).isEqualTo("Alt+Right");
        assertThat(keys.describe(Action.EXTEND_PICK)).isEqualTo("Shift+Alt+Enter");
        for (Action action : Action.values()) {
            assertThat(keys.keys(action)).as(action.settingName()).hasSameSizeAs(action.defaultKeys());
            // A key name JavaFX does not know becomes a combination of that many characters, which no key types.
            assertThat(keys.keys(action)).as(action.settingName()).allSatisfy(key -> assertThat(
                    key instanceof KeyCodeCombination || ((KeyCharacterCombination) key).getCharacter().length() == 1)
                    .isTrue());
        }
        assertThat(((KeyCodeCombination) keys.keys(Action.NEXT_DOCUMENT).get(0)).getCode())
                .isEqualTo(KeyCode.PAGE_DOWN);
    }

    @Test
    void aLineRemapsAnActionToItsKeys() {
        KeyBindings keys = remapped("approve=Ctrl+Enter, Q", "history_back=Shift+K");

        assertThat(keys.problems()).isEmpty();
        assertThat(keys.keys(Action.APPROVE)).containsExactly(KeyCombination.valueOf("Ctrl+Enter"),
                KeyCombination.valueOf("Q"));
        assertThat(keys.keys(Action.HISTORY_BACK)).containsExactly(KeyCombination.valueOf("Shift+K"));
        assertThat(keys.keys(Action.SKIP)).containsExactly(KeyCombination.valueOf("S"));
    }

    @Test
    void aBadLineIsSaidAndTheDefaultStays() {
        KeyBindings keys = remapped("approve=Ctrl+Entr");

        assertThat(keys.keys(Action.APPROVE)).containsExactly(KeyCombination.valueOf("A"),
                KeyCombination.valueOf("Shortcut+Enter"));
        assertThat(keys.problems()).singleElement().asString()
                .contains("'approve=Ctrl+Entr'", "'Ctrl+Entr' is not a key", "write keys as", "keeps A · Ctrl+Enter");
    }

    @Test
    void aLineWithNoKeysIsSaidAndTheDefaultStays() {
        KeyBindings keys = remapped("skip= , ");

        assertThat(keys.keys(Action.SKIP)).containsExactly(KeyCombination.valueOf("S"));
        assertThat(keys.problems()).singleElement().asString().contains("'skip=,'", "it gives no key");
    }

    @Test
    void anUnknownActionIsSaidWithTheNamesThatExist() {
        KeyBindings keys = remapped("aprove=Q");

        assertThat(keys.problems()).singleElement().asString()
                .startsWith("The keys file names no action 'aprove'").contains("approve", "history-back");
        assertThat(Arrays.stream(Action.values()).map(keys::keys)).noneMatch(
                list -> list.contains(KeyCombination.valueOf("Q")));
    }

    @Test
    void aKeyGivenToASecondActionIsRefusedForTheLaterLine() {
        KeyBindings keys = remapped("approve=Q", "skip=Q, X");

        assertThat(keys.keys(Action.APPROVE)).containsExactly(KeyCombination.valueOf("Q"));
        assertThat(keys.keys(Action.SKIP)).containsExactly(KeyCombination.valueOf("X"));
        assertThat(keys.problems()).singleElement().asString()
                .isEqualTo("Q already does 'Approve', so it cannot also do 'Skip: the item waits behind your other"
                        + " work'. Give skip another key in the keys file, or give approve a different one.");
    }

    @Test
    void aKeyThatIsStillAnotherActionsDefaultIsRefusedAndTheActionKeepsItsDefaults() {
        KeyBindings keys = remapped("approve=S");

        assertThat(keys.keys(Action.SKIP)).containsExactly(KeyCombination.valueOf("S"));
        assertThat(keys.describe(Action.APPROVE)).isEqualTo("A · Ctrl+Enter");
        assertThat(keys.problems()).singleElement().asString().startsWith("S already does 'Skip");
    }

    @Test
    void twoActionsMaySwapTheirKeys() {
        KeyBindings keys = remapped("approve=S", "skip=A");

        assertThat(keys.problems()).isEmpty();
        assertThat(keys.keys(Action.APPROVE)).containsExactly(KeyCombination.valueOf("S"));
        assertThat(keys.keys(Action.SKIP)).containsExactly(KeyCombination.valueOf("A"));
    }
}

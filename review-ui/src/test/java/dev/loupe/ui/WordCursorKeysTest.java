package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filling a field from the page with keys alone, in the whole workstation with {@link InvoiceProposal} open: its
 * words are, by line, 0 ACME, 1 LTD, 2 Invoice, 3 INV-7 / 4 12/01/2024 / 5 Total, 6 12.50, 7 EUR on page 0, and
 * 8 Thanks on page 1. Its fields come date, total (missing, so with no place), invoice number, vendor.
 */
@ExtendWith(ApplicationExtension.class)
class WordCursorKeysTest {
    private Stage stage;
    private ReviewViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void keysAloneFillTheFocusedFieldWithAWordAndExtendItToASpan(FxRobot robot) {
        open(robot, KeyBindings.defaults());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(review().focused().get().name()).isEqualTo(FieldName.TOTAL);

        alt(robot, KeyCode.DOWN);
        assertThat(cursor(robot)).as("a field with no place starts at the page's first word").isZero();
        assertThat(robot.lookup(".word-cursor").match(Node::isVisible).queryAll()).hasSize(1);

        alt(robot, KeyCode.DOWN);
        alt(robot, KeyCode.DOWN);
        alt(robot, KeyCode.LEFT);
        alt(robot, KeyCode.RIGHT);
        assertThat(cursor(robot)).isEqualTo(6);
        alt(robot, KeyCode.ENTER);

        assertThat(review().focused().get().name()).isEqualTo(FieldName.TOTAL);
        assertThat(review().focused().get().value()).isEqualTo("12.50");
        assertThat(review().changes()).containsExactly(
                new FieldChange("invoice-0001.png", FieldName.TOTAL, "", "12.50", FieldChange.Method.PICKED_WORD, List.of(6)));

        alt(robot, KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.ENTER).release(KeyCode.ALT, KeyCode.SHIFT);

        assertThat(review().changes()).containsExactly(
                new FieldChange("invoice-0001.png", FieldName.TOTAL, "", "12.50 EUR", FieldChange.Method.PICKED_WORD, List.of(6, 7)));
        assertThat(cursor(robot)).isEqualTo(7);
    }

    @Test
    void anotherFieldStartsTheCursorAgainAtItsWords(FxRobot robot) {
        open(robot, KeyBindings.defaults());
        robot.type(KeyCode.TAB);
        alt(robot, KeyCode.RIGHT);
        assertThat(cursor(robot)).as("the date's word").isEqualTo(4);
        alt(robot, KeyCode.RIGHT);

        robot.type(KeyCode.TAB).type(KeyCode.TAB);

        assertThat(review().focused().get().name()).isEqualTo(FieldName.INVOICE_NUMBER);
        assertThat(cursor(robot)).isEqualTo(-1);
        assertThat(robot.lookup(".word-cursor").match(Node::isVisible).queryAll()).isEmpty();
        alt(robot, KeyCode.ENTER);
        assertThat(cursor(robot)).as("the pick key shows a hidden cursor, and takes nothing unseen").isEqualTo(3);
        assertThat(review().changes()).isEmpty();
    }

    @Test
    void theCursorMovesAcrossPagesAndTheWordIsScrolledIntoView(FxRobot robot) {
        open(robot, KeyBindings.defaults());
        robot.type(KeyCode.TAB);
        alt(robot, KeyCode.RIGHT);
        for (int i = 0; i < 4; i++) {
            alt(robot, KeyCode.RIGHT);
        }

        assertThat(cursor(robot)).isEqualTo(8);
        Node outline = robot.lookup(".word-cursor").match(Node::isVisible).query();
        Node viewport = robot.lookup(".page-scroller .viewport").query();
        assertThat(viewport.localToScene(viewport.getLayoutBounds()).contains(
                outline.localToScene(outline.getBoundsInLocal()))).isTrue();
    }

    @Test
    void remappedKeysMoveAndPickAndTheDefaultsNoLonger(FxRobot robot) {
        Map<String, String> file = new LinkedHashMap<>();
        file.put("word-line-down", "Alt+J");
        file.put("pick-word", "Alt+P");
        KeyBindings keys = KeyBindings.remapped(file);
        assertThat(keys.problems()).isEmpty();
        open(robot, keys);
        robot.type(KeyCode.TAB).type(KeyCode.TAB);

        alt(robot, KeyCode.J);
        alt(robot, KeyCode.J);
        alt(robot, KeyCode.DOWN);
        alt(robot, KeyCode.J);
        alt(robot, KeyCode.ENTER);
        assertThat(review().changes()).isEmpty();
        alt(robot, KeyCode.P);

        assertThat(review().changes()).containsExactly(
                new FieldChange("invoice-0001.png", FieldName.TOTAL, "", "12.50", FieldChange.Method.PICKED_WORD, List.of(6)));
    }

    @Test
    void theCheatSheetListsTheCursorKeysAndStillFitsTheScreen(FxRobot robot) {
        open(robot, KeyBindings.defaults());

        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);

        assertThat(robot.lookup("#keys-word-next").<Label>query().getText()).isEqualTo("Alt+Right");
        assertThat(robot.lookup("#keys-extend-pick").<Label>query().getText()).isEqualTo("Shift+Alt+Enter");
        Node card = robot.lookup("#cheat-sheet .dialog").query();
        Bounds drawn = card.localToScene(card.getLayoutBounds());
        assertThat(drawn.getMinY()).as("%s", drawn).isGreaterThanOrEqualTo(0);
        assertThat(drawn.getMaxY()).as("%s", drawn).isLessThanOrEqualTo(800);
    }

    private void open(FxRobot robot, KeyBindings keys) {
        robot.interact(() -> {
            ScriptedDesk desk = new ScriptedDesk();
            desk.ready.add(desk.item("it-0", "invoice-0001.png")
                    .withAnnotations(List.of(InvoiceProposal.annotation())));
            Clock clock = Clock.fixed(ScriptedClient.T0, ZoneOffset.UTC);
            model = new ReviewViewModel(new ScriptedClient().withItems(1), desk, new DocumentPages(new BlankPages()),
                    ReviewViewModel.Workers.sameThread(), clock);
            stage.setScene(new WorkstationView(model, clock, "test server", keys).createScene(1280, 800));
            stage.show();
            model.connect();
            model.openNext();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private FieldReview review() {
        return model.fieldReviewProperty().get();
    }

    private static PageView pages(FxRobot robot) {
        return robot.lookup(".page-view").queryAs(PageView.class);
    }

    private static int cursor(FxRobot robot) {
        return pages(robot).cursorWordProperty().get();
    }

    /** White A4 pages at 150 dpi, two of them, as the invoice has. */
    private static final class BlankPages implements PageRenderer {
        @Override
        public PageSource open(Path file, String mediaType, String name) {
            return new PageSource() {
                @Override
                public int pageCount() {
                    return 2;
                }

                @Override
                public PageImage render(int index, int dpi) {
                    int[] pixels = new int[1240 * 1754];
                    Arrays.fill(pixels, 0xFFFFFFFF);
                    return new PageImage(1240, 1754, pixels);
                }

                @Override
                public void close() {
                }
            };
        }
    }
}

package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every control of the workstation, and every place the keyboard stops, has a name a screen reader can say. */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyControlOfTheReviewScreenHasAName(FxRobot robot) {
        ReviewScreen screen = open(robot);

        assertThat(AccessibleNames.missing(screen.scene.getRoot())).as("controls without an accessible name")
                .isEmpty();
    }

    @Test
    void everyControlOfTheEscalationFormHasAName(FxRobot robot) {
        ReviewScreen screen = open(robot);
        robot.interact(screen::openEscalation);

        assertThat(robot.lookup("#escalation").query().isVisible()).isTrue();
        assertThat(AccessibleNames.missing(screen.scene.getRoot())).as("controls without an accessible name")
                .isEmpty();
    }

    @Test
    void everyControlOfTheCheatSheetHasAName(FxRobot robot) {
        ReviewScreen screen = open(robot);
        robot.interact(screen::openCheatSheet);

        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isTrue();
        assertThat(AccessibleNames.missing(screen.scene.getRoot())).as("controls without an accessible name")
                .isEmpty();
    }

    @Test
    void eachFieldRowSaysItsNameValueAndState(FxRobot robot) {
        open(robot);

        assertThat(robot.lookup(".field-row").<Node>queryAll()).hasSize(4).allSatisfy(row -> assertThat(said(row))
                .containsAnyOf("Date", "Total", "Invoice number", "Vendor")
                .containsAnyOf("invalid", "missing", "low confidence", "valid"));
        assertThat(said(robot.lookup("#field-total").query())).startsWith("Total: no value").contains("missing");
    }

    @Test
    void eachItemWaitingSaysItsFileAndWhenItIsDue(FxRobot robot) {
        open(robot);

        assertThat(robot.lookup(".table-row-cell").<Node>queryAll().stream().map(Node::getAccessibleText)
                .filter(said -> said != null)).containsExactlyInAnyOrder(
                        "claim-1.pdf, document, priority 3, due in 1 h 00 min",
                        "claim-2.pdf, document, priority 3, due in 1 h 00 min",
                        "claim-3.pdf, document, priority 3, due in 1 h 00 min");
    }

    @Test
    void theDecisionButtonsSayTheirKeys(FxRobot robot) {
        open(robot);

        for (String id : new String[] {"#approve", "#escalate", "#skip", "#unreadable", "#open-next"}) {
            assertThat(robot.lookup(id).query().getAccessibleHelp()).as(id).startsWith("Shortcut: ");
        }
        assertThat(robot.lookup("#approve").query().getAccessibleHelp())
                .isEqualTo("Shortcut: " + KeyBindings.defaults().describe(Action.APPROVE));
    }

    private ReviewScreen open(FxRobot robot) {
        ReviewScreen[] screen = new ReviewScreen[1];
        robot.interact(() -> screen[0] = new ReviewScreen(stage, Duration.ZERO));
        assertThat(robot.lookup(".field-row").queryAll()).as("the invoice's fields are shown").isNotEmpty();
        return screen[0];
    }

    private static String said(Node node) {
        return node.getAccessibleText();
    }
}

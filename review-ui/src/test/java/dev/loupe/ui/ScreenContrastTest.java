package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.testing.Contrast;
import dev.loupe.testing.Contrast.Rgb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.control.Label;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The text of the workstation, styled, meets WCAG AA contrast in every state the reviewer sees (4.5:1, 3:1 for
 * large text; see {@link TextContrast}), and the field boxes on the page and in their legend stand out from the
 * paper and the toolbar (3:1, WCAG 1.4.11).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenContrastTest {
    private static final Rgb PAPER = Rgb.hex("#ffffff");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void reviewingAnItemDueSoonWithAWaitingRowSelectedAndAFieldBeingTyped(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ofMinutes(40), KeyBindings.defaults());
        robot.interact(() -> {
            screen.selectWaitingRow();
            robot.lookup(".fields-pane").<FieldsPane>query().startTyping("12/01/2025");
            screen.settle();
        });

        assertThat(robot.lookup(".sla-at-risk").queryAll()).as("SLA texts in amber").hasSizeGreaterThan(2);
        assertThat(textFill(robot, "#status-sla")).as("the status bar's SLA in amber")
                .isEqualTo(textFill(robot, ".item-pane .sla-text"));
        assertThat(robot.lookup(".focused-field #field-editor").queryAll()).hasSize(1);
        assertThat(robot.lookup(".field-state").<Node>queryAll()).extracting(node -> node.getStyleClass().get(2))
                .contains("state-invalid", "state-missing", "state-low-confidence", "state-valid");
        assertShortfalls(screen).isEmpty();
    }

    @Test
    void anOverdueItemWhoseLeaseWasLostWhileOffline(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ofHours(2), KeyBindings.remapped(Map.of("approve", "Ctrl+Nope")));
        robot.interact(() -> {
            screen.goOffline();
            screen.loseLease();
            screen.selectWaitingRow();
            robot.lookup(".table-view").query().requestFocus();
            screen.settle();
        });

        assertThat(robot.lookup(".sla-breached").queryAll()).as("SLA texts in red").hasSizeGreaterThan(2);
        assertThat(textFill(robot, "#status-sla")).as("the status bar's SLA in red")
                .isEqualTo(textFill(robot, ".item-pane .sla-text"));
        assertThat(robot.lookup("#connection").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("offline");
        assertThat(robot.lookup("#lease-lost").query().isVisible()).isTrue();
        assertThat(robot.lookup("#key-problems").query().isVisible()).isTrue();
        assertShortfalls(screen).isEmpty();
    }

    @Test
    void theEscalationFormSayingWhatIsMissing(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ZERO, KeyBindings.defaults());
        robot.interact(() -> {
            screen.openEscalation();
            screen.model.sendEscalation();
            screen.settle();
        });

        assertThat(robot.lookup(".dialog-problem").query().isVisible()).isTrue();
        assertShortfalls(screen).isEmpty();
    }

    @Test
    void theDecisionButtonsUnderThePointerAndPressed(FxRobot robot) {
        for (String state : new String[] {"hover", "armed"}) {
            ReviewScreen screen = open(robot, Duration.ZERO, KeyBindings.defaults());
            robot.interact(() -> {
                for (String id : new String[] {"#approve", "#escalate", "#skip", "#unreadable"}) {
                    robot.lookup(id).query().pseudoClassStateChanged(PseudoClass.getPseudoClass(state), true);
                }
                screen.settle();
            });

            assertShortfalls(screen).as(state).isEmpty();
        }
    }

    @Test
    void anItemOfSeveralDocumentsWithItsSwitcher(FxRobot robot) {
        ReviewScreen[] screen = new ReviewScreen[1];
        robot.interact(() -> screen[0] = new ReviewScreen(stage, Duration.ZERO, KeyBindings.defaults(),
                List.of("invoice-0001.png", "police-report.pdf")));

        assertThat(robot.lookup("#document-position").queryAs(Label.class).getText())
                .isEqualTo("Document 1 of 2 · invoice-0001.png");
        assertThat(robot.lookup(".field-note").queryAll()).as("the invalid date says why").isNotEmpty();
        assertShortfalls(screen[0]).isEmpty();
    }

    @Test
    void theCheatSheet(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ZERO, KeyBindings.defaults());
        robot.interact(screen::openCheatSheet);

        assertShortfalls(screen).isEmpty();
    }

    @Test
    void lookingBackAtADecidedItem(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ZERO, KeyBindings.defaults());
        robot.interact(() -> {
            screen.model.approve();
            screen.model.historyBack();
            screen.settle();
        });

        assertThat(robot.lookup("#decided-banner").query().isVisible()).isTrue();
        assertShortfalls(screen).isEmpty();
    }

    @Test
    void fieldBoxesAndTheirLegendStandOutFromThePaper(FxRobot robot) {
        ReviewScreen screen = open(robot, Duration.ZERO, KeyBindings.defaults());
        List<Shape> boxes = Stream.concat(robot.lookup(".field-box").queryAllAs(Shape.class).stream(),
                robot.lookup(".highlight-ring").queryAllAs(Shape.class).stream()).filter(SceneNodes::shown).toList();
        List<Shape> legend = robot.lookup(".legend-entry .field-box").queryAllAs(Shape.class).stream().toList();
        assertThat(legend).extracting(box -> box.getStyleClass().get(1))
                .containsExactlyInAnyOrder("check-valid", "check-low-confidence", "check-invalid");
        assertThat(boxes).hasSizeGreaterThan(legend.size());

        List<String> faint = new ArrayList<>();
        for (Shape box : boxes) {
            Color stroke = (Color) box.getStroke();
            Rgb seen = TextContrast.rgb(stroke).over(PAPER, stroke.getOpacity());
            double onPaper = Contrast.ratio(seen, PAPER);
            if (onPaper < Contrast.GRAPHICS) {
                faint.add(String.format(Locale.ROOT, "%s %s on white paper = %.2f:1", box.getStyleClass(), seen,
                        onPaper));
            }
        }
        for (Shape swatch : legend) {
            Color stroke = (Color) swatch.getStroke();
            Bounds bounds = swatch.localToScene(swatch.getBoundsInLocal());
            Rgb toolbar = TextContrast.backgroundAt(screen.scene, swatch.getParent(),
                    new Point2D(bounds.getCenterX(), bounds.getCenterY()));
            double onToolbar = Contrast.ratio(TextContrast.rgb(stroke), toolbar);
            if (onToolbar < Contrast.GRAPHICS) {
                faint.add(String.format(Locale.ROOT, "legend %s %s on %s = %.2f:1", swatch.getStyleClass(),
                        TextContrast.rgb(stroke), toolbar, onToolbar));
            }
        }
        assertThat(faint).as("field boxes below 3:1").isEmpty();
    }

    private static Paint textFill(FxRobot robot, String query) {
        return robot.lookup(query).<Labeled>query().getTextFill();
    }

    private ReviewScreen open(FxRobot robot, Duration sinceStart, KeyBindings keys) {
        ReviewScreen[] screen = new ReviewScreen[1];
        robot.interact(() -> screen[0] = new ReviewScreen(stage, sinceStart, keys));
        assertThat(robot.lookup(".field-row").queryAll()).as("the invoice's fields are shown").isNotEmpty();
        return screen[0];
    }

    private static org.assertj.core.api.ListAssert<String> assertShortfalls(ReviewScreen screen) {
        List<TextContrast.Measured> measured = TextContrast.measure(screen.scene);
        assertThat(measured).as("texts measured").hasSizeGreaterThan(20);
        return assertThat(TextContrast.shortfalls(screen.scene)).as("texts below WCAG AA contrast");
    }
}

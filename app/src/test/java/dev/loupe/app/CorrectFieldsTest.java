package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.inference.fields.CheckingFieldValues;
import dev.loupe.media.MediaTypes;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.ui.FieldReview;
import dev.loupe.ui.FieldState;
import dev.loupe.ui.ReviewViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Correcting a document's fields as a claims adjuster does, on a real server with receipts pre-annotated by Loupe's
 * own models and read by real OCR: typing over a value, Ctrl+clicking a word on the page, dragging a rectangle.
 * Each correction reaches the server as a corrected decision with its diff; work runs on the FX thread, so each key
 * press finishes its round trip before the test looks.
 */
@ExtendWith(ApplicationExtension.class)
class CorrectFieldsTest {
    private static ReviewStack.Models models;

    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private ReviewStack stack;
    private HttpOrchestrationClient client;
    private ReviewViewModel model;

    @BeforeAll
    static void openModels() {
        models = ReviewStack.Models.open();
    }

    @AfterAll
    static void closeModels() {
        models.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        stack = ReviewStack.show(stage, dataDir, cacheDir, models, (server, demo) -> {
            List<GeneratedDocument> pdfs = SyntheticDocuments.only(List.of(GeneratedDocument.RECEIPT))
                    .generate(demo, 12, DemoQueue.SEED).stream()
                    .filter(document -> document.mediaType().equals(MediaTypes.PDF)).toList();
            DemoQueue.seedFrom(server, pdfs, demo, Clock.systemUTC());
        });
        client = stack.client;
        model = stack.model;
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void typingOverAFieldSendsACorrectionWithWhatWasTyped(FxRobot robot) {
        String item = open(robot);
        robot.type(KeyCode.TAB);
        FieldName focused = review().focused().get().name();

        robot.write("Corner Shop 7");
        robot.type(KeyCode.ENTER);
        approveWithCtrlEnter(robot);

        assertThat(onlyChange(item)).satisfies(change -> {
            assertThat(change.field()).isEqualTo(focused);
            assertThat(change.after()).isEqualTo("Corner Shop 7");
            assertThat(change.how()).isEqualTo(FieldChange.Method.TYPED);
        });
    }

    @Test
    void ctrlClickingAWordOnThePageFillsTheFocusedFieldWithIt(FxRobot robot) {
        String item = open(robot);
        robot.type(KeyCode.TAB);
        robot.interact(() -> review().focus(FieldName.VENDOR));
        DocumentAnnotation proposal = review().proposal();
        int last = proposal.words().size() - 1;

        robot.press(KeyCode.CONTROL).clickOn(onPage(robot, proposal.words().get(last).box()))
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        approveWithCtrlEnter(robot);

        assertThat(onlyChange(item)).satisfies(change -> {
            assertThat(change.field()).isEqualTo(FieldName.VENDOR);
            // As picked, then read as a business's name is ("visit!" keeps its letters: "visit").
            assertThat(change.after()).isEqualTo(new CheckingFieldValues(Clock.systemUTC())
                    .check(FieldName.VENDOR, proposal.words().get(last).text(), proposal.words()).value());
            assertThat(change.how()).isEqualTo(FieldChange.Method.PICKED_WORD);
            assertThat(change.words()).containsExactly(last);
        });
    }

    @Test
    void draggingARectangleReadsItIntoTheFocusedField(FxRobot robot) {
        String item = open(robot);
        robot.type(KeyCode.TAB);
        robot.interact(() -> review().focus(FieldName.TOTAL));
        Box vendor = review().proposal().field(FieldName.VENDOR).orElseThrow().box();
        String printed = review().proposal().field(FieldName.VENDOR).orElseThrow().value();

        robot.drag(onPage(robot, new Box(vendor.x() - 0.01, vendor.y() - 0.005, 0, 0)))
                .dropTo(onPage(robot, new Box(vendor.right() + 0.01, vendor.bottom() + 0.005, 0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review().focused().get().state()).as("a shop's name is no amount").isEqualTo(FieldState.INVALID);
        approveWithCtrlEnter(robot);
        assertThat(client.decisions(item)).as("held back once, with the reason").isEmpty();
        assertThat(model.problemProperty().get()).startsWith("The total you gave does not pass its check: ")
                .endsWith("Correct it, or approve again to keep it as it is.");
        approveWithCtrlEnter(robot);

        assertThat(onlyChange(item)).satisfies(change -> {
            assertThat(change.field()).isEqualTo(FieldName.TOTAL);
            assertThat(change.after()).isEqualTo(printed);
            assertThat(change.how()).isEqualTo(FieldChange.Method.REGION);
        });
    }

    @Test
    void aTypedAmountIsNormalisedAndAZeroTotalSaysWhyItFails(FxRobot robot) {
        String item = open(robot);
        robot.type(KeyCode.TAB);
        robot.interact(() -> review().focus(FieldName.TOTAL));

        robot.write("0");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> review().focus(FieldName.TOTAL));
        assertThat(review().focused().get().state()).isEqualTo(FieldState.INVALID);
        assertThat(review().focused().get().note()).isEqualTo("The amount is zero; a total should be more than that.");
        assertThat(robot.lookup(".field-note").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("The amount is zero; a total should be more than that.");

        robot.write("1.234,50");
        robot.type(KeyCode.ENTER);
        approveWithCtrlEnter(robot);

        assertThat(onlyChange(item)).satisfies(change -> {
            assertThat(change.field()).isEqualTo(FieldName.TOTAL);
            assertThat(change.after()).isEqualTo("1234.50");
            assertThat(change.how()).isEqualTo(FieldChange.Method.TYPED);
        });
    }

    @Test
    void escapeLeavesTheFieldsSoLettersActAgainAndAnUntouchedItemIsApproved(FxRobot robot) {
        String item = open(robot);
        robot.type(KeyCode.TAB, KeyCode.ESCAPE, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.decisions(item)).singleElement().satisfies(recorded ->
                assertThat(recorded.decision().outcome()).isEqualTo(Outcome.APPROVED));
    }

    private String open(FxRobot robot) {
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review()).as("the receipt's fields are up for review").isNotNull();
        return model.currentProperty().get().item().id();
    }

    private FieldReview review() {
        return model.fieldReviewProperty().get();
    }

    private static void approveWithCtrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FieldChange onlyChange(String item) {
        RecordedDecision recorded = client.decisions(item).get(0);
        assertThat(recorded.decision().outcome()).isEqualTo(Outcome.CORRECTED);
        List<FieldChange> changes = FieldChange.fromDiff(recorded.decision().diff());
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    /** Where a point of the first page is on the screen; the box's top-left corner when it has no size. */
    private static Point2D onPage(FxRobot robot, Box box) {
        Node page = robot.lookup(".page").query();
        Bounds bounds = page.localToScreen(page.getBoundsInLocal());
        return new Point2D(bounds.getMinX() + (box.x() + box.width() / 2) * bounds.getWidth(),
                bounds.getMinY() + (box.y() + box.height() / 2) * bounds.getHeight());
    }
}

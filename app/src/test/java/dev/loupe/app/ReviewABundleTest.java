package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.TypeChange;
import dev.loupe.ui.FieldReview;
import dev.loupe.ui.ReviewViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * A claim that arrives as a bundle (the demo's claim form, receipt and damage photo in one item), reviewed with keys
 * only on a real server with real models: the documents are a key apart, and the one decision says which document
 * each change is on.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewABundleTest {
    private static ReviewStack.Models models;

    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private ReviewStack stack;
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
        stack = ReviewStack.show(stage, dataDir, cacheDir, models,
                (server, demo) -> DemoQueue.seedBundle(server, demo, Clock.systemUTC()));
        model = stack.model;
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void everyDocumentIsAKeyAwayAndOneCorrectionNamesTheDocumentOfEachChange(FxRobot robot) {
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = List.copyOf(model.documentNames());
        assertThat(names).hasSize(3);
        assertThat(model.documentIndexProperty().get()).isZero();
        assertThat(robot.lookup("#document-position").queryAs(Label.class).getText())
                .isEqualTo("Document 1 of 3 · " + names.get(0));
        assertThat(review().type().get()).isEqualTo(DocumentType.CLAIM_FORM);

        ctrl(robot, KeyCode.PAGE_DOWN);
        assertThat(model.documentIndexProperty().get()).isEqualTo(1);
        assertThat(review().type().get()).isEqualTo(DocumentType.RECEIPT);
        robot.type(KeyCode.TAB);
        robot.interact(() -> review().focus(FieldName.TOTAL));
        robot.write("9.99");
        robot.type(KeyCode.ENTER);

        ctrl(robot, KeyCode.PAGE_DOWN);
        assertThat(model.documentIndexProperty().get()).isEqualTo(2);
        assertThat(model.shownProposalProperty().get().name()).isEqualTo(names.get(2));
        robot.interact(() -> review().changeType(DocumentType.OTHER));
        ctrl(robot, KeyCode.PAGE_UP);
        assertThat(model.documentIndexProperty().get()).isEqualTo(1);
        assertThat(review().focused().get().value()).as("edits stay with their document").isNotEmpty();
        String item = model.currentProperty().get().item().id();

        ctrl(robot, KeyCode.ENTER);

        RecordedDecision recorded = stack.client.decisions(item).get(0);
        assertThat(recorded.decision().outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(FieldChange.fromDiff(recorded.decision().diff())).singleElement().satisfies(change -> {
            assertThat(change.document()).isEqualTo(names.get(1));
            assertThat(change.field()).isEqualTo(FieldName.TOTAL);
            assertThat(change.after()).isEqualTo("9.99");
        });
        assertThat(TypeChange.fromDiff(recorded.decision().diff())).containsExactly(
                new TypeChange(names.get(2), DocumentType.DAMAGE_PHOTO, DocumentType.OTHER));
    }

    private FieldReview review() {
        return model.fieldReviewProperty().get();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

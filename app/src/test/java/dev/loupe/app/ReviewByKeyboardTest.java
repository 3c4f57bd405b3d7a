package dev.loupe.app;

import dev.loupe.testing.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ItemState;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.WorkItem;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.sync.SyncedDesk;
import dev.loupe.ui.DocumentPages;
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import dev.loupe.ui.WorkstationView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole path by keyboard: a real server on a free port with demo documents, the HTTP client, the PDF and image
 * renderer, and the workstation in a headless window. Background work runs on the FX thread, so each key press
 * finishes its round trip before the test looks.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewByKeyboardTest {
    /** Enough that the queue the workstation chooses (claims) holds more items than the desk leases ahead. */
    private static final int DOCUMENTS = 12;
    private static final int READY_AHEAD = 2;

    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private OrchestrationServer server;
    private HttpOrchestrationClient client;
    private SyncedDesk desk;
    private ReviewViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        DemoQueue.seed(server, dataDir.resolve("demo-documents"), DOCUMENTS, Clock.systemUTC());
        MediaCache media = new MediaCache(cacheDir);
        client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(), media);
        DocumentPages pages = new DocumentPages(new DocumentRenderer());
        // The desk's parts run on the thread that wakes them, so each key press has finished its round trip,
        // prefetching and sending included, before the test looks.
        var inline = new SyncedDesk.Executors(ManualScheduler.inline(), ManualScheduler.inline(), ManualScheduler.inline());
        desk = new SyncedDesk(client, media, Outbox.open(dataDir.resolve("outbox.db"), Clock.systemUTC()), pages.preloader(),
                READY_AHEAD, inline, Clock.systemUTC(), () -> 0.5);
        model = new ReviewViewModel(client, desk, pages, ReviewViewModel.Workers.sameThread(), Clock.systemUTC());
        stage.setScene(new WorkstationView(model, Clock.systemUTC(), "test server").createScene(1280, 800));
        stage.show();
        model.connect();
    }

    @AfterEach
    void stopServer() {
        desk.close();
        server.close();
    }

    @Test
    void theQueueIsListedWithFilePriorityAndDueTime(FxRobot robot) {
        assertThat(model.queues()).extracting(q -> q.name()).containsExactlyInAnyOrder("claims", "receipts");
        assertThat(model.selectedQueueProperty().get()).isNotNull();
        List<WorkItem> waiting = model.waiting();
        assertThat(waiting).isNotEmpty().allSatisfy(item -> assertThat(item.state()).isEqualTo(ItemState.QUEUED));
        assertThat(robot.lookup(".table-row-cell").queryAll()).isNotEmpty();
        List<String> files = waiting.stream().map(item -> item.assets().get(0).fileName()).toList();
        assertThat(robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell
                && files.contains(cell.getText())).queryAll()).hasSize(waiting.size());
    }

    @Test
    void nOpensTheNextItemWithItsPageAndAApprovesItAndOpensTheOneAfter(FxRobot robot) {
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        String first = openItemId();
        assertThat(model.pages()).isNotEmpty();
        assertThat(robot.lookup(".page").tryQuery()).isPresent();

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.decisions(first)).singleElement()
                .satisfies(d -> assertThat(d.decision().outcome()).isEqualTo(Outcome.APPROVED));
        assertThat(client.item(first).state()).isEqualTo(ItemState.DECIDED);
        assertThat(openItemId()).isNotEqualTo(first);
        assertThat(robot.lookup("#tally").queryAs(Label.class).getText()).isEqualTo("1 decided this session");
    }

    @Test
    void ctrlEnterApprovesToo(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.item(first).state()).isEqualTo(ItemState.DECIDED);
    }

    @Test
    void eEscalatesWithTheChosenReasonAndTheTypedNote(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.type(KeyCode.E);
        assertThat(robot.lookup("#escalation").query().isVisible()).isTrue();
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.TAB);
        robot.write("Deductible unclear");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        RecordedDecision recorded = client.decisions(first).get(0);
        assertThat(recorded.decision().outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(recorded.decision().reasonCodes()).containsExactly("policy-question");
        assertThat(recorded.decision().note()).isEqualTo("Deductible unclear");
        assertThat(client.item(first).state()).isEqualTo(ItemState.ESCALATED);
        assertThat(robot.lookup("#escalation").query().isVisible()).isFalse();
        assertThat(openItemId()).isNotEqualTo(first);
    }

    @Test
    void escapeCancelsAnEscalationAndKeepsTheItem(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.type(KeyCode.E, KeyCode.DIGIT1, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.decisions(first)).isEmpty();
        assertThat(openItemId()).isEqualTo(first);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
    }

    @Test
    void sSkipsTheItemWhichWaitsAgainBehindTheRest(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(client.decisions(first)).isEmpty();
        assertThat(client.item(first).state()).isEqualTo(ItemState.QUEUED);
        assertThat(openItemId()).isNotEqualTo(first);
        assertThat(model.decidedThisSessionProperty().get()).isZero();
    }

    @Test
    void theStatusBarSaysOnlineWithNothingWaitingOnceDecisionsAreSent(FxRobot robot) {
        robot.type(KeyCode.N, KeyCode.A, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#connection").queryAs(Label.class).getText()).isEqualTo("● online");
        assertThat(model.unsentProperty().get()).isZero();
    }

    @Test
    void workingThroughAQueueEndsWithASentenceNotAnError(FxRobot robot) {
        String queue = model.selectedQueueProperty().get();
        int waiting = client.items(queue, ItemState.QUEUED, 100).size() + desk.status().ready();
        robot.type(KeyCode.N);
        for (int i = 0; i < waiting; i++) {
            robot.type(KeyCode.A);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.QUEUE_EMPTY);
        assertThat(model.decidedThisSessionProperty().get()).isEqualTo(waiting);
        assertThat(client.items(queue, ItemState.QUEUED, 10)).isEmpty();
        assertThat(robot.lookup("#document-message").queryAs(Label.class).getText()).startsWith("Nothing is waiting in " + queue);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    private String openItemId() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.currentProperty().get()).as("an item is open").isNotNull();
        return model.currentProperty().get().item().id();
    }
}

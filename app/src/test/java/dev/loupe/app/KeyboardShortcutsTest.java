package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ItemState;
import dev.loupe.core.Outcome;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.sync.SyncedDesk;
import dev.loupe.testing.ManualScheduler;
import dev.loupe.ui.DocumentPages;
import dev.loupe.ui.KeyBindings;
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import dev.loupe.ui.WorkstationView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
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
 * The keys beyond the basic ones, end to end: a real server with demo documents, the desk, and the workstation in a
 * headless window, with approve remapped to Q by a keys file. The outbox sends only when the test says, so a decision
 * stays undoable until then; everything else runs on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
    private static final int DOCUMENTS = 12;
    private static final int READY_AHEAD = 2;

    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private OrchestrationServer server;
    private HttpOrchestrationClient client;
    private SyncedDesk desk;
    private ManualScheduler outbox;
    private ReviewViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        DemoQueue.seed(server, dataDir.resolve("demo-documents"), DOCUMENTS, Clock.systemUTC());
        MediaCache media = new MediaCache(cacheDir);
        client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(), media);
        DocumentPages pages = new DocumentPages(new DocumentRenderer());
        outbox = ManualScheduler.manual();
        var executors = new SyncedDesk.Executors(ManualScheduler.inline(), ManualScheduler.inline(), outbox);
        desk = new SyncedDesk(client, media, Outbox.open(dataDir.resolve("outbox.db"), Clock.systemUTC()),
                pages.preloader(), READY_AHEAD, executors, Clock.systemUTC(), () -> 0.5);
        model = new ReviewViewModel(client, desk, pages, ReviewViewModel.Workers.sameThread(), Clock.systemUTC());
        Map<String, String> keysFile = new LinkedHashMap<>();
        keysFile.put("approve", "Q");
        keysFile.put("skip", "Q");
        WorkstationView view = new WorkstationView(model, Clock.systemUTC(), "test server",
                KeyBindings.remapped(keysFile));
        stage.setScene(view.createScene(1280, 800));
        stage.show();
        model.connect();
    }

    @AfterEach
    void stopServer() {
        desk.close();
        server.close();
    }

    @Test
    void theRemappedKeyApprovesAndTheOldOneNoLonger(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.type(KeyCode.A);
        assertThat(openItemId()).isEqualTo(first);

        robot.type(KeyCode.Q);
        sendOutbox(robot);

        assertThat(client.decisions(first)).singleElement()
                .satisfies(d -> assertThat(d.decision().outcome()).isEqualTo(Outcome.APPROVED));
        assertThat(openItemId()).isNotEqualTo(first);
    }

    @Test
    void aClashInTheKeysFileIsSaidInTheStatusBarUntilTheFirstDecision(FxRobot robot) {
        Label said = robot.lookup("#key-problems").queryAs(Label.class);
        assertThat(said.isVisible()).isTrue();
        assertThat(said.getText()).startsWith("Q already does 'Approve', so it cannot also do 'Skip");

        robot.type(KeyCode.N, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(said.isVisible()).isFalse();
    }

    @Test
    void questionMarkShowsEveryActionWithItsKeysAsRemappedAndEscapeClosesIt(FxRobot robot) {
        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isFalse();

        robot.press(KeyCode.SHIFT).press(KeyCode.SLASH).release(KeyCode.SLASH).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isTrue();
        assertThat(robot.lookup("#keys-approve").queryAs(Label.class).getText()).isEqualTo("Q");
        assertThat(robot.lookup("#keys-skip").queryAs(Label.class).getText()).isEqualTo("S");
        assertThat(robot.lookup("#keys-undo").queryAs(Label.class).getText()).isEqualTo("Ctrl+Z");
        assertThat(robot.lookup("#keys-zoom-in").queryAs(Label.class).getAccessibleText()).startsWith("Zoom in: ");

        robot.type(KeyCode.N);
        assertThat(model.currentProperty().get()).as("keys other than Esc do nothing under the sheet").isNull();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isFalse();
    }

    @Test
    void ctrlZUndoesTheDecisionReopensTheItemAndNothingReachesTheServer(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();
        robot.type(KeyCode.Q);
        String second = openItemId();
        assertThat(second).isNotEqualTo(first);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        sendOutbox(robot);

        assertThat(openItemId()).isEqualTo(first);
        assertThat(model.messageProperty().get()).startsWith("Undone: approved ");
        assertThat(client.decisions(first)).isEmpty();
        assertThat(client.item(first).state()).isEqualTo(ItemState.LEASED);
        assertThat(model.unsentProperty().get()).isZero();

        robot.type(KeyCode.S);
        assertThat(openItemId()).as("the item put aside by the undo").isEqualTo(second);
    }

    @Test
    void aDecisionAlreadySentIsNotUndone(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();
        robot.type(KeyCode.Q);
        sendOutbox(robot);
        String second = openItemId();

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(openItemId()).isEqualTo(second);
        assertThat(client.decisions(first)).hasSize(1);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .endsWith("has already been sent to the server, so it cannot be undone here; ask a supervisor to change it.");
    }

    @Test
    void uRejectsTheItemAsUnreadable(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();

        robot.type(KeyCode.U);
        sendOutbox(robot);

        assertThat(client.decisions(first)).singleElement()
                .satisfies(d -> assertThat(d.decision().outcome()).isEqualTo(Outcome.REJECTED_UNREADABLE));
        assertThat(client.item(first).state()).isEqualTo(ItemState.DECIDED);
    }

    @Test
    void kAndJLookBackAtTheDecidedItemsReadOnlyAndReturnToTheItemUnderReview(FxRobot robot) {
        robot.type(KeyCode.N);
        String first = openItemId();
        robot.type(KeyCode.Q);
        String second = openItemId();
        robot.type(KeyCode.U);
        String third = openItemId();
        assertThat(robot.lookup("#queue-position").queryAs(Label.class).getText()).startsWith("claims · 3 of ");

        robot.type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#decided-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Decided: rejected unreadable at ").contains("read only");
        assertThat(model.shownItemProperty().get().id()).isEqualTo(second);
        assertThat(robot.lookup("#approve").query().isDisabled()).isTrue();

        robot.type(KeyCode.K, KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shownItemProperty().get().id()).isEqualTo(first);
        assertThat(banner.getText()).startsWith("Decided: approved at ");
        robot.type(KeyCode.Q);
        assertThat(model.decided()).as("nothing is decided while looking back").hasSize(2);

        robot.type(KeyCode.J, KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.viewingProperty().get()).isNull();
        assertThat(model.shownItemProperty().get().id()).isEqualTo(third);
        assertThat(banner.isVisible()).isFalse();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.pages()).isNotEmpty();
    }

    /** Lets the outbox send what it holds, on the FX thread as the rest of the test runs. */
    private void sendOutbox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> outbox.runDue());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String openItemId() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.currentProperty().get()).as("an item is open").isNotNull();
        return model.currentProperty().get().item().id();
    }
}

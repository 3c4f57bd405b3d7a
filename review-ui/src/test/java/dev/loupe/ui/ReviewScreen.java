package dev.loupe.ui;

import dev.loupe.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The whole workstation at the headless screen's size, over the scripted server and desk, with the two-page invoice
 * of {@link InvoiceProposal} open and its fields shown. Its item is due an hour after {@link ScriptedClient#T0}, as
 * are the items waiting in the queue. Build and change it on the FX thread.
 */
final class ReviewScreen {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    final ScriptedClient client = new ScriptedClient().withItems(3);
    final ScriptedDesk desk = new ScriptedDesk().withItems(2);
    final ReviewViewModel model;
    final Scene scene;

    /** The screen at {@code sinceStart} after T0: its SLA texts plain, amber when due within 30 minutes, red after. */
    ReviewScreen(Stage stage, Duration sinceStart, KeyBindings keys) {
        this(stage, sinceStart, keys, List.of("invoice-0001.png"));
    }

    /** The screen with an item of these documents open, the invoice first; the others have no proposals. */
    ReviewScreen(Stage stage, Duration sinceStart, KeyBindings keys, List<String> documents) {
        MutableClock clock = new MutableClock(ScriptedClient.T0.plus(sinceStart));
        model = new ReviewViewModel(client, desk, new DocumentPages(new OnePageRenderer(2)),
                ReviewViewModel.Workers.sameThread(), clock);
        desk.ready.addFirst(desk.item("it-0", documents).withAnnotations(List.of(InvoiceProposal.annotation())));
        scene = new WorkstationView(model, clock, "test server", keys).createScene(WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        model.connect();
        model.openNext();
        settle();
    }

    ReviewScreen(Stage stage, Duration sinceStart) {
        this(stage, sinceStart, KeyBindings.defaults());
    }

    void openEscalation() {
        model.startEscalation();
        settle();
    }

    void openCheatSheet() {
        ((CheatSheet) scene.lookup("#cheat-sheet")).toggle();
        settle();
    }

    /** The desk loses the server: the status bar says offline, with a decision waiting. */
    void goOffline() {
        desk.online = false;
        desk.unsent = 1;
        desk.announce();
        settle();
    }

    void loseLease() {
        desk.loseLease("it-0", "Another reviewer took it.");
        settle();
    }

    /** Selects the first item waiting in the queue, as a click on its row would. */
    void selectWaitingRow() {
        scene.getRoot().lookupAll(".table-view").stream().map(TableView.class::cast)
                .forEach(table -> table.getSelectionModel().select(0));
        settle();
    }

    /** Styles and lays out the scene now, so what is measured is what would be drawn. */
    void settle() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }
}

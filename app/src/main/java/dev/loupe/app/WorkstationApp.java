package dev.loupe.app;

import dev.loupe.core.port.FieldValues;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.inference.AnnotatingPreparation;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.fields.CheckingFieldValues;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.sync.SyncedDesk;
import dev.loupe.ui.DocumentPages;
import dev.loupe.ui.KeyBindings;
import dev.loupe.ui.ReviewViewModel;
import dev.loupe.ui.WorkstationView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the view model to its ports and executors and shows the workstation. */
public final class WorkstationApp extends Application {

    /**
     * Everything one run of the workstation needs; {@code Application.launch} takes no arguments of ours, so it is
     * handed over through {@link #SESSION}.
     */
    record Session(OrchestrationClient client, MediaCache media, Outbox outbox, int readyAhead, String serverLabel,
            WindowSize size, int fontSize, Path screenshots, Runnable stopServer, AnnotatorSettings annotator,
            Map<String, String> keys) {
    }


    private static final AtomicReference<Session> SESSION = new AtomicReference<>();
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private ExecutorService remote;
    private ExecutorService local;
    private SyncedDesk desk;
    private BackgroundAnnotator annotator;
    private OnDemandRegionReader regions;

    /** Shows the workstation and returns when its window is closed. */
    static int run(Session session) {
        SESSION.set(session);
        EXIT_CODE.set(0);
        Application.launch(WorkstationApp.class);
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        Session session = SESSION.get();
        Clock clock = Clock.systemDefaultZone();
        remote = Executors.newFixedThreadPool(2, daemonThreads("loupe-remote-"));
        // Keeping decisions and showing the next item never queue behind a slow server call.
        local = Executors.newSingleThreadExecutor(daemonThreads("loupe-local-"));
        DocumentPages pages = new DocumentPages(new DocumentRenderer());
        annotator = BackgroundAnnotator.start(session.annotator());
        ItemPreparation render = pages.preloader();
        // Pictures of the workstation show the models' proposals, so on the tour items wait for the models.
        ItemPreparation annotate = session.screenshots() == null
                ? new AnnotatingPreparation(annotator::ready, annotator::whyNotReady)
                : new AnnotatingPreparation(() -> annotator.loaded().thenApply(loaded -> annotator.ready()).join(),
                        annotator::whyNotReady);
        desk = new SyncedDesk(session.client(), session.media(), session.outbox(),
                item -> annotate.prepare(render.prepare(item)), session.readyAhead(),
                SyncedDesk.Executors.threads(), clock, new SplittableRandom()::nextDouble);
        regions = new OnDemandRegionReader(session.annotator());
        FieldValues values = new CheckingFieldValues(clock);
        ReviewViewModel model = new ReviewViewModel(session.client(), desk, pages,
                new ReviewViewModel.Workers(remote, local, Platform::runLater), clock, Optional.of(regions), values);
        WorkstationView view = new WorkstationView(model, clock, session.serverLabel(),
                KeyBindings.remapped(session.keys()));
        stage.setTitle("Loupe — review workstation");
        stage.setScene(view.createScene(session.size().width(), session.size().height()));
        view.setFontSize(session.fontSize());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        if (session.screenshots() == null) {
            model.connect();
        } else {
            annotator.loaded().thenRun(() -> Platform.runLater(() -> {
                model.connect();
                new ScreenshotTour(stage.getScene(), model, session.screenshots(), session.stopServer(), code -> {
                    EXIT_CODE.set(code);
                    Platform.exit();
                }).start();
            }));
        }
    }

    @Override
    public void stop() {
        if (desk != null) {
            desk.close();
        }
        if (annotator != null) {
            annotator.close();
        }
        if (regions != null) {
            regions.close();
        }
        if (remote != null) {
            remote.shutdownNow();
            local.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

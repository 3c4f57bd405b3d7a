package dev.loupe.app;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.inference.AnnotatingPreparation;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.sync.SyncedDesk;
import dev.loupe.ui.DocumentPages;
import dev.loupe.ui.KeyBindings;
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import dev.loupe.ui.WorkstationView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The FX thread's cost of opening an item, on the real workstation: an embedded server with synthetic documents of
 * every kind, the real desk (prefetch, rendering and, with models, pre-annotation ahead of the reviewer) and the
 * real {@link WorkstationView} at 1280x800. A synthetic reviewer approves each item once the ready buffer is full,
 * so the next item always opens from the buffer. Every task the view model posts to the FX thread is timed; the one
 * that shows an item is the open, and the {@link FrameTimer} times the frame that follows it.
 */
final class ReviewScreenBench {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    private static final String QUEUE = "bench";
    private static final long SEED = 20_261_122L;
    private static final int READY_AHEAD = 3;

    /** The figures, in nanoseconds until summarised. */
    record Result(Latency show, Latency layout, Latency render, Latency open, Latency openCpu, Latency uiTasks,
            int withProposals) {
    }

    private final Path dataDir;
    private final int items;
    private final int warmup;
    private final Optional<DocumentAnnotator> annotator;

    /** @param annotator pre-annotates items in the buffer, so they open with proposals; empty: without */
    ReviewScreenBench(Path dataDir, int items, int warmup, Optional<DocumentAnnotator> annotator) {
        this.dataDir = dataDir;
        this.items = items;
        this.warmup = warmup;
        this.annotator = annotator;
    }

    Result run() throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        try (OrchestrationServer server = EmbeddedServer.start(ServerConfig.defaults(dataDir.resolve("server")))) {
            seed(server);
            MediaCache media = new MediaCache(dataDir.resolve("cache"));
            var client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(), media);
            ExecutorService remote = Executors.newFixedThreadPool(2, ReviewScreenBench::daemon);
            ExecutorService local = Executors.newSingleThreadExecutor(ReviewScreenBench::daemon);
            DocumentPages pages = new DocumentPages(new DocumentRenderer());
            ItemPreparation render = pages.preloader();
            ItemPreparation annotate = new AnnotatingPreparation(() -> annotator, () -> "");
            ItemPreparation prepare = annotator.isEmpty() ? render : item -> annotate.prepare(render.prepare(item));
            SyncedDesk desk = new SyncedDesk(client, media, Outbox.open(dataDir.resolve("outbox.db"), clock), prepare,
                    READY_AHEAD, SyncedDesk.Executors.threads(), clock, new SplittableRandom(SEED)::nextDouble);
            Reviewer reviewer = new Reviewer(desk);
            try {
                ReviewViewModel model = new ReviewViewModel(client, desk, pages,
                        new ReviewViewModel.Workers(remote, local, reviewer::post), clock);
                BenchToolkit.onFx(() -> reviewer.start(model, clock));
                return reviewer.finished.get(Math.max(2, items + warmup) * 60L, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                throw new UserError("The benchmark's reviewer opened only " + reviewer.opened + " of "
                        + (items + warmup) + " items in time; run it again with --keep and read the log.", e);
            } finally {
                BenchToolkit.onFx(reviewer::close);
                desk.close();
                remote.shutdownNow();
                local.shutdownNow();
            }
        }
    }

    private void seed(OrchestrationServer server) throws IOException {
        var intake = server.intake();
        intake.ensureQueue(QUEUE, Duration.ofHours(4));
        List<GeneratedDocument> documents = new SyntheticDocuments()
                .generate(dataDir.resolve("documents"), items + warmup, SEED);
        for (GeneratedDocument document : documents) {
            Asset asset = intake.storeMedia(document.file(), document.mediaType());
            intake.addItem(QUEUE, ItemKind.DOCUMENT, 3, null, List.of(asset), Map.of("source", "bench"));
        }
    }

    /** Opens, times and approves the items; everything it does with the view runs on the FX thread. */
    private final class Reviewer {
        final CompletableFuture<Result> finished = new CompletableFuture<>();
        final Latency show = new Latency(items);
        final Latency layout = new Latency(items);
        final Latency render = new Latency(items);
        final Latency open = new Latency(items);
        final Latency openCpu = new Latency(items);
        final Latency uiTasks = new Latency(100_000);
        volatile int opened;
        private final SyncedDesk desk;
        private final AtomicBoolean waitingForBuffer = new AtomicBoolean();
        private volatile Runnable pending;
        private ReviewViewModel model;
        private Stage stage;
        private FrameTimer frames;
        private int withProposals;

        Reviewer(SyncedDesk desk) {
            this.desk = desk;
        }

        Void start(ReviewViewModel model, Clock clock) {
            this.model = model;
            WorkstationView view = new WorkstationView(model, clock, "bench", KeyBindings.defaults());
            stage = new Stage();
            stage.setScene(view.createScene(WIDTH, HEIGHT));
            stage.show();
            frames = new FrameTimer(stage.getScene());
            model.phaseProperty().addListener((obs, was, now) -> {
                if (was == Phase.CONNECTING && now == Phase.CHOOSING) {
                    whenBufferFull(model::openNext);
                }
            });
            desk.listen(status -> bufferChanged());
            model.connect();
            return null;
        }

        /** The view model's UI executor: each task on the FX thread, timed, and the one that opens an item too. */
        void post(Runnable task) {
            Platform.runLater(() -> {
                Lease before = model.currentProperty().get();
                long start = System.nanoTime();
                long cpuStart = FrameTimer.cpuNow();
                task.run();
                long ran = System.nanoTime() - start;
                long ranCpu = FrameTimer.cpuNow() - cpuStart;
                uiTasks.record(ran);
                Lease now = model.currentProperty().get();
                if (now != null && now != before) {
                    opened(ran, ranCpu);
                }
            });
        }

        private void opened(long showNanos, long showCpuNanos) {
            frames.timeNextFrame(frame -> measured(showNanos, showCpuNanos, frame));
        }

        private void measured(long showNanos, long showCpuNanos, FrameTimer.Frame frame) {
            if (opened++ >= warmup) {
                show.record(showNanos);
                layout.record(frame.layoutNanos());
                render.record(frame.renderNanos());
                open.record(showNanos + frame.layoutNanos());
                openCpu.record(showCpuNanos + frame.layoutCpuNanos());
                withProposals += model.proposals().isEmpty() ? 0 : 1;
            }
            if (opened == items + warmup) {
                finished.complete(new Result(show, layout, render, open, openCpu, uiTasks, withProposals));
            } else {
                whenBufferFull(model::approve);
            }
        }

        /** Runs {@code step} on the FX thread once every item still to come that can be ready is. */
        private void whenBufferFull(Runnable step) {
            pending = step;
            waitingForBuffer.set(true);
            bufferChanged();
        }

        private void bufferChanged() {
            int toCome = items + warmup - opened;
            if (desk.status().ready() >= Math.min(READY_AHEAD, toCome) && waitingForBuffer.compareAndSet(true, false)) {
                Platform.runLater(pending);
            }
        }

        Void close() {
            if (stage != null) {
                stage.close();
            }
            return null;
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "bench-review-screen");
        thread.setDaemon(true);
        return thread;
    }
}

package dev.loupe.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.RecordedDecision;
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
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The workstation as a reviewer feels it over a slow network: a real server behind a {@link DelayProxy} that holds
 * every request back, the real desk (prefetch, outbox, heartbeats) and view model, and a synthetic reviewer who
 * approves each item a fixed time after it shows. The network is cut for a while in the middle. Measured: the time
 * from a decision to the next item on screen, and afterwards, on the server, whether any decision was lost or
 * applied twice.
 */
final class NextItemBench {
    private static final String QUEUE = "bench";
    private static final long SEED = 4_040L;

    /** The figures, as the JSON the command prints. */
    record Result(
            int decisions,
            @JsonProperty("next_item_ms") Latency.Summary nextItemMs,
            int lost,
            int duplicated,
            @JsonProperty("longest_wait_ms") double longestWaitMs,
            @JsonProperty("waited_with_empty_buffer_ms") double waitedWithEmptyBufferMs,
            @JsonProperty("ready_ahead") int readyAhead,
            @JsonProperty("think_ms") long thinkMs,
            @JsonProperty("delay_ms") long delayMs,
            @JsonProperty("cut_s") long cutSeconds) {
    }

    /** How the run is set up. */
    record Settings(int items, int readyAhead, Duration think, Duration delay, Duration cut) {
    }

    private final Path dataDir;
    private final Settings settings;

    NextItemBench(Path dataDir, Settings settings) {
        this.dataDir = dataDir;
        this.settings = settings;
    }

    Result run() throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir.resolve("server")))) {
            seed(server);
            try (DelayProxy proxy = DelayProxy.start(server.baseUri(), settings.delay())) {
                MediaCache media = new MediaCache(dataDir.resolve("cache"));
                var client = new HttpOrchestrationClient(proxy.address(), server.adminToken(), media);
                Reviewer reviewer = review(client, media, proxy, clock);
                var direct = new HttpOrchestrationClient(server.baseUri(), server.adminToken(),
                        new MediaCache(dataDir.resolve("direct-cache")));
                int lost = 0;
                int duplicated = 0;
                for (String itemId : reviewer.decided) {
                    List<RecordedDecision> recorded = direct.decisions(itemId);
                    lost += recorded.isEmpty() ? 1 : 0;
                    duplicated += Math.max(0, recorded.size() - 1);
                }
                return new Result(reviewer.decided.size(), reviewer.nextItem.summary(), lost, duplicated,
                        millis(reviewer.longestWhileBuffered), millis(reviewer.waitedEmpty), settings.readyAhead(),
                        settings.think().toMillis(), settings.delay().toMillis(), settings.cut().toSeconds());
            }
        }
    }

    private void seed(OrchestrationServer server) throws IOException {
        var intake = server.intake();
        intake.ensureQueue(QUEUE, Duration.ofHours(4));
        List<GeneratedDocument> documents = new SyntheticDocuments()
                .generate(dataDir.resolve("documents"), settings.items(), SEED);
        for (GeneratedDocument document : documents) {
            Asset asset = intake.storeMedia(document.file(), document.mediaType());
            intake.addItem(QUEUE, ItemKind.DOCUMENT, 3, null, List.of(asset), Map.of("source", "bench"));
        }
    }

    private Reviewer review(HttpOrchestrationClient client, MediaCache media, DelayProxy proxy, Clock clock)
            throws InterruptedException {
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bench-ui"));
        ExecutorService remote = Executors.newFixedThreadPool(2, r -> daemon(r, "bench-remote"));
        ExecutorService local = Executors.newSingleThreadExecutor(r -> daemon(r, "bench-local"));
        DocumentPages pages = new DocumentPages(new DocumentRenderer());
        SyncedDesk desk = new SyncedDesk(client, media, Outbox.open(dataDir.resolve("outbox.db"), clock), pages.preloader(),
                settings.readyAhead(), SyncedDesk.Executors.threads(), clock, new SplittableRandom(SEED)::nextDouble);
        try {
            ReviewViewModel model = new ReviewViewModel(client, desk, pages, new ReviewViewModel.Workers(remote, local, ui),
                    clock);
            Reviewer reviewer = new Reviewer(model, desk, proxy, ui);
            ui.execute(() -> {
                reviewer.watch();
                model.connect();
            });
            Duration patience = settings.think().plusSeconds(30).multipliedBy(settings.items()).plus(settings.cut());
            if (!reviewer.done.await(patience.toSeconds(), TimeUnit.SECONDS)) {
                throw new UserError("The benchmark's reviewer got no further than " + reviewer.decided.size() + " of "
                        + settings.items() + " items in " + patience.toSeconds() + " s. Run it again with --keep and "
                        + "read the log.");
            }
            reviewer.awaitSent();
            return reviewer;
        } finally {
            desk.close();
            ui.shutdownNow();
            remote.shutdownNow();
            local.shutdownNow();
        }
    }

    /** The synthetic reviewer; everything it does runs on the UI executor, as a person's key presses would. */
    private final class Reviewer {
        final List<String> decided = new ArrayList<>();
        final Latency nextItem = new Latency(settings.items());
        final CountDownLatch done = new CountDownLatch(1);
        final CountDownLatch sent = new CountDownLatch(1);
        long longestWhileBuffered;
        long waitedEmpty;

        private final ReviewViewModel model;
        private final SyncedDesk desk;
        private final DelayProxy proxy;
        private final ScheduledExecutorService ui;
        private long decidedAt;
        private boolean bufferHadNext;
        private boolean cut;

        Reviewer(ReviewViewModel model, SyncedDesk desk, DelayProxy proxy, ScheduledExecutorService ui) {
            this.model = model;
            this.desk = desk;
            this.proxy = proxy;
            this.ui = ui;
        }

        void watch() {
            model.phaseProperty().addListener((obs, was, now) -> {
                if (now == Phase.CHOOSING && was == Phase.CONNECTING) {
                    model.openNext();
                }
            });
            model.currentProperty().addListener((obs, was, lease) -> {
                if (lease != null) {
                    shown(lease);
                }
            });
            // Done once every decision is kept on disk (the tally counts those), sent once none waits any more.
            model.decidedThisSessionProperty().addListener((obs, was, now) -> {
                if (now.intValue() >= settings.items()) {
                    done.countDown();
                    allSent();
                }
            });
            model.unsentProperty().addListener((obs, was, now) -> allSent());
        }

        private void shown(Lease lease) {
            if (decidedAt != 0) {
                long waited = System.nanoTime() - decidedAt;
                nextItem.record(waited);
                if (bufferHadNext) {
                    longestWhileBuffered = Math.max(longestWhileBuffered, waited);
                } else {
                    waitedEmpty += waited;
                }
            }
            ui.schedule(() -> decide(lease), settings.think().toMillis(), TimeUnit.MILLISECONDS);
        }

        private void decide(Lease lease) {
            if (!cut && decided.size() == settings.items() / 3) {
                cut = true;
                proxy.cut();
                ui.schedule(proxy::restore, settings.cut().toMillis(), TimeUnit.MILLISECONDS);
            }
            bufferHadNext = desk.status().ready() > 0;
            decided.add(lease.item().id());
            decidedAt = System.nanoTime();
            model.approve();
        }

        private void allSent() {
            if (model.decidedThisSessionProperty().get() >= settings.items() && model.unsentProperty().get() == 0) {
                sent.countDown();
            }
        }

        void awaitSent() throws InterruptedException {
            if (!sent.await(2, TimeUnit.MINUTES)) {
                throw new UserError(model.unsentProperty().get() + " decisions were still waiting to reach the server "
                        + "two minutes after the reviewer finished. Run it again with --keep and read the log.");
            }
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}

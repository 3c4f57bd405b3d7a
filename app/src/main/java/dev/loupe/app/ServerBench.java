package dev.loupe.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Role;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * M reviewers, each with their own token and HTTP client, loop lease → decide against a real server on loopback
 * until the queue is empty. Every item id leased is remembered, so a double lease cannot go unnoticed.
 */
final class ServerBench {
    private static final String QUEUE = "bench";
    private static final String WARMUP_QUEUE = "warmup";

    /** The figures, as the JSON the command prints. */
    record Result(
            int clients,
            int items,
            @JsonProperty("warmup_cycles") int warmupCycles,
            long cycles,
            double seconds,
            @JsonProperty("cycles_per_s") double cyclesPerSecond,
            @JsonProperty("lease_ms") Latency.Summary leaseMs,
            @JsonProperty("decide_ms") Latency.Summary decideMs,
            @JsonProperty("double_leases") int doubleLeases,
            int undecided) {
    }

    private final Path dataDir;
    private final int clients;
    private final int items;
    private final int warmup;

    /**
     * @param warmup cycles run first on a queue of their own and left out of the figures, so that they describe the
     *               server once the JIT compiler has done its work, as a server that runs all day is
     */
    ServerBench(Path dataDir, int clients, int items, int warmup) {
        this.dataDir = dataDir;
        this.clients = clients;
        this.items = items;
        this.warmup = warmup;
    }

    Result run() throws IOException, InterruptedException {
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir.resolve("server")))) {
            seed(server, QUEUE, items);
            seed(server, WARMUP_QUEUE, warmup);
            List<BenchClient> reviewers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                for (int i = 0; i < clients; i++) {
                    String token = server.users().issueToken("bench-" + i, Role.REVIEWER);
                    reviewers.add(new BenchClient(server.baseUri(), token));
                }
                Run warm = new Run(WARMUP_QUEUE, warmup + clients, warmup);
                warm.drive(pool, reviewers);
                Run measured = new Run(QUEUE, items + clients, items);
                double seconds = measured.drive(pool, reviewers);
                var admin = new HttpOrchestrationClient(server.baseUri(), server.adminToken(),
                        new MediaCache(dataDir.resolve("cache")));
                int undecided = admin.queues().stream()
                        .filter(q -> q.name().equals(QUEUE)).mapToInt(q -> q.queued() + q.leased()).sum();
                return new Result(clients, items, warmup, measured.cycles, round(seconds),
                        round(measured.cycles / seconds), measured.leases.summary(), measured.decisions.summary(),
                        warm.doubles.get() + measured.doubles.get(), undecided);
            } finally {
                pool.shutdownNow();
                for (BenchClient reviewer : reviewers) {
                    reviewer.close();
                }
            }
        }
    }

    private void seed(OrchestrationServer server, String queue, int count) throws IOException {
        var intake = server.intake();
        intake.ensureQueue(queue, Duration.ofHours(4));
        Path blob = Files.writeString(dataDir.resolve("page.txt"), "a page to review");
        Asset asset = intake.storeMedia(blob, "application/pdf");
        for (int i = 0; i < count; i++) {
            intake.addItem(queue, ItemKind.DOCUMENT, i % 5, null, List.of(asset), Map.of());
        }
    }

    /** Every client loops lease → decide on one queue until it is empty; latencies and leased ids are kept. */
    private static final class Run {
        final String queue;
        final Latency leases;
        final Latency decisions;
        final Set<String> leased = ConcurrentHashMap.newKeySet();
        final AtomicInteger doubles = new AtomicInteger();
        long cycles;

        Run(String queue, int leaseCapacity, int decisionCapacity) {
            this.queue = queue;
            this.leases = new Latency(leaseCapacity);
            this.decisions = new Latency(decisionCapacity);
        }

        /** Runs every client to the end of the queue and returns how many seconds that took. */
        double drive(ExecutorService pool, List<BenchClient> reviewers) throws InterruptedException {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> loops = new ArrayList<>();
            for (BenchClient reviewer : reviewers) {
                loops.add(pool.submit(() -> {
                    start.await();
                    return loop(reviewer);
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<Long> loop : loops) {
                cycles += join(loop);
            }
            return (System.nanoTime() - began) / 1e9;
        }

        private long loop(BenchClient reviewer) throws IOException {
            long done = 0;
            while (true) {
                long t0 = System.nanoTime();
                Optional<BenchClient.Leased> lease = reviewer.lease(queue);
                leases.record(System.nanoTime() - t0);
                if (lease.isEmpty()) {
                    return done;
                }
                if (!leased.add(lease.get().itemId())) {
                    doubles.incrementAndGet();
                }
                long t1 = System.nanoTime();
                reviewer.approve(lease.get());
                decisions.record(System.nanoTime() - t1);
                done++;
            }
        }
    }

    private static long join(Future<Long> loop) throws InterruptedException {
        try {
            return loop.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A benchmark client failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

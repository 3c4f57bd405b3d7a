package dev.loupe.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
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
import java.util.UUID;
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

    /** The figures, as the JSON the command prints. */
    record Result(
            int clients,
            int items,
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

    ServerBench(Path dataDir, int clients, int items) {
        this.dataDir = dataDir;
        this.clients = clients;
        this.items = items;
    }

    Result run() throws IOException, InterruptedException {
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir.resolve("server")))) {
            seed(server);
            List<HttpOrchestrationClient> reviewers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String token = server.users().issueToken("bench-" + i, Role.REVIEWER);
                reviewers.add(new HttpOrchestrationClient(server.baseUri(), token,
                        new MediaCache(dataDir.resolve("cache-" + i))));
            }
            Latency leases = new Latency(items + clients);
            Latency decisions = new Latency(items);
            Set<String> leased = ConcurrentHashMap.newKeySet();
            AtomicInteger doubles = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Long>> loops = new ArrayList<>();
                for (HttpOrchestrationClient reviewer : reviewers) {
                    loops.add(pool.submit(() -> {
                        start.await();
                        return loop(reviewer, leases, decisions, leased, doubles);
                    }));
                }
                long began = System.nanoTime();
                start.countDown();
                long cycles = 0;
                for (Future<Long> loop : loops) {
                    cycles += join(loop);
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                int undecided = reviewers.get(0).queues().stream()
                        .filter(q -> q.name().equals(QUEUE)).mapToInt(q -> q.queued() + q.leased()).sum();
                return new Result(clients, items, cycles, round(seconds), round(cycles / seconds),
                        leases.summary(), decisions.summary(), doubles.get(), undecided);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private void seed(OrchestrationServer server) throws IOException {
        var intake = server.intake();
        intake.ensureQueue(QUEUE, Duration.ofHours(4));
        Path blob = Files.writeString(dataDir.resolve("page.txt"), "a page to review");
        Asset asset = intake.storeMedia(blob, "application/pdf");
        for (int i = 0; i < items; i++) {
            intake.addItem(QUEUE, ItemKind.DOCUMENT, i % 5, null, List.of(asset), Map.of());
        }
    }

    private static long loop(HttpOrchestrationClient reviewer, Latency leases, Latency decisions, Set<String> leased,
            AtomicInteger doubles) {
        long cycles = 0;
        while (true) {
            long t0 = System.nanoTime();
            Optional<Lease> lease = reviewer.lease(QUEUE);
            leases.record(System.nanoTime() - t0);
            if (lease.isEmpty()) {
                return cycles;
            }
            if (!leased.add(lease.get().item().id())) {
                doubles.incrementAndGet();
            }
            long t1 = System.nanoTime();
            reviewer.decide(lease.get().item().id(), Decision.approve(lease.get(), 1), UUID.randomUUID().toString());
            decisions.record(System.nanoTime() - t1);
            cycles++;
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

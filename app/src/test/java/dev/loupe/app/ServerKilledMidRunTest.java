package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server runs as its own process while eight clients lease and decide; it is killed with SIGKILL once 300
 * decisions are acknowledged. After a restart on the same folder every acknowledged decision is there, and no item
 * is missing.
 */
class ServerKilledMidRunTest {
    private static final int ITEMS = 2_000;
    private static final int CLIENTS = 8;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path folder;

    @Test
    void noAcknowledgedDecisionAndNoItemIsLost() throws Exception {
        Path dataDir = folder.resolve("server");
        String token = seed(dataDir);
        Process server = startServerProcess(dataDir);
        Map<String, RecordedDecision> acknowledged = new ConcurrentHashMap<>();
        try {
            URI address = awaitAddress(server);
            CountDownLatch enough = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                var client = new HttpOrchestrationClient(address, token, new MediaCache(folder.resolve("cache-" + i)));
                clients.submit(() -> decideUntilTheServerIsGone(client, acknowledged, enough));
            }
            assertThat(enough.await(2, TimeUnit.MINUTES)).as("%d decisions acknowledged", KILL_AFTER_ACKNOWLEDGED).isTrue();
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            server.destroyForcibly();
        }

        try (OrchestrationServer restarted = OrchestrationServer.start(ServerConfig.defaults(dataDir))) {
            var client = new HttpOrchestrationClient(restarted.baseUri(), token, new MediaCache(folder.resolve("after")));
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
            for (RecordedDecision decision : acknowledged.values()) {
                assertThat(client.decisions(decision.itemId())).as("decisions of %s", decision.itemId())
                        .containsExactly(decision);
                assertThat(client.item(decision.itemId()).state()).isEqualTo(ItemState.DECIDED);
            }
            var queue = client.queues().get(0);
            assertThat(queue.queued() + queue.leased() + queue.decided() + queue.escalated()).isEqualTo(ITEMS);
        }
    }

    /** Seeds the queue in-process and returns the admin token. */
    private String seed(Path dataDir) throws IOException {
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir))) {
            server.intake().ensureQueue("claims", Duration.ofHours(4));
            Path page = Files.writeString(folder.resolve("page.pdf"), "a page");
            Asset asset = server.intake().storeMedia(page, "application/pdf");
            for (int i = 0; i < ITEMS; i++) {
                server.intake().addItem("claims", ItemKind.DOCUMENT, 1, null, List.of(asset), Map.of());
            }
            return server.adminToken();
        }
    }

    private static Process startServerProcess(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "server", "--port", "0", "--data", dataDir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static URI awaitAddress(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(listening.group(1));
            }
        }
        throw new AssertionError("The server process ended without saying where it listens.");
    }

    private static void decideUntilTheServerIsGone(HttpOrchestrationClient client,
            Map<String, RecordedDecision> acknowledged, CountDownLatch enough) {
        try {
            while (true) {
                Optional<Lease> lease = client.lease("claims");
                if (lease.isEmpty()) {
                    return;
                }
                String itemId = lease.get().item().id();
                RecordedDecision recorded = client.decide(itemId, Decision.approve(lease.get(), 5), UUID.randomUUID().toString());
                acknowledged.put(itemId, recorded);
                enough.countDown();
            }
        } catch (OrchestrationException expected) {
            // The server was killed: what was acknowledged before is what the test checks.
        }
    }
}

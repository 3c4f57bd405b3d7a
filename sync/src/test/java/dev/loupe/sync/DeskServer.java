package dev.loupe.sync;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real orchestration server on a free port for the desk's tests, that can be stopped and started again. */
final class DeskServer implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private OrchestrationServer server;
    private int port;
    private int made;

    DeskServer(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        start();
    }

    void start() {
        try {
            server = OrchestrationServer.start(ServerConfig.defaults(dataDir).withClock(clock).withPort(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.baseUri().getPort();
    }

    void stop() {
        server.close();
    }

    OrchestrationServer server() {
        return server;
    }

    /** A client whose circuit breaker keeps the test's time, so a cool-down passes when the test says so. */
    HttpOrchestrationClient client(Path cache) {
        return client(new MediaCache(cache));
    }

    HttpOrchestrationClient client(MediaCache cache) {
        return new HttpOrchestrationClient(server.baseUri(), server.adminToken(), cache,
                ApiCalls.Timeouts.of(Duration.ofSeconds(30)), clock);
    }

    /** Adds documents to a queue, each with its own bytes. */
    void add(String queue, int count) {
        try {
            server.intake().ensureQueue(queue, Duration.ofHours(4));
            Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
            for (int i = 0; i < count; i++) {
                made++;
                Path file = Files.writeString(inbox.resolve(queue + "-" + made + ".pdf"),
                        "%PDF-1.7 document " + made + " of " + queue, StandardCharsets.UTF_8);
                Asset asset = server.intake().storeMedia(file, "application/pdf");
                server.intake().addItem(queue, ItemKind.DOCUMENT, 3, null, List.of(asset), Map.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites a stored media file with other bytes of the same length, as a failing disk might. */
    void damage(Asset asset) throws IOException {
        Path blob = dataDir.resolve("media").resolve(asset.sha256().substring(0, 2)).resolve(asset.sha256());
        Files.write(blob, new byte[(int) Files.size(blob)]);
    }

    @Override
    public void close() {
        server.close();
    }
}

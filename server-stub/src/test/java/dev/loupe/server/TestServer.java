package dev.loupe.server;

import dev.loupe.testing.MutableClock;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.WorkItem;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** A real server on a free port over a temporary data folder, with a hand-moved clock and a small HTTP client. */
final class TestServer implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Duration TTL = Duration.ofMinutes(5);
    static final String QUEUE = "claims";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final Path dataDir;
    final MutableClock clock;
    final OrchestrationServer server;

    private TestServer(Path dataDir, MutableClock clock, OrchestrationServer server) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.server = server;
    }

    static TestServer start(Path dataDir) throws IOException {
        return start(dataDir, new MutableClock(T0));
    }

    static TestServer start(Path dataDir, MutableClock clock) throws IOException {
        return start(dataDir, clock, UnaryOperator.identity());
    }

    /** A server with the tests' clock and lease time, and what {@code adjust} changes, e.g. the upload limit. */
    static TestServer start(Path dataDir, MutableClock clock, UnaryOperator<ServerConfig> adjust) throws IOException {
        ServerConfig config = ServerConfig.defaults(dataDir).withClock(clock).withLeaseTtl(TTL);
        return new TestServer(dataDir, clock, OrchestrationServer.start(adjust.apply(config)));
    }

    String admin() {
        return server.adminToken();
    }

    /** A queue with {@code count} one-page document items, each priority 0 and due in an hour. */
    List<WorkItem> seed(int count) throws IOException {
        server.intake().ensureQueue(QUEUE, Duration.ofHours(1));
        Asset page = storeBytes("page.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return IntStream.range(0, count)
                .mapToObj(i -> server.intake().addItem(QUEUE, ItemKind.DOCUMENT, 0, null, List.of(page),
                        Map.of("claim", "C-" + i)))
                .toList();
    }

    Asset storeBytes(String fileName, String mediaType, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-import"));
        Path file = Files.write(folder.resolve(fileName), bytes);
        return server.intake().storeMedia(file, mediaType);
    }

    HttpResponse<String> get(String path) {
        return get(path, admin());
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, String body, String... headers) {
        HttpRequest.Builder builder = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    HttpResponse<String> lease(String token) {
        return post("/api/v1/queues/" + QUEUE + "/leases", token, "");
    }

    Lease leased(String token) {
        HttpResponse<String> response = lease(token);
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected a lease, got " + response.statusCode() + ": " + response.body());
        }
        return read(response, Lease.class);
    }

    HttpResponse<String> decide(String itemId, String token, String key, Decision decision) {
        return post("/api/v1/items/" + itemId + "/decisions", token, json(decision), "Idempotency-Key", key);
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    static HttpClient http() {
        return HTTP;
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(HttpResponse<String> response, Class<T> type) {
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new AssertionError("Not a " + type.getSimpleName() + ": " + response.body(), e);
        }
    }

    static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new AssertionError("Unexpected body: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Asset;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's proxy in front of a real server: each request waits out the delay, and the network can be cut. */
class DelayProxyTest {
    private static final Duration DELAY = Duration.ofMillis(50);
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private OrchestrationServer server;
    private DelayProxy proxy;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        proxy = DelayProxy.start(server.baseUri(), DELAY);
    }

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(proxy.address() + path)).timeout(Duration.ofSeconds(10));
    }

    @Test
    void aRequestThroughTheProxyTakesAtLeastTheDelay() throws Exception {
        long began = System.nanoTime();
        HttpResponse<String> health = http.send(get("/api/v1/health").build(), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - began;

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(DELAY);
        assertThat(proxy.requestsForwarded()).isOne();
        assertThat(proxy.address().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void eachRequestOnAKeepAliveConnectionIsDelayed() throws IOException {
        try (Socket connection = new Socket(proxy.address().getHost(), proxy.address().getPort())) {
            for (int i = 1; i <= 3; i++) {
                long began = System.nanoTime();
                assertThat(exchange(connection, "/api/v1/health")).startsWith("HTTP/1.1 200");
                assertThat(Duration.ofNanos(System.nanoTime() - began)).as("request %d", i)
                        .isGreaterThanOrEqualTo(DELAY);
                assertThat(proxy.requestsForwarded()).isEqualTo(i);
            }
        }
    }

    @Test
    void aLargeDownloadStreamsThroughIntact() throws Exception {
        Asset video = storeRandomMedia(24 * 1024 * 1024);
        HttpResponse<InputStream> download = http.send(media(video), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            assertThat(sha256(body)).isEqualTo(video.sha256());
        }
        assertThat(proxy.requestsForwarded()).isOne();
    }

    @Test
    void aCutBreaksOpenConnectionsAndRefusesNewOnesQuicklyUntilRestored() throws Exception {
        Asset video = storeRandomMedia(24 * 1024 * 1024);
        HttpResponse<InputStream> download = http.send(media(video), HttpResponse.BodyHandlers.ofInputStream());
        try (Socket idle = new Socket(proxy.address().getHost(), proxy.address().getPort());
             InputStream body = download.body()) {
            assertThat(exchange(idle, "/api/v1/health")).startsWith("HTTP/1.1 200");
            assertThat(body.readNBytes(1024 * 1024)).hasSize(1024 * 1024);

            proxy.cut();

            assertThatThrownBy(() -> sha256(body)).as("the download under way").isInstanceOf(IOException.class);
            assertThatThrownBy(() -> exchange(idle, "/api/v1/health")).as("the idle keep-alive connection")
                    .isInstanceOf(IOException.class);
            long began = System.nanoTime();
            assertThatThrownBy(() -> http.send(get("/api/v1/health").build(), HttpResponse.BodyHandlers.ofString()))
                    .as("a new connection").isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
        }

        proxy.restore();

        HttpResponse<String> health = http.send(get("/api/v1/health").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private Asset storeRandomMedia(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return server.intake().storeMedia(Files.write(files.resolve("video.mp4"), bytes), "video/mp4");
    }

    private HttpRequest media(Asset asset) {
        return get("/api/v1/media/" + asset.sha256()).header("Authorization", "Bearer " + server.adminToken()).build();
    }

    /** One request on an open connection, and its answer's status line and body. */
    private static String exchange(Socket connection, String path) throws IOException {
        OutputStream out = connection.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: loupe\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("The connection ended before the answer's headers did.");
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        Matcher length = CONTENT_LENGTH.matcher(headers);
        assertThat(length.find()).as(headers).isTrue();
        byte[] body = in.readNBytes(Integer.parseInt(length.group(1).strip()));
        return headers.lines().findFirst().orElseThrow() + "\n" + new String(body, StandardCharsets.UTF_8);
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

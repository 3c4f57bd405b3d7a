package dev.loupe.sync;

import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Asset;
import dev.loupe.core.Sha256;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a scripted server that fails in the ways real ones do, with short timeouts and a fake clock. */
class ServerFaultsTest {
    private static final ApiCalls.Timeouts SHORT = new ApiCalls.Timeouts(
            Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofMillis(200));
    private static final byte[] MEDIA = new byte[256 * 1024];
    private static final Asset ASSET;

    static {
        new Random(7).nextBytes(MEDIA);
        ASSET = new Asset(Sha256.of(MEDIA), "video/mp4", "call-0042.mp4", MEDIA.length);
    }

    @TempDir
    Path cacheDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T09:00:00Z"));
    private MockWebServer server;
    private HttpOrchestrationClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new HttpOrchestrationClient(server.url("/").uri(), "token", new MediaCache(cacheDir), SHORT, clock);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse media(byte[] bytes) {
        return new MockResponse().setBody(new Buffer().write(bytes));
    }

    private void assertNothingCached() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void serverErrorsAreSentencesAndOpenTheBreakerAfterThree() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("Internal Server Error"));
            assertThatThrownBy(client::queues).isInstanceOfSatisfying(OrchestrationException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                assertThat(e.getMessage()).isEqualTo(
                        "The server answered 500 to GET /api/v1/queues without an explanation.");
            });
        }

        assertThat(client.connection().isOpen()).isTrue();
        assertThatThrownBy(client::queues).isInstanceOfSatisfying(OrchestrationException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).isEqualTo("The Loupe server at " + server.url("/")
                    + " is not answering; retrying in 1 s. Check that it is running; your work is kept.");
        });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void afterTheCoolDownATrialCallThatSucceedsClosesTheBreaker() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
            assertThatThrownBy(client::queues).isInstanceOf(OrchestrationException.class);
        }
        server.enqueue(new MockResponse().setBody("[]"));

        clock.advance(Duration.ofSeconds(1));

        assertThat(client.queues()).isEmpty();
        assertThat(client.connection().state()).isEqualTo(ServerConnection.State.CLOSED);
    }

    @Test
    void refusalsDoNotOpenTheBreaker() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(404));
            assertThatThrownBy(() -> client.item("it-nope")).isInstanceOfSatisfying(OrchestrationException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        }

        assertThat(client.connection().isOpen()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aSlowAnswerTimesOutAsUnreachable() {
        String fiftySecondsOfAnswer = "[" + " ".repeat(98) + "]";
        server.enqueue(new MockResponse().setBody(fiftySecondsOfAnswer).throttleBody(1, 500, TimeUnit.MILLISECONDS));

        long started = System.nanoTime();

        assertThatThrownBy(client::queues).isInstanceOfSatisfying(OrchestrationException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("Cannot reach the Loupe server at " + server.url("/"))
                    .endsWith("Check that it is running; your work is kept.");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aConnectionResetMidMediaIsInterruptedAndTheNextCallFetchesItAgain() throws IOException {
        server.enqueue(media(MEDIA).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        assertThatThrownBy(() -> client.media(ASSET)).isInstanceOfSatisfying(OrchestrationException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.code()).isEqualTo("media-interrupted");
            assertThat(e.getMessage()).startsWith("The download of call-0042.mp4 was cut off");
        });
        assertNothingCached();

        server.enqueue(media(MEDIA));
        assertThat(Files.readAllBytes(client.media(ASSET))).isEqualTo(MEDIA);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void truncatedMediaIsNotCached() throws IOException {
        byte[] half = Arrays.copyOf(MEDIA, MEDIA.length / 2);
        server.enqueue(media(half).setHeader("Content-Length", MEDIA.length)
                .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));

        assertThatThrownBy(() -> client.media(ASSET)).isInstanceOfSatisfying(OrchestrationException.class,
                e -> assertThat(e.code()).isEqualTo("media-interrupted"));
        assertNothingCached();
    }

    @Test
    void aStalledMediaBodyTimesOutInsteadOfHanging() throws IOException {
        server.enqueue(media(MEDIA).throttleBody(1024, 500, TimeUnit.MILLISECONDS));

        assertThatThrownBy(() -> client.media(ASSET)).isInstanceOfSatisfying(OrchestrationException.class,
                e -> assertThat(e.code()).isEqualTo("media-interrupted"));
        assertNothingCached();
    }

    @Test
    void mediaWithTheWrongSha256IsDamagedAndNotCached() throws IOException {
        byte[] damaged = MEDIA.clone();
        damaged[1000] ^= 1;
        server.enqueue(media(damaged));

        assertThatThrownBy(() -> client.media(ASSET)).isInstanceOfSatisfying(OrchestrationException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(e.code()).isEqualTo("media-damaged");
            assertThat(e.getMessage()).startsWith("The file call-0042.mp4 arrived damaged");
        });
        assertNothingCached();
    }

    @Test
    void cutOffDownloadsCountTowardsOpeningTheBreaker() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(media(MEDIA).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
            assertThatThrownBy(() -> client.media(ASSET)).isInstanceOf(OrchestrationException.class);
        }

        assertThat(client.connection().isOpen()).isTrue();
    }
}

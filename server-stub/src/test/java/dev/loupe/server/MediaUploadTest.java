package dev.loupe.server;

import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Asset;
import dev.loupe.core.Role;
import dev.loupe.core.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/media}: streamed into the store, checked, limited, and only for supervisors and admins. */
class MediaUploadTest {
    private static final long LIMIT = 64 * 1024;

    @TempDir
    Path temp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"), new MutableClock(TestServer.T0),
                config -> config.withMaxUploadBytes(LIMIT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private HttpRequest.Builder upload(String token, String mediaType, String... headers) {
        HttpRequest.Builder request = server.request("/api/v1/media", token);
        if (mediaType != null) {
            request.header("Content-Type", mediaType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> upload(byte[] body, String token, String mediaType, String... headers) {
        return TestServer.send(upload(token, mediaType, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sent chunked, without Content-Length, so only the count of arriving bytes can tell its size. */
    private HttpResponse<String> uploadChunked(byte[] body) {
        return TestServer.send(upload(server.admin(), "video/mp4").POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static ApiError refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo(code);
        assertThat(error.message()).endsWith(".");
        return error;
    }

    private void assertNothingStoredOrPending() throws IOException {
        try (Stream<Path> files = Files.walk(server.dataDir.resolve("media"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anUploadIsStoredUnderItsSha256AndDownloadsAsSent() throws Exception {
        byte[] scan = bytes(40_000);
        String sha256 = Sha256.of(scan);

        HttpResponse<String> created = upload(scan, server.admin(), "application/pdf",
                "X-File-Name", "claim%20n%C2%BA%201.pdf", "X-Sha256", sha256.toUpperCase());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestServer.read(created, Asset.class))
                .isEqualTo(new Asset(sha256, "application/pdf", "claim nº 1.pdf", scan.length));
        HttpResponse<byte[]> download = TestServer.http().send(
                server.request("/api/v1/media/" + sha256, server.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(Sha256.of(download.body())).isEqualTo(sha256);
    }

    @Test
    void theSameBytesUploadedAgainAre200AndStoredOnce() throws Exception {
        byte[] clip = bytes(1000);
        String supervisor = server.server.users().issueToken("sam", Role.SUPERVISOR);

        assertThat(upload(clip, server.admin(), "video/mp4", "X-File-Name", "a.mp4").statusCode()).isEqualTo(201);
        HttpResponse<String> again = upload(clip, supervisor, "video/mp4; codecs=avc1", "X-File-Name", "b.mp4");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(TestServer.read(again, Asset.class))
                .isEqualTo(new Asset(Sha256.of(clip), "video/mp4", "b.mp4", clip.length));
        try (Stream<Path> files = Files.walk(server.dataDir.resolve("media"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void withoutAFileNameTheUploadIsNamedBySha256() {
        byte[] page = bytes(10);
        Asset asset = TestServer.read(upload(page, server.admin(), "image/png"), Asset.class);
        assertThat(asset.fileName()).isEqualTo(Sha256.of(page));
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AndNothingIsStored() throws Exception {
        ApiError error = refused(upload(bytes((int) LIMIT + 1), server.admin(), "video/mp4"), 413, "body-too-large");
        assertThat(error.message()).contains("65537 bytes", "limit of 65536 bytes", "--max-upload-mb");
        assertNothingStoredOrPending();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413OnceItPassesAndItsStartIsDeleted() throws Exception {
        ApiError error = refused(uploadChunked(bytes((int) LIMIT * 3)), 413, "body-too-large");
        assertThat(error.message()).contains("went past", "limit of 65536 bytes");
        assertNothingStoredOrPending();
    }

    @Test
    void aChunkedBodyAtTheLimitIsStored() {
        byte[] exactly = bytes((int) LIMIT);
        HttpResponse<String> response = uploadChunked(exactly);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(TestServer.read(response, Asset.class).size()).isEqualTo(LIMIT);
    }

    @Test
    void contentNotMatchingItsSha256Is400AndNothingIsStored() throws Exception {
        byte[] sent = bytes(5000);
        String other = Sha256.of(bytes(6000));

        ApiError error = refused(upload(sent, server.admin(), "application/pdf", "X-Sha256", other), 400,
                "sha256-mismatch");

        assertThat(error.message()).contains(Sha256.of(sent), other, "not stored");
        assertNothingStoredOrPending();
    }

    @Test
    void badHeadersAre400BeforeAnythingIsStored() throws Exception {
        byte[] body = bytes(100);
        refused(upload(body, server.admin(), null), 400, "invalid-media-type");
        refused(upload(body, server.admin(), "pdf"), 400, "invalid-media-type");
        refused(upload(body, server.admin(), "image/png", "X-Sha256", "abc"), 400, "invalid-sha256");
        for (String name : new String[] {"..", "a%2Fb.pdf", "%ZZ.pdf", "%C3.pdf", "%0A.pdf", "%20"}) {
            refused(upload(body, server.admin(), "image/png", "X-File-Name", name), 400, "invalid-file-name");
        }
        assertNothingStoredOrPending();
    }

    @Test
    void onlySupervisorsAndAdminsMayUpload() throws Exception {
        String reviewer = server.server.users().issueToken("ana", Role.REVIEWER);
        String qa = server.server.users().issueToken("quinn", Role.QA);

        refused(upload(bytes(10), null, "image/png"), 401, "unauthorized");
        assertThat(refused(upload(bytes(10), reviewer, "image/png"), 403, "forbidden").message())
                .contains("supervisor or admin");
        refused(upload(bytes(10), qa, "image/png"), 403, "forbidden");
        assertNothingStoredOrPending();
    }
}

package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Asset;
import dev.loupe.core.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/media/{sha256}} with a {@code Range} header, as a video player seeks. */
class MediaRangeTest {
    private static final int SIZE = 100_000;

    @TempDir
    Path temp;
    TestServer server;
    byte[] video;
    Asset asset;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        video = new byte[SIZE];
        new Random(11).nextBytes(video);
        asset = server.storeBytes("clip.mp4", "video/mp4", video);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String range) throws Exception {
        var request = server.request("/api/v1/media/" + asset.sha256(), server.admin()).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return TestServer.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertPart(HttpResponse<byte[]> response, int first, int last) {
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes " + first + "-" + last + "/" + SIZE);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(last - first + 1);
        assertThat(response.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(video, first, last + 1));
    }

    @Test
    void aWholeDownloadSaysRangesAreAccepted() throws Exception {
        HttpResponse<byte[]> whole = get(null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.body()).isEqualTo(video);
    }

    @Test
    void aClosedRangeIs206WithThoseBytes() throws Exception {
        assertPart(get("bytes=1000-1999"), 1000, 1999);
        assertPart(get("bytes=0-0"), 0, 0);
    }

    @Test
    void anOpenEndedRangeRunsToTheEnd() throws Exception {
        assertPart(get("bytes=99000-"), 99_000, SIZE - 1);
    }

    @Test
    void aSuffixRangeIsTheLastBytes() throws Exception {
        assertPart(get("bytes=-500"), SIZE - 500, SIZE - 1);
        assertPart(get("bytes=-200000"), 0, SIZE - 1);
    }

    @Test
    void aRangeRunningPastTheEndIsCutAtTheEnd() throws Exception {
        assertPart(get("bytes=99990-200000"), 99_990, SIZE - 1);
    }

    @Test
    void aRangeOutsideTheFileIs416WithItsSize() throws Exception {
        for (String range : new String[] {"bytes=100000-", "bytes=200000-300000", "bytes=-0"}) {
            HttpResponse<byte[]> response = get(range);
            assertThat(response.statusCode()).as(range).isEqualTo(416);
            assertThat(response.headers().firstValue("Content-Range")).contains("bytes */" + SIZE);
            ApiError error = Json.mapper().readValue(response.body(), ApiError.class);
            assertThat(error.error()).isEqualTo("range-not-satisfiable");
            assertThat(error.message()).contains("100000 bytes");
        }
    }

    @Test
    void severalRangesOrOtherUnitsGetTheWholeFile() throws Exception {
        for (String range : new String[] {"bytes=0-10,20-30", "items=0-1", "bytes=20-10", "bytes=x-"}) {
            HttpResponse<byte[]> response = get(range);
            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).isEqualTo(video);
        }
    }
}

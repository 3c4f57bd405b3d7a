package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.ItemSubmission;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/queues/{queue}/items}: items created over the API from media uploaded before. */
class ItemIntakeTest {
    @TempDir
    Path temp;
    TestServer server;
    Asset scan;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        server.server.intake().ensureQueue("claims", Duration.ofHours(4));
        scan = server.storeBytes("scan.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> submit(String queue, String token, String body) {
        return server.post("/api/v1/queues/" + queue + "/items", token, body);
    }

    private HttpResponse<String> submit(String queue, String token, ItemSubmission submission) {
        return submit(queue, token, TestServer.json(submission));
    }

    private static ApiError refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo(code);
        assertThat(error.message()).endsWith(".");
        return error;
    }

    @Test
    void aSubmittedItemWaitsInItsQueue() {
        Instant due = TestServer.T0.plus(Duration.ofMinutes(30));
        ItemSubmission submission = new ItemSubmission(ItemKind.DOCUMENT, 7, due, List.of(scan),
                Map.of("source", "import"));

        HttpResponse<String> response = submit("claims", server.admin(), submission);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        WorkItem created = TestServer.read(response, WorkItem.class);
        assertThat(created.queue()).isEqualTo("claims");
        assertThat(created.state()).isEqualTo(ItemState.QUEUED);
        assertThat(created.priority()).isEqualTo(7);
        assertThat(created.slaDue()).isEqualTo(due);
        assertThat(created.createdAt()).isEqualTo(TestServer.T0);
        assertThat(created.assets()).containsExactly(scan);
        assertThat(created.metadata()).containsEntry("source", "import");
        assertThat(server.leased(server.admin()).item().id()).isEqualTo(created.id());
    }

    @Test
    void withoutADueTimeTheQueueSlaApplies() {
        String supervisor = server.server.users().issueToken("sam", Role.SUPERVISOR);
        String body = "{\"kind\": \"video\", \"priority\": 0, \"assets\": [" + TestServer.json(scan) + "]}";

        WorkItem created = TestServer.read(submit("claims", supervisor, body), WorkItem.class);

        assertThat(created.slaDue()).isEqualTo(TestServer.T0.plus(Duration.ofHours(4)));
        assertThat(created.kind()).isEqualTo(ItemKind.VIDEO);
        assertThat(created.metadata()).isEmpty();
    }

    @Test
    void anAssetThatWasNeverUploadedIs400() {
        Asset ghost = new Asset("e".repeat(64), "application/pdf", "ghost.pdf", 10);
        ItemSubmission submission = new ItemSubmission(ItemKind.DOCUMENT, 0, null, List.of(scan, ghost), Map.of());
        ApiError error = refused(submit("claims", server.admin(), submission), 400, "media-not-stored");
        assertThat(error.message()).contains("ghost.pdf", "POST /api/v1/media");
        assertThat(server.server.intake().itemCount()).isZero();
    }

    @Test
    void anAssetWithTheWrongSizeIs400() {
        Asset wrong = new Asset(scan.sha256(), scan.mediaType(), scan.fileName(), scan.size() + 1);
        refused(submit("claims", server.admin(), new ItemSubmission(ItemKind.DOCUMENT, 0, null, List.of(wrong),
                Map.of())), 400, "invalid-asset");
    }

    @Test
    void anItemWithoutAssetsOrKindIs400() {
        String noAssets = "{\"kind\": \"document\", \"priority\": 1, \"assets\": []}";
        assertThat(refused(submit("claims", server.admin(), noAssets), 400, "invalid-json").message())
                .contains("item submission", "at least one asset");
        assertThat(refused(submit("claims", server.admin(), "{\"priority\": 1, \"assets\": ["
                + TestServer.json(scan) + "]}"), 400,
                "invalid-json").message()).contains("'kind' is missing");
    }

    @Test
    void anUnknownQueueIs404() {
        ApiError error = refused(submit("nowhere", server.admin(),
                new ItemSubmission(ItemKind.DOCUMENT, 0, null, List.of(scan), Map.of())), 404, "no-such-queue");
        assertThat(error.message()).contains("'nowhere'");
    }

    @Test
    void onlySupervisorsAndAdminsMaySubmit() {
        String reviewer = server.server.users().issueToken("ana", Role.REVIEWER);
        ItemSubmission submission = new ItemSubmission(ItemKind.DOCUMENT, 0, null, List.of(scan), Map.of());

        refused(submit("claims", null, submission), 401, "unauthorized");
        refused(submit("claims", reviewer, submission), 403, "forbidden");
        assertThat(server.server.intake().itemCount()).isZero();
    }
}

package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import dev.loupe.core.Lease;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewers and QA see waiting items and their own work; supervisors and admins see everything. */
class VisibilityTest {
    private static final TypeReference<List<WorkItem>> ITEMS = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;
    String ana;
    String ben;
    String quinn;
    String sue;
    Lease anas;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        ben = server.server.users().issueToken("ben", Role.REVIEWER);
        quinn = server.server.users().issueToken("quinn", Role.QA);
        sue = server.server.users().issueToken("sue", Role.SUPERVISOR);
        server.seed(3);
        anas = server.leased(ana);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void refused(String path, String token) {
        HttpResponse<String> response = server.get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(403);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo("not-your-item");
        assertThat(error.message()).contains("someone else").contains("Lease your next item");
    }

    private void allowed(String path, String token) {
        assertThat(server.get(path, token).statusCode()).as(path).isEqualTo(200);
    }

    @Test
    void aReviewerCannotSeeAnItemLeasedToSomeoneElse() {
        String item = "/api/v1/items/" + anas.item().id();
        refused(item, ben);
        refused(item + "/decisions", ben);
        refused(item, quinn);
        allowed(item, ana);
        allowed(item + "/decisions", ana);
        allowed(item, sue);
        allowed(item, server.admin());
    }

    @Test
    void aReviewerCannotSeeAnItemDecidedBySomeoneElse() {
        server.decide(anas.item().id(), ana, "k-1", Decision.approve(anas, 1));
        String item = "/api/v1/items/" + anas.item().id();

        refused(item, ben);
        refused(item + "/decisions", ben);
        allowed(item, ana);
        allowed(item + "/decisions", sue);
    }

    @Test
    void waitingItemsAreSeenByEveryone() {
        WorkItem waiting = TestServer.read(server.get("/api/v1/queues/claims/items", ben), ITEMS).get(0);
        allowed("/api/v1/items/" + waiting.id(), ben);
        allowed("/api/v1/items/" + waiting.id() + "/decisions", quinn);

        server.clock.advance(TestServer.TTL); // ana's lease runs out and her item waits again
        allowed("/api/v1/items/" + anas.item().id(), ben);
    }

    @Test
    void aReviewersListShowsOnlyTheirOwnLeases() {
        Lease bens = server.leased(ben);

        assertThat(TestServer.read(server.get("/api/v1/queues/claims/items?state=leased", ben), ITEMS))
                .extracting(WorkItem::id).containsExactly(bens.item().id());
        assertThat(TestServer.read(server.get("/api/v1/queues/claims/items?state=leased", sue), ITEMS))
                .extracting(WorkItem::id).containsExactlyInAnyOrder(bens.item().id(), anas.item().id());
        assertThat(TestServer.read(server.get("/api/v1/queues/claims/items", ben), ITEMS)).hasSize(1);
    }

    @Test
    void anUnknownItemIsStill404() {
        HttpResponse<String> response = server.get("/api/v1/items/it-nope", ben);
        assertThat(response.statusCode()).isEqualTo(404);
    }
}

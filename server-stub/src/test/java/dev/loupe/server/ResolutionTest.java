package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.Resolution;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervisor approves, sends back or reassigns an escalated item, and nothing else. */
class ResolutionTest {
    private static final TypeReference<List<RecordedDecision>> DECISIONS = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;
    String ana;
    String ben;
    String sue;
    WorkItem escalated;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        ben = server.server.users().issueToken("ben", Role.REVIEWER);
        sue = server.server.users().issueToken("sue", Role.SUPERVISOR);
        server.seed(3);
        Lease lease = server.leased(ana);
        server.decide(lease.item().id(), ana, "k-1",
                Decision.escalate(lease, EscalationReason.MISSING_PAGES, "page 2 absent", 100));
        escalated = lease.item();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> resolve(String itemId, Resolution resolution) {
        return server.post("/api/v1/items/" + itemId + "/resolution", sue, TestServer.json(resolution));
    }

    private WorkItem resolved(Resolution resolution) {
        HttpResponse<String> response = resolve(escalated.id(), resolution);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.read(response, WorkItem.class);
    }

    private static ApiError error(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo(code);
        return error;
    }

    @Test
    void anApprovalDecidesTheItem() {
        WorkItem item = resolved(Resolution.approve("pages were in the second file"));

        assertThat(item.state()).isEqualTo(ItemState.DECIDED);
        assertThat(TestServer.read(server.get("/api/v1/items/" + escalated.id()), WorkItem.class).state())
                .isEqualTo(ItemState.DECIDED);
    }

    @Test
    void sentBackTheItemWaitsAgainWithItsHistory() {
        WorkItem item = resolved(Resolution.sendBack(null, "check page 2 against the claim"));

        assertThat(item.state()).isEqualTo(ItemState.QUEUED);
        assertThat(item.queue()).isEqualTo(TestServer.QUEUE);
        assertThat(TestServer.read(server.get("/api/v1/items/" + escalated.id() + "/decisions"), DECISIONS))
                .extracting(d -> d.decision().outcome()).containsExactly(Outcome.ESCALATED);
        List<String> leasedByBen = List.of(server.leased(ben).item().id(), server.leased(ben).item().id(),
                server.leased(ben).item().id());
        assertThat(leasedByBen).contains(escalated.id());
    }

    @Test
    void sentBackToAnotherQueueTheItemMovesThere() throws Exception {
        server.server.intake().ensureQueue("fraud", Duration.ofHours(8));

        WorkItem item = resolved(Resolution.sendBack("fraud", "for the fraud desk"));

        assertThat(item.queue()).isEqualTo("fraud");
        Lease lease = TestServer.read(server.post("/api/v1/queues/fraud/leases", ben, ""), Lease.class);
        assertThat(lease.item().id()).isEqualTo(escalated.id());
        assertThat(lease.fencingToken()).isEqualTo(2);
    }

    @Test
    void aReassignedItemIsLeasableOnlyByItsAssignee() {
        WorkItem item = resolved(Resolution.reassign("ben", "ben knows this customer"));
        assertThat(item.state()).isEqualTo(ItemState.QUEUED);

        // ana takes the other two items and is then told nothing waits, though the reassigned item does.
        assertThat(server.leased(ana).item().id()).isNotEqualTo(escalated.id());
        assertThat(server.leased(ana).item().id()).isNotEqualTo(escalated.id());
        assertThat(server.lease(ana).statusCode()).isEqualTo(204);
        assertThat(server.leased(ben).item().id()).isEqualTo(escalated.id());
    }

    @Test
    void theAssigneeGetsTheReassignedItemBeforeEverythingElse() {
        WorkItem overdueAndUrgent = server.server.intake().addItem(TestServer.QUEUE, ItemKind.DOCUMENT, 9,
                TestServer.T0.minusSeconds(60), List.of(), Map.of());
        resolved(Resolution.reassign("ben", ""));

        assertThat(server.leased(ben).item().id()).isEqualTo(escalated.id());
        assertThat(server.leased(ben).item().id()).isEqualTo(overdueAndUrgent.id());
    }

    @Test
    void theAssignmentEndsWhenTheAssigneeLeasesTheItem() {
        resolved(Resolution.reassign("ben", ""));
        Lease bens = server.leased(ben);
        server.post("/api/v1/items/" + escalated.id() + "/release", ben,
                TestServer.json(LeaseRelease.of(bens, ReleaseReason.RELEASED)));

        List<String> leasedByAna = List.of(server.leased(ana).item().id(), server.leased(ana).item().id(),
                server.leased(ana).item().id());
        assertThat(leasedByAna).contains(escalated.id());
    }

    @Test
    void onlyAnEscalatedItemCanBeResolved() {
        resolved(Resolution.approve(""));

        ApiError again = error(resolve(escalated.id(), Resolution.approve("")), 409, "item-not-escalated");
        assertThat(again.message()).contains("is decided, not escalated");
        Lease queued = server.leased(ben);
        error(resolve(queued.item().id(), Resolution.approve("")), 409, "item-not-escalated");
    }

    @Test
    void anUnknownQueueOrReviewerIs422AndChangesNothing() {
        error(resolve(escalated.id(), Resolution.sendBack("nowhere", "")), 422, "unknown-queue");
        error(resolve(escalated.id(), Resolution.reassign("zoe", "")), 422, "unknown-user");

        assertThat(TestServer.read(server.get("/api/v1/items/" + escalated.id()), WorkItem.class).state())
                .isEqualTo(ItemState.ESCALATED);
    }

    @Test
    void anUnknownItemIs404() {
        error(resolve("it-nope", Resolution.approve("")), 404, "no-such-item");
    }

    @Test
    void aResolutionThatDoesNotFitItsKindIs400() {
        String noReviewer = "{\"kind\":\"reassign\",\"note\":\"\"}";
        ApiError error = error(server.post("/api/v1/items/" + escalated.id() + "/resolution", sue, noReviewer),
                400, "invalid-json");
        assertThat(error.message()).contains("needs the reviewer");
        String approveToQueue = "{\"kind\":\"approve\",\"queue\":\"claims\"}";
        error(server.post("/api/v1/items/" + escalated.id() + "/resolution", sue, approveToQueue), 400, "invalid-json");
        String unknownKind = "{\"kind\":\"shrug\"}";
        error(server.post("/api/v1/items/" + escalated.id() + "/resolution", sue, unknownKind), 400, "invalid-json");
    }

    @Test
    void aReviewerCannotResolve() {
        error(server.post("/api/v1/items/" + escalated.id() + "/resolution", ana,
                TestServer.json(Resolution.approve(""))), 403, "forbidden");
    }
}

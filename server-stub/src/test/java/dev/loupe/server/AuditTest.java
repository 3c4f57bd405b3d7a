package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ApiError;
import dev.loupe.core.AuditEntry;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.Heartbeat;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.Resolution;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change of an item's state leaves one audit entry, readable newest first by supervisors. */
class AuditTest {
    private static final TypeReference<List<AuditEntry>> ENTRIES = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;
    String ana;
    String ben;
    String sue;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        ben = server.server.users().issueToken("ben", Role.REVIEWER);
        sue = server.server.users().issueToken("sue", Role.SUPERVISOR);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<AuditEntry> audit(String query) {
        HttpResponse<String> response = server.get("/api/v1/audit" + query, sue);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.read(response, ENTRIES);
    }

    @Test
    void anItemsWholeLifeIsLoggedNewestFirst() throws Exception {
        WorkItem item = server.seed(1).get(0);
        Lease first = server.leased(ana);
        server.post("/api/v1/items/" + item.id() + "/lease/heartbeat", ana, TestServer.json(Heartbeat.of(first)));
        server.post("/api/v1/items/" + item.id() + "/release", ana,
                TestServer.json(LeaseRelease.of(first, ReleaseReason.SKIPPED)));
        Lease second = server.leased(ben);
        server.post("/api/v1/items/" + item.id() + "/release", ben,
                TestServer.json(LeaseRelease.of(second, ReleaseReason.RELEASED)));
        Lease third = server.leased(ana);
        server.clock.advance(TestServer.TTL);
        Lease fourth = server.leased(ben);
        server.decide(item.id(), ana, "late", Decision.approve(third, 1));
        server.decide(item.id(), ben, "k-1", Decision.escalate(fourth, EscalationReason.POLICY_QUESTION, "", 1));
        server.post("/api/v1/items/" + item.id() + "/resolution", sue,
                TestServer.json(Resolution.sendBack(null, "see clause 4")));

        List<AuditEntry> entries = audit("?item=" + item.id());

        assertThat(entries).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::fromState,
                AuditEntry::toState).containsExactly(
                        tuple("sue", "resolved", ItemState.ESCALATED, ItemState.QUEUED),
                        tuple("ben", "decided", ItemState.LEASED, ItemState.ESCALATED),
                        tuple("ana", "decision-refused", ItemState.LEASED, ItemState.LEASED),
                        tuple("ben", "leased", ItemState.QUEUED, ItemState.LEASED),
                        tuple("server", "lease-expired", ItemState.LEASED, ItemState.QUEUED),
                        tuple("ana", "leased", ItemState.QUEUED, ItemState.LEASED),
                        tuple("ben", "released", ItemState.LEASED, ItemState.QUEUED),
                        tuple("ben", "leased", ItemState.QUEUED, ItemState.LEASED),
                        tuple("ana", "skipped", ItemState.LEASED, ItemState.QUEUED),
                        tuple("ana", "leased", ItemState.QUEUED, ItemState.LEASED),
                        tuple("server", "created", null, ItemState.QUEUED));
        assertThat(entries).extracting(AuditEntry::itemId).containsOnly(item.id());
        assertThat(entries).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(entries.get(0).at()).isEqualTo(TestServer.T0.plus(TestServer.TTL));
        assertThat(entries.get(0).details().get("kind").asText()).isEqualTo("send-back");
        assertThat(entries.get(0).details().get("note").asText()).isEqualTo("see clause 4");
        assertThat(entries.get(1).details().get("outcome").asText()).isEqualTo("escalated");
        assertThat(entries.get(2).details().get("reason").asText()).isEqualTo("lease-replaced");
        assertThat(entries.get(4).details().get("owner").asText()).isEqualTo("ana");
        assertThat(entries.get(4).details().get("leaseId").asText()).isEqualTo(third.leaseId());
        assertThat(entries.get(5).details().get("fencingToken").asLong()).isEqualTo(third.fencingToken());
    }

    @Test
    void aHeartbeatIsNotAChangeOfState() throws Exception {
        WorkItem item = server.seed(1).get(0);
        Lease lease = server.leased(ana);
        int before = audit("?item=" + item.id()).size();

        server.clock.advance(Duration.ofMinutes(1));
        server.post("/api/v1/items/" + item.id() + "/lease/heartbeat", ana, TestServer.json(Heartbeat.of(lease)));

        assertThat(audit("?item=" + item.id())).hasSize(before);
    }

    @Test
    void aReassignmentIsLoggedWithItsReviewerAndQueue() throws Exception {
        WorkItem item = server.seed(1).get(0);
        Lease lease = server.leased(ana);
        server.decide(item.id(), ana, "k-1", Decision.escalate(lease, EscalationReason.OTHER, "", 1));
        server.post("/api/v1/items/" + item.id() + "/resolution", sue,
                TestServer.json(Resolution.reassign("ben", "")));

        AuditEntry newest = audit("?item=" + item.id() + "&limit=1").get(0);

        assertThat(newest.action()).isEqualTo("resolved");
        assertThat(newest.details().get("kind").asText()).isEqualTo("reassign");
        assertThat(newest.details().get("reviewer").asText()).isEqualTo("ben");
        assertThat(newest.details().get("queue").asText()).isEqualTo(TestServer.QUEUE);
    }

    @Test
    void theLogIsBoundedAndPagesBackWithBefore() throws Exception {
        server.seed(3);
        server.leased(ana);

        List<AuditEntry> all = audit("");
        List<AuditEntry> newestTwo = audit("?limit=2");
        List<AuditEntry> nextTwo = audit("?limit=2&before=" + newestTwo.get(1).seq());

        assertThat(all).hasSize(4);
        assertThat(newestTwo).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(nextTwo).containsExactlyElementsOf(all.subList(2, 4));
    }

    @Test
    void badParametersAre400() {
        for (String query : List.of("?limit=0", "?limit=501", "?before=x", "?before=0", "?item=a/b", "?item=")) {
            HttpResponse<String> response = server.get("/api/v1/audit" + query, sue);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("invalid-parameter");
        }
    }
}

package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Conflict;
import dev.loupe.core.Decision;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
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

/** Decisions refused for a lost lease stay readable by supervisors, whole. */
class ConflictsTest {
    private static final TypeReference<List<Conflict>> CONFLICTS = new TypeReference<>() {};

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

    private List<Conflict> conflicts(String query) {
        HttpResponse<String> response = server.get("/api/v1/conflicts" + query, sue);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.read(response, CONFLICTS);
    }

    @Test
    void aRefusedDecisionIsListedWithItemReviewerReasonTimeAndBody() throws Exception {
        List<WorkItem> items = server.seed(2);
        Lease anas = server.leased(ana);
        server.clock.advance(TestServer.TTL);
        Decision late =
                new Decision(anas.leaseId(), anas.fencingToken(), Outcome.CORRECTED, List.of(), "fixed total", 9);
        server.decide(anas.item().id(), ana, "ana-1", late);
        server.clock.advance(Duration.ofSeconds(5));
        Lease bens = server.leased(ben);
        server.decide(bens.item().id(), ana, "ana-2", Decision.approve(bens, 3));

        List<Conflict> listed = conflicts("");

        assertThat(listed).hasSize(2);
        Conflict newest = listed.get(0);
        assertThat(newest.itemId()).isEqualTo(bens.item().id());
        assertThat(newest.reviewer()).isEqualTo("ana");
        assertThat(newest.reason()).isEqualTo("other-owner");
        assertThat(newest.recordedAt()).isEqualTo(TestServer.T0.plus(TestServer.TTL).plusSeconds(5));
        Conflict oldest = listed.get(1);
        assertThat(oldest.itemId()).isEqualTo(anas.item().id());
        assertThat(oldest.reason()).isEqualTo("lease-expired");
        assertThat(oldest.decision()).isEqualTo(late);
        assertThat(oldest.id()).startsWith("cf-");
        assertThat(items).extracting(WorkItem::id).contains(oldest.itemId(), newest.itemId());
    }

    @Test
    void conflictsCanBeNarrowedToAnItemAndBounded() throws Exception {
        server.seed(2);
        Lease first = server.leased(ana);
        Lease second = server.leased(ana);
        for (int i = 0; i < 3; i++) {
            server.decide(first.item().id(), ben, "f-" + i, Decision.approve(first, i));
        }
        server.decide(second.item().id(), ben, "s-1", Decision.approve(second, 1));

        assertThat(conflicts("?item=" + first.item().id())).hasSize(3)
                .extracting(Conflict::itemId).containsOnly(first.item().id());
        assertThat(conflicts("?limit=2")).hasSize(2);
        assertThat(conflicts("")).hasSize(4);
    }

    @Test
    void aRetriedRefusedDecisionIsKeptOnce() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        server.clock.advance(TestServer.TTL);
        server.decide(lease.item().id(), ana, "k-1", Decision.approve(lease, 1));
        server.decide(lease.item().id(), ana, "k-1", Decision.approve(lease, 1));

        assertThat(conflicts("")).hasSize(1);
    }
}

package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Role;
import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionFlowTest {
    private static final TypeReference<List<RecordedDecision>> DECISIONS = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anApprovedItemIsDecidedAndItsDecisionReadable() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        assertThat(lease.item().id()).isEqualTo(seeded.id());
        assertThat(lease.item().state()).isEqualTo(ItemState.LEASED);
        assertThat(lease.fencingToken()).isEqualTo(1);
        assertThat(lease.expiresAt()).isEqualTo(TestServer.T0.plus(TestServer.TTL));

        HttpResponse<String> decided = server.decide(seeded.id(), server.admin(), "k-1", Decision.approve(lease, 1200));

        assertThat(decided.statusCode()).isEqualTo(201);
        RecordedDecision recorded = TestServer.read(decided, RecordedDecision.class);
        assertThat(recorded.reviewer()).isEqualTo("admin");
        assertThat(recorded.itemId()).isEqualTo(seeded.id());
        assertThat(recorded.recordedAt()).isEqualTo(TestServer.T0);
        assertThat(recorded.decision()).isEqualTo(Decision.approve(lease, 1200));
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id()), WorkItem.class).state())
                .isEqualTo(ItemState.DECIDED);
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id() + "/decisions"), DECISIONS))
                .containsExactly(recorded);
        assertThat(server.lease(server.admin()).statusCode()).isEqualTo(204);
    }

    @Test
    void anEscalatedItemWaitsForASupervisor() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());

        HttpResponse<String> decided = server.decide(seeded.id(), server.admin(), "k-1",
                Decision.escalate(lease, EscalationReason.MISSING_PAGES, "page 2 absent", 900));

        assertThat(decided.statusCode()).isEqualTo(201);
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id()), WorkItem.class).state())
                .isEqualTo(ItemState.ESCALATED);
    }

    @Test
    void theSameDecisionSentTwiceIsStoredOnceAndAnsweredAlike() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        Decision approve = Decision.approve(lease, 1200);

        HttpResponse<String> first = server.decide(seeded.id(), server.admin(), "k-1", approve);
        server.clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> retry = server.decide(seeded.id(), server.admin(), "k-1", approve);

        assertThat(retry.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id() + "/decisions"), DECISIONS)).hasSize(1);
    }

    @Test
    void aKeyReusedForAnotherDecisionIsRefused() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        server.decide(seeded.id(), server.admin(), "k-1", Decision.approve(lease, 1200));

        HttpResponse<String> other = server.decide(seeded.id(), server.admin(), "k-1", Decision.approve(lease, 999));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(TestServer.read(other, ApiError.class).error()).isEqualTo("idempotency-key-reused");
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id() + "/decisions"), DECISIONS))
                .extracting(d -> d.decision().timeSpentMs()).containsExactly(1200L);
    }

    @Test
    void anExpiredLeaseReturnsTheItemAndItsDecisionIsKeptAsAConflict() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        String ana = server.server.users().issueToken("ana", Role.REVIEWER);
        String ben = server.server.users().issueToken("ben", Role.REVIEWER);
        Lease stale = server.leased(ana);

        server.clock.advance(TestServer.TTL);
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id()), WorkItem.class).state())
                .isEqualTo(ItemState.QUEUED);
        Lease fresh = server.leased(ben);
        HttpResponse<String> late = server.decide(seeded.id(), ana, "ana-1", Decision.approve(stale, 500));
        HttpResponse<String> lateAgain = server.decide(seeded.id(), ana, "ana-1", Decision.approve(stale, 500));
        HttpResponse<String> current = server.decide(seeded.id(), ben, "ben-1", Decision.approve(fresh, 700));

        assertThat(fresh.item().id()).isEqualTo(seeded.id());
        assertThat(fresh.fencingToken()).isEqualTo(stale.fencingToken() + 1);
        assertThat(late.statusCode()).isEqualTo(409);
        ApiError error = TestServer.read(late, ApiError.class);
        assertThat(error.error()).isEqualTo("lease-stale");
        assertThat(error.message()).contains("lost").contains("kept for a supervisor");
        assertThat(lateAgain.statusCode()).isEqualTo(409);
        assertThat(lateAgain.body()).isEqualTo(late.body());
        assertThat(conflictReasons(seeded.id())).containsExactly("ana:lease-replaced");
        assertThat(current.statusCode()).isEqualTo(201);
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id() + "/decisions"), DECISIONS))
                .extracting(RecordedDecision::reviewer).containsExactly("ben");
    }

    @Test
    void aDecisionAfterExpiryWithNoNewLeaseIsStillStale() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        server.clock.advance(TestServer.TTL.plusSeconds(1));

        HttpResponse<String> late = server.decide(seeded.id(), server.admin(), "k-1", Decision.approve(lease, 500));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(conflictReasons(seeded.id())).containsExactly("admin:lease-expired");
        assertThat(TestServer.read(server.get("/api/v1/items/" + seeded.id()), WorkItem.class).state())
                .isEqualTo(ItemState.QUEUED);
    }

    @Test
    void onlyTheLeaseholderMayDecide() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        String ana = server.server.users().issueToken("ana", Role.REVIEWER);

        HttpResponse<String> borrowed = server.decide(seeded.id(), ana, "k-1", Decision.approve(lease, 500));

        assertThat(borrowed.statusCode()).isEqualTo(409);
        assertThat(conflictReasons(seeded.id())).containsExactly("ana:other-owner");
        assertThat(server.decide(seeded.id(), server.admin(), "k-1", Decision.approve(lease, 500)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aWrongFencingTokenIsStale() throws Exception {
        WorkItem seeded = server.seed(1).get(0);
        Lease lease = server.leased(server.admin());
        Decision forged = new Decision(lease.leaseId(), lease.fencingToken() + 5, Outcome.APPROVED, null, null, 1);

        assertThat(server.decide(seeded.id(), server.admin(), "k-1", forged).statusCode()).isEqualTo(409);
        assertThat(conflictReasons(seeded.id())).containsExactly("admin:fencing-token-mismatch");
    }

    private List<String> conflictReasons(String itemId) throws SQLException {
        String url = "jdbc:sqlite:" + server.dataDir.resolve("loupe.db");
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement query = c.prepareStatement(
                        "SELECT reviewer, reason FROM conflicts WHERE item_id = ? ORDER BY recorded_at")) {
            query.setString(1, itemId);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    reasons.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
            return reasons;
        }
    }
}

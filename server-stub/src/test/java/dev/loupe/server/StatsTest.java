package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.QueueStats;
import dev.loupe.core.ReviewerStats;
import dev.loupe.core.Role;
import dev.loupe.core.ServerStats;
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

/**
 * Stats on a seeded day whose figures are known. Times below are relative to the moment the stats are read, END,
 * 25 hours after the server's start.
 */
class StatsTest {
    private static final Instant END = TestServer.T0.plus(Duration.ofHours(25));
    private static final String RECEIPTS = "receipts";

    @TempDir
    Path temp;
    TestServer server;
    Asset page;
    String ana;
    String ben;
    int keys;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        page = server.storeBytes("page.png", "image/png", new byte[] {1, 2, 3});
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        ben = server.server.users().issueToken("ben", Role.REVIEWER);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSeededDayGivesTheKnownFigures() {
        seedTheDay();

        HttpResponse<String> response = server.get("/api/v1/stats");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ServerStats stats = TestServer.read(response, ServerStats.class);
        assertThat(stats.generatedAt()).isEqualTo(END);
        assertThat(stats.queues()).containsExactly(
                // waiting o1-o4 and o6 (its lease ran out), leased o5; the oldest waits since END-40m;
                // breached o1 (due END-1m) and o2 (due END); at risk o3 (due END+12m, a fifth of the hour) and o5;
                // three decisions in the last hour; handle times 1000, 2000, 4000, 10000 ms (d1 is over 24 h old)
                new QueueStats("claims", 3600, 5, 1, 2400L, 2, 2, 3, 4, 3000L, 9100L, 1),
                new QueueStats("empty", 3600, 0, 0, null, 0, 0, 0, 0, null, null, 0),
                // r2, due END+4m, is at risk by the five-minute floor, though a fifth of 10 minutes is 2
                new QueueStats(RECEIPTS, 600, 2, 0, 300L, 0, 1, 1, 1, 3000L, 3000L, 0));
        assertThat(stats.reviewers()).containsExactly(
                new ReviewerStats("ana", 3, 1, 1.0 / 3, 2000),
                new ReviewerStats("ben", 2, 1, 0.5, 7000));
    }

    @Test
    void supervisorsMayReadTheStats() {
        String sam = server.server.users().issueToken("sam", Role.SUPERVISOR);
        assertThat(server.get("/api/v1/stats", sam).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewServerHasEmptyStats() {
        ServerStats stats = TestServer.read(server.get("/api/v1/stats"), ServerStats.class);
        assertThat(stats.queues()).isEmpty();
        assertThat(stats.reviewers()).isEmpty();
    }

    private void seedTheDay() {
        server.server.intake().ensureQueue(TestServer.QUEUE, Duration.ofHours(1));
        server.server.intake().ensureQueue("empty", Duration.ofHours(1));
        server.server.intake().ensureQueue(RECEIPTS, Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            add(TestServer.QUEUE, 10, END.plus(Duration.ofDays(2)));
        }
        decide(TestServer.QUEUE, ana, Outcome.APPROVED, 60_000); // d1 at END-25h: outside the 24 h window
        moveTo(END.minus(Duration.ofHours(3)));
        decide(TestServer.QUEUE, ana, Outcome.APPROVED, 1000); // d2: in the day, not in the last hour

        moveTo(END.minus(Duration.ofMinutes(40)));
        add(TestServer.QUEUE, 0, END.minus(Duration.ofMinutes(1))); // o1 breached
        add(TestServer.QUEUE, 0, END); // o2 breached: due now
        add(TestServer.QUEUE, 0, END.plus(Duration.ofMinutes(12))); // o3 at risk, at the edge
        add(TestServer.QUEUE, 0, END.plus(Duration.ofMinutes(13))); // o4 not yet at risk

        moveTo(END.minus(Duration.ofMinutes(30)));
        decide(TestServer.QUEUE, ana, Outcome.CORRECTED, 2000); // d3
        moveTo(END.minus(Duration.ofMinutes(20)));
        decide(TestServer.QUEUE, ben, Outcome.CORRECTED, 4000); // d4
        // Before o1 comes within its at-risk window (12 minutes), which leasing would serve first.
        moveTo(END.minus(Duration.ofMinutes(15)));
        decide(TestServer.QUEUE, ben, Outcome.ESCALATED, 10_000); // d5, an open escalation
        add(TestServer.QUEUE, 9, END.plus(Duration.ofMinutes(30))); // o6, leased now, its lease runs out at END-10m
        lease(TestServer.QUEUE, server.admin());

        moveTo(END.minus(Duration.ofMinutes(5)));
        add(RECEIPTS, 1, null); // r1, decided at once
        add(RECEIPTS, 0, END.plus(Duration.ofMinutes(4))); // r2 at risk
        add(RECEIPTS, 0, END.plus(Duration.ofMinutes(6))); // r3 not at risk
        decide(RECEIPTS, ana, Outcome.APPROVED, 3000);

        moveTo(END.minus(Duration.ofMinutes(1)));
        add(TestServer.QUEUE, 9, END.plus(Duration.ofMinutes(5))); // o5, leased and at risk
        lease(TestServer.QUEUE, server.admin());
        moveTo(END);
    }

    private WorkItem add(String queue, int priority, Instant slaDue) {
        return server.server.intake().addItem(queue, ItemKind.DOCUMENT, priority, slaDue, List.of(page), Map.of());
    }

    private Lease lease(String queue, String token) {
        HttpResponse<String> response = server.post("/api/v1/queues/" + queue + "/leases", token, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.read(response, Lease.class);
    }

    private void decide(String queue, String token, Outcome outcome, long timeSpentMs) {
        Lease lease = lease(queue, token);
        Decision decision = outcome == Outcome.ESCALATED
                ? Decision.escalate(lease, EscalationReason.POLICY_QUESTION, "", timeSpentMs)
                : new Decision(lease.leaseId(), lease.fencingToken(), outcome, List.of(), "", timeSpentMs);
        HttpResponse<String> response = server.decide(lease.item().id(), token, "k-" + keys++, decision);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void moveTo(Instant instant) {
        server.clock.advance(Duration.between(server.clock.instant(), instant));
    }
}

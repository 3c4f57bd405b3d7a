package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import dev.loupe.core.Heartbeat;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heartbeats keep a lease; release and skip give it back; a lease that is no longer current does neither. */
class LeaseKeepingTest {
    @TempDir
    Path temp;
    TestServer server;
    String ana;
    String ben;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        ben = server.server.users().issueToken("ben", Role.REVIEWER);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> heartbeat(Lease lease, String token) {
        return server.post("/api/v1/items/" + lease.item().id() + "/lease/heartbeat", token,
                TestServer.json(Heartbeat.of(lease)));
    }

    private HttpResponse<String> release(Lease lease, String token, ReleaseReason reason) {
        return server.post("/api/v1/items/" + lease.item().id() + "/release", token,
                TestServer.json(LeaseRelease.of(lease, reason)));
    }

    private static void assertStale(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo("lease-stale");
        assertThat(error.message()).contains("no longer current").contains("lease the next item");
    }

    @Test
    void aHeartbeatRenewsTheLeaseFromNow() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        server.clock.advance(Duration.ofMinutes(4));

        HttpResponse<String> renewed = heartbeat(lease, ana);

        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        Lease after = TestServer.read(renewed, Lease.class);
        assertThat(after.leaseId()).isEqualTo(lease.leaseId());
        assertThat(after.fencingToken()).isEqualTo(lease.fencingToken());
        assertThat(after.expiresAt()).isEqualTo(server.clock.instant().plus(TestServer.TTL));
        assertThat(after.item().state()).isEqualTo(ItemState.LEASED);

        server.clock.advance(Duration.ofMinutes(4)); // past the first expiry, within the renewed one
        assertThat(server.lease(ben).statusCode()).isEqualTo(204);
        assertThat(server.decide(lease.item().id(), ana, "k-1", Decision.approve(lease, 1)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aHeartbeatAfterExpiryIsStaleAndDoesNotRevive() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        server.clock.advance(TestServer.TTL);

        assertStale(heartbeat(lease, ana));
        assertThat(server.leased(ben).item().id()).isEqualTo(lease.item().id());
    }

    @Test
    void aHeartbeatOnSomeoneElsesLeaseOrWithAnOldTokenIsStale() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);

        assertStale(heartbeat(lease, ben));
        Lease forged = new Lease(lease.leaseId(), lease.fencingToken() + 1, lease.expiresAt(), lease.item());
        assertStale(heartbeat(forged, ana));
        assertThat(heartbeat(lease, ana).statusCode()).isEqualTo(200);
    }

    @Test
    void aHeartbeatForAnUnknownItemIs404() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        HttpResponse<String> response = server.post("/api/v1/items/it-nope/lease/heartbeat", ana,
                TestServer.json(Heartbeat.of(lease)));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("no-such-item");
    }

    @Test
    void aReleasedItemWaitsAgainAndTheNextLeaseFencesTheOldOne() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);

        HttpResponse<String> released = release(lease, ana, ReleaseReason.RELEASED);

        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(TestServer.read(released, WorkItem.class).state()).isEqualTo(ItemState.QUEUED);
        Lease again = server.leased(ana);
        assertThat(again.item().id()).isEqualTo(lease.item().id());
        assertThat(again.fencingToken()).isEqualTo(lease.fencingToken() + 1);
        assertStale(release(lease, ana, ReleaseReason.RELEASED));
        assertStale(heartbeat(lease, ana));
    }

    @Test
    void aReleaseWithoutAReasonIsARelease() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        String body = "{\"leaseId\":\"" + lease.leaseId() + "\",\"fencingToken\":" + lease.fencingToken() + "}";
        assertThat(server.post("/api/v1/items/" + lease.item().id() + "/release", ana, body).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSkippedItemGoesToTheBackOfTheSkippersLineOnly() throws Exception {
        server.seed(2);
        Lease first = server.leased(ana);

        assertThat(release(first, ana, ReleaseReason.SKIPPED).statusCode()).isEqualTo(200);

        assertThat(server.leased(ana).item().id()).as("ana gets the other item first").isNotEqualTo(first.item().id());
        assertThat(server.leased(ana).item().id()).as("then the skipped one, when nothing else waits")
                .isEqualTo(first.item().id());
    }

    @Test
    void aSkipDoesNotReorderTheLineForOthers() throws Exception {
        server.seed(2);
        Lease first = server.leased(ana);
        release(first, ana, ReleaseReason.SKIPPED);

        assertThat(server.leased(ben).item().id()).isEqualTo(first.item().id());
    }

    @Test
    void someoneElsesLeaseCannotBeReleased() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);

        assertStale(release(lease, ben, ReleaseReason.RELEASED));
        assertThat(TestServer.read(server.get("/api/v1/items/" + lease.item().id()), WorkItem.class).state())
                .isEqualTo(ItemState.LEASED);
    }

    @Test
    void aDecidedItemCannotBeReleased() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        server.decide(lease.item().id(), ana, "k-1", Decision.approve(lease, 1));

        assertStale(release(lease, ana, ReleaseReason.RELEASED));
    }

    @Test
    void aReleaseWithAnUnknownReasonIs400() throws Exception {
        server.seed(1);
        Lease lease = server.leased(ana);
        String body = "{\"leaseId\":\"" + lease.leaseId() + "\",\"fencingToken\":1,\"reason\":\"bored\"}";
        HttpResponse<String> response = server.post("/api/v1/items/" + lease.item().id() + "/release", ana, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("invalid-json");
    }
}

package dev.loupe.sync;

import dev.loupe.testing.ManualScheduler;
import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Lease;
import dev.loupe.core.ReleaseReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heartbeats against a real server whose clock, like the keeper's, moves only when the test moves it. */
class KeepAliveTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final ManualScheduler scheduler = ManualScheduler.manual();
    private final List<Lease> renewed = new ArrayList<>();
    private final List<String> lost = new ArrayList<>();
    private DeskServer server;
    private HttpOrchestrationClient client;
    private Connectivity connectivity;
    private KeepAlive keepAlive;

    @BeforeEach
    void start() {
        server = new DeskServer(dataDir, clock);
        server.add("claims", 2);
        client = server.client(cacheDir);
        connectivity = new Connectivity(() -> { });
        keepAlive = new KeepAlive(client, scheduler, clock, connectivity, new KeepAlive.Events() {
            @Override
            public void renewed(Lease lease) {
                renewed.add(lease);
            }

            @Override
            public void lost(Lease lease, String sentence) {
                lost.add(lease.item().id() + ": " + sentence);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Moves both clocks, the server's (lease expiry) and the scheduler's (ticks), one tick at a time. */
    private void pass(Duration time) {
        for (Duration left = time; !left.isZero(); ) {
            Duration step = left.compareTo(KeepAlive.TICK) < 0 ? left : KeepAlive.TICK;
            clock.advance(step);
            scheduler.advance(step);
            left = left.minus(step);
        }
    }

    @Test
    void aLeaseIsRenewedBeforeItRunsOutAndNeverExpiresWhileHeld() {
        Lease lease = client.lease("claims").orElseThrow();
        keepAlive.hold(lease);

        pass(Duration.ofMinutes(20));

        assertThat(renewed).isNotEmpty().allSatisfy(r -> {
            assertThat(r.leaseId()).isEqualTo(lease.leaseId());
            assertThat(r.fencingToken()).isEqualTo(lease.fencingToken());
        });
        assertThat(lost).isEmpty();
        assertThat(client.heartbeat(lease).expiresAt()).isAfter(clock.instant());
    }

    @Test
    void aLeaseWithTimeLeftIsNotRenewedYet() {
        keepAlive.hold(client.lease("claims").orElseThrow());

        pass(Duration.ofMinutes(2));

        assertThat(renewed).isEmpty();
    }

    @Test
    void aLeaseTheServerNoLongerHonoursIsReportedOnceAndForgotten() {
        Lease lease = client.lease("claims").orElseThrow();
        keepAlive.hold(lease);
        client.release(lease, ReleaseReason.RELEASED);

        pass(Duration.ofMinutes(4));
        pass(Duration.ofMinutes(4));

        assertThat(lost).singleElement().asString().startsWith(lease.item().id() + ": ");
        assertThat(keepAlive.count()).isZero();
    }

    @Test
    void aForgottenLeaseIsLeftAlone() {
        Lease lease = client.lease("claims").orElseThrow();
        keepAlive.hold(lease);
        keepAlive.forget(lease);

        pass(Duration.ofMinutes(4));

        assertThat(renewed).isEmpty();
        assertThat(lost).isEmpty();
    }

    @Test
    void whileTheServerIsDownLeasesAreKeptAndRenewedWhenItIsBack() {
        Lease lease = client.lease("claims").orElseThrow();
        keepAlive.hold(lease);
        server.stop();

        pass(Duration.ofSeconds(210));
        assertThat(connectivity.online()).isFalse();
        assertThat(lost).isEmpty();
        assertThat(keepAlive.count()).isEqualTo(1);

        server.start();
        pass(KeepAlive.TICK);

        assertThat(connectivity.online()).isTrue();
        assertThat(renewed).singleElement().satisfies(r -> assertThat(r.expiresAt()).isAfter(lease.expiresAt()));
    }

    @Test
    void aLeaseThatRunsOutWhileTheServerIsAwayIsReportedWithoutWaitingForIt() {
        Lease lease = client.lease("claims").orElseThrow();
        keepAlive.hold(lease);
        server.stop();

        pass(Duration.ofMinutes(6));

        assertThat(lost).singleElement().asString().startsWith(lease.item().id() + ": It ran out at ")
                .endsWith("while the server could not be reached to renew it.");
        assertThat(keepAlive.count()).isZero();
    }
}

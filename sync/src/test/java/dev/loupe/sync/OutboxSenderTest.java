package dev.loupe.sync;

import dev.loupe.testing.ManualScheduler;
import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender against a real server on a loopback port, stopped and started again where the test needs it. */
class OutboxSenderTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path workstation;

    private OrchestrationServer server;
    private HttpOrchestrationClient client;
    private Outbox outbox;
    private final ManualScheduler scheduler = ManualScheduler.manual();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final RecordingListener listener = new RecordingListener();
    private final Random jitter = new Random(7);
    private OutboxSender sender;

    @BeforeEach
    void start() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        server.intake().ensureQueue("claims", Duration.ofHours(4));
        Asset page = server.intake().storeMedia(Files.writeString(workstation.resolve("page.pdf"), "a page"),
                "application/pdf");
        for (int i = 0; i < 3; i++) {
            server.intake().addItem("claims", ItemKind.DOCUMENT, 1, null, List.of(page), Map.of());
        }
        // The client's circuit breaker keeps the test's time, moved on with the scheduler.
        client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(),
                new MediaCache(workstation.resolve("media")), ApiCalls.Timeouts.of(Duration.ofSeconds(30)), clock);
        outbox = Outbox.open(workstation.resolve("outbox.db"), Clock.systemUTC());
        sender = new OutboxSender(outbox, client, scheduler, jitter::nextDouble, listener);
    }

    @AfterEach
    void stop() {
        sender.close();
        outbox.close();
        server.close();
    }

    @Test
    void decisionsAreSentOldestFirstAndRecordedOnce() {
        List<Lease> leases = List.of(lease(), lease(), lease());
        for (Lease lease : leases) {
            outbox.add(lease.item().id(), Decision.approve(lease, 1_000), UUID.randomUUID().toString());
        }

        sender.wake();
        scheduler.runDue();

        String[] itemIds = leases.stream().map(lease -> lease.item().id()).toArray(String[]::new);
        assertThat(listener.events()).isEqualTo(RecordingListener.sentThenDrained(itemIds));
        for (RecordedDecision recorded : listener.recorded()) {
            assertThat(client.decisions(recorded.itemId())).containsExactly(recorded);
        }
        assertThat(outbox.unsentCount()).isZero();
        assertThat(scheduler.nextDelay()).as("nothing left to do").isEmpty();
    }

    @Test
    void decisionsWaitForAStoppedServerAndAreRecordedOnceWhenItIsBack() throws IOException {
        Lease first = lease();
        Lease second = lease();
        int port = server.baseUri().getPort();
        server.close();
        outbox.add(first.item().id(), Decision.approve(first, 10), "key-first");
        outbox.add(second.item().id(), Decision.approve(second, 20), "key-second");

        sender.wake();
        scheduler.runDue();
        Random sameJitter = new Random(7);
        for (int failures = 1; failures <= 10; failures++) {
            Duration bound = Backoff.bound(failures);
            Duration wait = scheduler.nextDelay().orElseThrow();
            assertThat(wait).as("wait after %d failures", failures)
                    .isEqualTo(Duration.ofMillis((long) (sameJitter.nextDouble() * bound.toMillis())))
                    .isBetween(Duration.ZERO, bound);
            scheduler.advance(wait);
            clock.advance(wait);
        }

        assertThat(listener.events()).hasSize(11).containsOnly("waiting 2 UNREACHABLE");
        // The first failures say the server cannot be reached; later ones that the breaker stopped trying it.
        assertThat(listener.lastFailure()).hasMessageContaining(server.baseUri().getHost() + ":" + port);
        assertThat(outbox.unsent(10)).as("only the oldest is tried").extracting(Outbox.Entry::attempts)
                .containsExactly(11, 0);

        server = OrchestrationServer.start(ServerConfig.defaults(dataDir).withPort(port));
        clock.advance(Duration.ofSeconds(30));
        listener.clear();
        sender.wake();
        scheduler.runDue();

        assertThat(listener.events())
                .isEqualTo(RecordingListener.sentThenDrained(first.item().id(), second.item().id()));
        assertThat(client.decisions(first.item().id())).singleElement()
                .satisfies(recorded -> assertThat(recorded.decision().timeSpentMs()).isEqualTo(10));
        assertThat(client.decisions(second.item().id())).hasSize(1);
    }

    @Test
    void aDecisionWhoseAnswerWasLostIsSentAgainAndRecordedOnce() {
        Lease lease = lease();
        ScriptedClient answerLost = new ScriptedClient()
                .then((itemId, decision, key) -> {
                    client.decide(itemId, decision, key);
                    throw new OrchestrationException(Kind.UNREACHABLE, 0, "unreachable", "The answer was lost.");
                })
                .then(client::decide);
        sender = new OutboxSender(outbox, answerLost, scheduler, () -> 0.5, listener);
        outbox.add(lease.item().id(), Decision.approve(lease, 10), "key-1");

        sender.wake();
        scheduler.runDue();
        scheduler.advance(scheduler.nextDelay().orElseThrow());

        assertThat(listener.events()).containsExactly("waiting 1 UNREACHABLE", "sent " + lease.item().id() + " SENT",
                "drained");
        assertThat(client.decisions(lease.item().id())).containsExactlyElementsOf(listener.recorded());
    }

    @Test
    void aDecisionUnderALostLeaseIsRefusedAndKeptOnTheServerAsAConflict() throws IOException {
        Lease lease = lease();
        Decision stale = new Decision(lease.leaseId(), lease.fencingToken() + 1, Outcome.APPROVED, List.of(), "", 10);
        outbox.add(lease.item().id(), stale, "key-1");

        sender.wake();
        scheduler.runDue();

        assertThat(listener.events()).containsExactly("refused " + lease.item().id() + " CONFLICT REFUSED", "drained");
        assertThat(outbox.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.refusal().status()).isEqualTo(409);
            assertThat(refused.refusal().code()).isEqualTo("lease-stale");
            assertThat(refused.refusal().message()).contains("kept for a supervisor");
        });
        assertThat(SupervisorView.conflicts(server, lease.item().id())).singleElement()
                .satisfies(conflict -> assertThat(conflict.decision()).isEqualTo(stale));
        assertThat(client.decisions(lease.item().id())).isEmpty();
        assertThat(scheduler.nextDelay()).as("never tried again").isEmpty();
    }

    private Lease lease() {
        return client.lease("claims").orElseThrow();
    }
}

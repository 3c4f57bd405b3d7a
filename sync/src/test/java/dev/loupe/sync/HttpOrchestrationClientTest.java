package dev.loupe.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real server on a free loopback port with a temporary data folder. */
class HttpOrchestrationClientTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;
    @TempDir
    Path inbox;

    private OrchestrationServer server;
    private HttpOrchestrationClient client;
    private byte[] pdfBytes;

    @BeforeEach
    void startServer() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        server.intake().ensureQueue("claims", Duration.ofHours(4));
        pdfBytes = "%PDF-1.7 not really a pdf, but bytes to carry".getBytes();
        Path file = Files.write(inbox.resolve("claim-0001.pdf"), pdfBytes);
        Asset asset = server.intake().storeMedia(file, "application/pdf");
        server.intake().addItem("claims", ItemKind.DOCUMENT, 3, null, List.of(asset), Map.of("source", "test"));
        client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(), new MediaCache(cacheDir));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void leasesDecidesAndReadsTheDecisionBack() throws IOException {
        assertThat(client.whoAmI().name()).isEqualTo("admin");
        assertThat(client.queues()).singleElement().satisfies(q -> assertThat(q.queued()).isEqualTo(1));

        Lease lease = client.lease("claims").orElseThrow();
        Path media = client.media(lease.item().assets().get(0));
        assertThat(Files.readAllBytes(media)).isEqualTo(pdfBytes);

        RecordedDecision recorded = client.decide(lease.item().id(), Decision.approve(lease, 1234), "key-1");

        assertThat(client.decisions(lease.item().id())).containsExactly(recorded);
        assertThat(recorded.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(recorded.decision().timeSpentMs()).isEqualTo(1234);
        assertThat(recorded.reviewer()).isEqualTo("admin");
        assertThat(client.item(lease.item().id()).state()).isEqualTo(ItemState.DECIDED);
        assertThat(client.lease("claims")).isEmpty();
    }

    @Test
    void aHeartbeatKeepsTheLeaseAndAReleasedItemWaitsAgain() {
        Lease lease = client.lease("claims").orElseThrow();

        Lease kept = client.heartbeat(lease);
        assertThat(kept.leaseId()).isEqualTo(lease.leaseId());
        assertThat(kept.fencingToken()).isEqualTo(lease.fencingToken());
        assertThat(kept.expiresAt()).isAfterOrEqualTo(lease.expiresAt());

        WorkItem back = client.release(kept, ReleaseReason.SKIPPED);
        assertThat(back.state()).isEqualTo(ItemState.QUEUED);
        assertThatThrownBy(() -> client.heartbeat(lease)).isInstanceOfSatisfying(OrchestrationException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
        assertThat(client.lease("claims")).isPresent();
    }

    @Test
    void aRetriedDecisionIsRecordedOnce() {
        Lease lease = client.lease("claims").orElseThrow();
        Decision escalation = Decision.escalate(lease, EscalationReason.SUSPECTED_FRAUD, "amount changed", 900);

        RecordedDecision first = client.decide(lease.item().id(), escalation, "same-key");
        RecordedDecision again = client.decide(lease.item().id(), escalation, "same-key");

        assertThat(again).isEqualTo(first);
        assertThat(client.decisions(lease.item().id())).hasSize(1);
        assertThat(client.item(lease.item().id()).state()).isEqualTo(ItemState.ESCALATED);
    }

    @Test
    void aStaleLeaseIsAConflictWithTheServersSentence() {
        Lease lease = client.lease("claims").orElseThrow();
        Decision stale = new Decision(lease.leaseId(), lease.fencingToken() + 1, Outcome.APPROVED, List.of(), "", 10);

        assertThatThrownBy(() -> client.decide(lease.item().id(), stale, "k"))
                .isInstanceOfSatisfying(OrchestrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("lease-stale");
                    assertThat(e.getMessage()).endsWith(".");
                });
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        var stranger = new HttpOrchestrationClient(server.baseUri(), "not-the-token", new MediaCache(cacheDir));

        assertThatThrownBy(stranger::queues).isInstanceOfSatisfying(OrchestrationException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
    }

    @Test
    void anUnknownItemIsNotFound() {
        assertThatThrownBy(() -> client.item("it-nope")).isInstanceOfSatisfying(OrchestrationException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void aStoppedServerIsUnreachableWithASentence() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var nowhere = new HttpOrchestrationClient(URI.create("http://127.0.0.1:" + closedPort), "t",
                new MediaCache(cacheDir));

        assertThatThrownBy(() -> nowhere.lease("claims")).isInstanceOfSatisfying(OrchestrationException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("Cannot reach the Loupe server at http://127.0.0.1:" + closedPort);
        });
    }

    @Test
    void anEmptyQueueLeasesNothing() {
        client.lease("claims").orElseThrow();
        Optional<Lease> none = client.lease("claims");
        assertThat(none).isEmpty();
    }

    @Test
    void theItemsOfAQueueComeInLeaseOrder() {
        List<WorkItem> waiting = client.items("claims", ItemState.QUEUED, 10);
        assertThat(waiting).singleElement().satisfies(item -> assertThat(item.metadata()).containsEntry("source", "test"));
    }
}

package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.Sha256;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueuesAndMediaTest {
    private static final TypeReference<List<WorkItem>> ITEMS = new TypeReference<>() {};
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;
    Intake intake;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        intake = server.server.intake();
        intake.ensureQueue("claims", Duration.ofHours(4));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WorkItem add(int priority, Instant slaDue) {
        return intake.addItem("claims", ItemKind.DOCUMENT, priority, slaDue, List.of(), Map.of());
    }

    @Test
    void itemsAreLeasedAtRiskFirstThenByPriorityThenAge() {
        // The claims queue's SLA is 4 hours, so an item due within 48 minutes is at risk.
        WorkItem calm = add(0, TestServer.T0.plus(Duration.ofHours(3)));
        WorkItem urgent = add(9, TestServer.T0.plus(Duration.ofHours(3)));
        WorkItem overdue = add(0, TestServer.T0.minusSeconds(60));
        server.clock.advance(Duration.ofSeconds(1));
        WorkItem dueSoon = add(0, TestServer.T0.plus(Duration.ofMinutes(30)));
        WorkItem dueSoonAndUrgent = add(5, TestServer.T0.plus(Duration.ofMinutes(40)));

        List<WorkItem> listed = TestServer.read(server.get("/api/v1/queues/claims/items"), ITEMS);

        List<String> order = Stream.of(dueSoonAndUrgent, overdue, dueSoon, urgent, calm).map(WorkItem::id).toList();
        assertThat(listed).extracting(WorkItem::id).containsExactlyElementsOf(order);
        for (String expected : order) {
            assertThat(server.leased(server.admin()).item().id()).isEqualTo(expected);
        }
        assertThat(TestServer.read(server.get("/api/v1/queues/claims/items?state=leased&limit=2"), ITEMS))
                .extracting(WorkItem::id).containsExactlyElementsOf(order.subList(0, 2));
    }

    @Test
    void anItemWithoutSlaIsDueAfterTheQueueSla() {
        assertThat(add(0, null).slaDue()).isEqualTo(TestServer.T0.plus(Duration.ofHours(4)));
    }

    @Test
    void queueSummariesCountEachStateAndTreatAnExpiredLeaseAsWaiting() throws Exception {
        intake.ensureQueue("empty", Duration.ofHours(1));
        WorkItem first = add(5, TestServer.T0.plusSeconds(100));
        add(0, TestServer.T0.plusSeconds(200));
        server.clock.advance(Duration.ofSeconds(10));
        WorkItem third = add(0, TestServer.T0.plusSeconds(300));
        WorkItem fourth = add(0, TestServer.T0.plusSeconds(400));
        Lease decided = server.leased(server.admin());
        server.decide(decided.item().id(), server.admin(), "a", Decision.approve(decided, 1));
        Lease escalated = server.leased(server.admin());
        server.decide(escalated.item().id(), server.admin(), "b",
                Decision.escalate(escalated, EscalationReason.POLICY_QUESTION, "", 1));
        server.leased(server.admin());
        server.clock.advance(Duration.ofSeconds(1));
        server.leased(server.admin());

        List<QueueSummary> queues = TestServer.read(server.get("/api/v1/queues"), QUEUES);
        assertThat(queues).containsExactly(
                new QueueSummary("claims", 0, 2, 1, 1, null, TestServer.T0.plusSeconds(300)),
                new QueueSummary("empty", 0, 0, 0, 0, null, null));

        server.clock.advance(TestServer.TTL);
        QueueSummary afterExpiry = TestServer.read(server.get("/api/v1/queues"), QUEUES).get(0);
        assertThat(afterExpiry.queued()).isEqualTo(2);
        assertThat(afterExpiry.leased()).isZero();
        assertThat(afterExpiry.oldestQueued()).isEqualTo(third.createdAt());
        assertThat(TestServer.read(server.get("/api/v1/queues/claims/items?state=queued"), ITEMS))
                .extracting(WorkItem::id, WorkItem::state)
                .containsExactly(
                        tuple(third.id(), ItemState.QUEUED),
                        tuple(fourth.id(), ItemState.QUEUED));
        assertThat(decided.item().id()).isEqualTo(first.id());
    }

    @Test
    void mediaIsServedWithItsTypeAndLength() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Asset asset = server.storeBytes("scan.pdf", "application/pdf", bytes);

        HttpResponse<byte[]> response = TestServer.http().send(
                server.request("/api/v1/media/" + asset.sha256(), server.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(asset).isEqualTo(new Asset(Sha256.of(bytes), "application/pdf", "scan.pdf", bytes.length));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(bytes.length);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void anEmptyFileIsServedEmpty() throws Exception {
        Asset asset = server.storeBytes("empty.png", "image/png", new byte[0]);
        HttpResponse<String> response = server.get("/api/v1/media/" + asset.sha256());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theSameBytesAreStoredOnce() throws Exception {
        Asset first = server.storeBytes("a.png", "image/png", new byte[] {1, 2, 3});
        Asset second = server.storeBytes("b.png", "image/png", new byte[] {1, 2, 3});

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.fileName()).isEqualTo("b.png");
        Path blob = server.dataDir.resolve("media").resolve(first.sha256().substring(0, 2)).resolve(first.sha256());
        assertThat(Files.readAllBytes(blob)).containsExactly(1, 2, 3);
        try (Stream<Path> pending = Files.list(server.dataDir.resolve("media").resolve("incoming"))) {
            assertThat(pending).isEmpty();
        }
    }

    @Test
    void anItemKeepsItsAssetsInOrderAndItsMetadata() throws Exception {
        Asset one = server.storeBytes("1.png", "image/png", new byte[] {1});
        Asset two = server.storeBytes("2.png", "image/png", new byte[] {2});
        WorkItem added = intake.addItem("claims", ItemKind.VIDEO, 3, null, List.of(two, one), Map.of("source", "demo"));

        WorkItem read = TestServer.read(server.get("/api/v1/items/" + added.id()), WorkItem.class);

        assertThat(read).isEqualTo(added);
        assertThat(read.assets()).containsExactly(two, one);
    }

    @Test
    void anItemCannotReferToMediaThatWasNeverStored() {
        Asset ghost = new Asset("f".repeat(64), "image/png", "ghost.png", 1);
        assertThatThrownBy(() -> intake.addItem("claims", ItemKind.DOCUMENT, 0, null, List.of(ghost), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("storeMedia");
    }
}

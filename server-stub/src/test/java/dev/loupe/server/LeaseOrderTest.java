package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.WorkItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The at-risk window is a fifth of the queue's SLA, never less than five minutes, and moves with the clock. */
class LeaseOrderTest {
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

    private WorkItem add(String queue, int priority, Instant slaDue) {
        return server.server.intake().addItem(queue, ItemKind.DOCUMENT, priority, slaDue, List.of(), Map.of());
    }

    @Test
    void theWindowIsAFifthOfTheSla() {
        server.server.intake().ensureQueue("long", Duration.ofHours(10)); // window: 2 hours
        WorkItem urgent = add("long", 9, TestServer.T0.plus(Duration.ofHours(3)));
        WorkItem atTheEdge = add("long", 0, TestServer.T0.plus(Duration.ofHours(2)));

        assertThat(leaseFrom("long")).isEqualTo(atTheEdge.id());
        assertThat(leaseFrom("long")).isEqualTo(urgent.id());
    }

    @Test
    void theWindowIsAtLeastFiveMinutes() {
        server.server.intake().ensureQueue("short", Duration.ofMinutes(10)); // a fifth would be 2 minutes
        WorkItem urgent = add("short", 9, TestServer.T0.plus(Duration.ofMinutes(6)));
        WorkItem inFourMinutes = add("short", 0, TestServer.T0.plus(Duration.ofMinutes(4)));

        assertThat(leaseFrom("short")).isEqualTo(inFourMinutes.id());
        assertThat(leaseFrom("short")).isEqualTo(urgent.id());
    }

    @Test
    void anItemComesAtRiskAsTimePasses() {
        server.server.intake().ensureQueue("long", Duration.ofHours(10));
        WorkItem urgent = add("long", 9, TestServer.T0.plus(Duration.ofHours(9)));
        WorkItem calm = add("long", 0, TestServer.T0.plus(Duration.ofHours(3)));
        server.clock.advance(Duration.ofMinutes(61)); // calm is now due within 2 hours

        assertThat(leaseFrom("long")).isEqualTo(calm.id());
        assertThat(leaseFrom("long")).isEqualTo(urgent.id());
    }

    private String leaseFrom(String queue) {
        return TestServer.read(server.post("/api/v1/queues/" + queue + "/leases", server.admin(), ""),
                Lease.class).item().id();
    }
}

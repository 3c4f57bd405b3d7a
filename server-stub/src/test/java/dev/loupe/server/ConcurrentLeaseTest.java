package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Role;
import dev.loupe.core.Lease;
import dev.loupe.core.WorkItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcurrentLeaseTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} clients, {1} items")
    @CsvSource({"2, 40", "16, 160"})
    void concurrentClientsNeverShareAnItemAndLeaseEachOnce(int clients, int itemCount) throws Exception {
        try (TestServer server = TestServer.start(temp.resolve("data"))) {
            List<String> seeded = server.seed(itemCount).stream().map(WorkItem::id).toList();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                tokens.add(server.server.users().issueToken("reviewer-" + i, Role.REVIEWER));
            }
            ConcurrentLinkedQueue<Lease> leases = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (String token : tokens) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        for (HttpResponse<String> r = server.lease(token); r.statusCode() != 204; r = server.lease(token)) {
                            assertThat(r.statusCode()).isEqualTo(200);
                            leases.add(TestServer.read(r, Lease.class));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(leases).extracting(l -> l.item().id()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(seeded);
            assertThat(leases).extracting(Lease::fencingToken).containsOnly(1L);
        }
    }
}

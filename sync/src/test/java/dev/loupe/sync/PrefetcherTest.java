package dev.loupe.sync;

import dev.loupe.testing.ManualScheduler;
import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.ItemPreparation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prefetcher against a real server; its executor is a manual scheduler, so time moves only when told. */
class PrefetcherTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final ManualScheduler scheduler = ManualScheduler.manual();
    private final List<Lease> leased = new ArrayList<>();
    private final List<Lease> dropped = new ArrayList<>();
    private final List<String> prepared = new ArrayList<>();
    private DeskServer server;
    private Connectivity connectivity;
    private Prefetcher prefetcher;

    @BeforeEach
    void start() {
        server = new DeskServer(dataDir, clock);
        connectivity = new Connectivity(() -> { });
        prefetcher = prefetcher(item -> {
            prepared.add(item.item().id());
            return item;
        });
    }

    private Prefetcher prefetcher(ItemPreparation preparation) {
        return new Prefetcher(server.client(cacheDir), preparation, scheduler, 3, connectivity, new Prefetcher.Events() {
            @Override
            public void leased(Lease lease) {
                leased.add(lease);
            }

            @Override
            public void dropped(Lease lease) {
                dropped.add(lease);
            }

            @Override
            public void changed() {
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void keepsTheTargetNumberOfItemsLeasedDownloadedAndPrepared() throws IOException {
        server.add("claims", 5);

        prefetcher.chooseQueue("claims");
        scheduler.runDue();

        assertThat(prefetcher.readyCount()).isEqualTo(3);
        assertThat(leased).hasSize(3);
        assertThat(prepared).hasSize(3);
        ReadyItem first = prefetcher.take().orElseThrow();
        assertThat(first.problem()).isEmpty();
        assertThat(Files.readString(first.files().get(0))).startsWith("%PDF-1.7 document");
        assertThat(prepared.get(0)).isEqualTo(first.item().id());
    }

    @Test
    void takingAnItemFetchesTheNextInTheBackground() {
        server.add("claims", 5);
        prefetcher.chooseQueue("claims");
        scheduler.runDue();

        prefetcher.take();
        assertThat(prefetcher.readyCount()).isEqualTo(2);
        scheduler.runDue();

        assertThat(prefetcher.readyCount()).isEqualTo(3);
        assertThat(leased).hasSize(4);
    }

    @Test
    void anEmptyQueueIsAskedAgainAfterAWhileAndNewWorkIsFetched() {
        server.add("claims", 0);
        prefetcher.chooseQueue("claims");
        scheduler.runDue();
        assertThat(prefetcher.queueEmpty()).isTrue();
        assertThat(scheduler.nextDelay()).contains(Prefetcher.EMPTY_POLL);

        server.add("claims", 1);
        scheduler.advance(Prefetcher.EMPTY_POLL);

        assertThat(prefetcher.queueEmpty()).isFalse();
        assertThat(prefetcher.readyCount()).isEqualTo(1);
    }

    @Test
    void choosingAnotherQueueHandsBackTheItemsOfTheOldOne() {
        server.add("claims", 3);
        server.add("receipts", 3);
        prefetcher.chooseQueue("claims");
        scheduler.runDue();

        List<ReadyItem> old = prefetcher.chooseQueue("receipts");
        scheduler.runDue();

        assertThat(old).hasSize(3).allSatisfy(item -> assertThat(item.item().queue()).isEqualTo("claims"));
        ReadyItem next = prefetcher.take().orElseThrow();
        assertThat(next.item().queue()).isEqualTo("receipts");
    }

    @Test
    void anUnreachableServerIsAskedAgainWithGrowingWaitsAndFetchingResumesWhenItIsBack() {
        server.add("claims", 3);
        server.stop();

        prefetcher.chooseQueue("claims");
        scheduler.runDue();
        assertThat(connectivity.online()).isFalse();
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(1));
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(scheduler.nextDelay()).contains(Duration.ofSeconds(2));
        assertThat(prefetcher.readyCount()).isZero();
        assertThat(prefetcher.problem()).isEmpty();

        server.start();
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(connectivity.online()).isTrue();
        assertThat(prefetcher.readyCount()).isEqualTo(3);
    }

    @Test
    void damagedMediaMakesAReadyItemThatSaysWhy() throws IOException {
        server.add("claims", 1);
        WorkItem waiting = server.client(cacheDir.resolve("peek")).items("claims", ItemState.QUEUED, 1).get(0);
        server.damage(waiting.assets().get(0));

        prefetcher.chooseQueue("claims");
        scheduler.runDue();

        ReadyItem ready = prefetcher.take().orElseThrow();
        assertThat(ready.files()).containsOnlyNulls();
        assertThat(ready.problem()).startsWith("The document ").contains("arrived damaged");
    }

    @Test
    void aPreparationThatFailsGivesTheLeaseBackAndTriesAgainLater() {
        server.add("claims", 2);
        boolean[] fail = {true};
        prefetcher = prefetcher(ready -> {
            if (fail[0]) {
                throw new IllegalStateException("The renderer ran out of memory.");
            }
            return ready;
        });

        prefetcher.chooseQueue("claims");
        scheduler.runDue();
        assertThat(dropped).hasSize(1);
        assertThat(prefetcher.problem()).isEqualTo("The renderer ran out of memory.");

        fail[0] = false;
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(prefetcher.readyCount()).isEqualTo(1);
        assertThat(prefetcher.problem()).isEmpty();
        assertThat(leased).hasSize(2);
    }
}

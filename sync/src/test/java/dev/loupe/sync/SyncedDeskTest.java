package dev.loupe.sync;

import dev.loupe.testing.ManualScheduler;
import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Decision;
import dev.loupe.core.ItemState;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.port.DeskStatus;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.core.port.ReviewDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole desk against a real server that the tests stop, restart and go behind the back of. Its three parts run
 * on manual schedulers that share the test's clock with the server, so backoffs, polls and lease expiry pass when
 * the test says so.
 */
class SyncedDeskTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;
    @TempDir
    Path deskDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private ManualScheduler prefetch;
    private ManualScheduler heartbeat;
    private ManualScheduler outbox;
    private final List<DeskStatus> statuses = new ArrayList<>();
    private final List<String> lost = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private DeskServer server;
    private MediaCache media;
    private HttpOrchestrationClient client;
    private SyncedDesk desk;

    @BeforeEach
    void start() {
        server = new DeskServer(dataDir, clock);
        server.add("claims", 6);
        media = new MediaCache(cacheDir, 64);
        client = server.client(media);
        desk = openDesk();
    }

    /** A desk on fresh schedulers (a closed desk shuts its own down) over the same outbox file. */
    private SyncedDesk openDesk() {
        prefetch = ManualScheduler.manual();
        heartbeat = ManualScheduler.manual();
        outbox = ManualScheduler.manual();
        SyncedDesk opened = new SyncedDesk(client, media, Outbox.open(deskDir.resolve("outbox.db"), clock), ItemPreparation.NONE,
                3, new SyncedDesk.Executors(prefetch, heartbeat, outbox), clock, () -> 0.5);
        opened.listen(new ReviewDesk.Listener() {
            @Override
            public void changed(DeskStatus status) {
                statuses.add(status);
            }

            @Override
            public void leaseLost(String itemId, String sentence) {
                lost.add(itemId);
            }

            @Override
            public void refused(String itemId, String sentence) {
                refused.add(itemId + ": " + sentence);
            }
        });
        return opened;
    }

    @AfterEach
    void stop() {
        desk.close();
        server.close();
    }

    /** Lets every part of the desk do what is due now. */
    private void settle() {
        while (prefetch.runDue() + heartbeat.runDue() + outbox.runDue() > 0) {
            // Keep going until no part has anything left to do now.
        }
    }

    /** Moves the server's and the desk's time on together, a second at a time. */
    private void pass(Duration time) {
        for (long s = 0; s < time.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            prefetch.advance(Duration.ofSeconds(1));
            heartbeat.advance(Duration.ofSeconds(1));
            outbox.advance(Duration.ofSeconds(1));
        }
        settle();
    }

    private ReadyItem take() {
        return desk.take().orElseThrow(() -> new AssertionError("no item ready: " + desk.status()));
    }

    private void approve(ReadyItem item) {
        desk.submit(item, Decision.approve(item.lease(), 1_000), UUID.randomUUID().toString());
    }

    @Test
    void itemsAreReadyAheadAndADecisionReachesTheServerOnce() {
        desk.chooseQueue("claims");
        settle();
        assertThat(desk.status().ready()).isEqualTo(3);

        ReadyItem item = take();
        approve(item);
        assertThat(desk.status().unsent()).isEqualTo(1);
        settle();

        assertThat(desk.status().unsent()).isZero();
        assertThat(desk.status().ready()).isEqualTo(3);
        assertThat(client.decisions(item.item().id())).hasSize(1);
        assertThat(client.item(item.item().id()).state()).isEqualTo(ItemState.DECIDED);
    }

    @Test
    void anUnsentDecisionIsUndoneNeverReachesTheServerAndTheItemsLeaseIsKeptAliveAgain() {
        desk.chooseQueue("claims");
        settle();
        ReadyItem item = take();
        approve(item);

        ReadyItem back = desk.undoLast().orElseThrow();
        assertThat(back.item().id()).isEqualTo(item.item().id());
        assertThat(desk.status().unsent()).isZero();
        pass(Duration.ofMinutes(12));

        assertThat(client.decisions(item.item().id())).isEmpty();
        assertThat(lost).isEmpty();
        approve(back);
        settle();
        assertThat(client.decisions(item.item().id())).hasSize(1);
        assertThat(refused).isEmpty();
    }

    @Test
    void aDecisionAlreadySentCannotBeUndone() {
        desk.chooseQueue("claims");
        settle();
        ReadyItem item = take();
        approve(item);
        settle();

        assertThat(desk.undoLast()).isEmpty();
        assertThat(desk.undoLast()).as("asked again").isEmpty();
        assertThat(client.decisions(item.item().id())).hasSize(1);
    }

    @Test
    void nothingSubmittedNothingToUndo() {
        assertThat(desk.undoLast()).isEmpty();
    }

    @Test
    void withTheServerDownTheReviewerWorksThroughTheBufferAndEveryDecisionArrivesOnceItIsBack() {
        desk.chooseQueue("claims");
        settle();
        server.stop();

        List<ReadyItem> decided = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ReadyItem item = take();
            approve(item);
            decided.add(item);
            settle();
        }
        pass(Duration.ofSeconds(30));

        assertThat(desk.status().online()).isFalse();
        assertThat(desk.status().unsent()).isEqualTo(3);
        assertThat(desk.take()).isEmpty();

        server.start();
        pass(Duration.ofSeconds(40));

        assertThat(desk.status().online()).isTrue();
        assertThat(desk.status().unsent()).isZero();
        assertThat(desk.status().ready()).isEqualTo(3);
        for (ReadyItem item : decided) {
            assertThat(client.decisions(item.item().id())).as(item.item().id()).hasSize(1);
        }
        assertThat(statuses).anySatisfy(s -> assertThat(s.online()).isFalse());
    }

    @Test
    void leasesAreKeptAliveWhileTheReviewerTakesTheirTime() {
        desk.chooseQueue("claims");
        settle();
        ReadyItem item = take();

        pass(Duration.ofMinutes(12));
        approve(item);
        settle();

        assertThat(lost).isEmpty();
        assertThat(client.decisions(item.item().id())).hasSize(1);
        assertThat(refused).isEmpty();
    }

    @Test
    void aLeaseLostOnScreenIsSaidAndTheDecisionGoesToASupervisorAsAConflict() {
        desk.chooseQueue("claims");
        settle();
        ReadyItem item = take();
        client.release(item.lease(), ReleaseReason.RELEASED);

        pass(Duration.ofMinutes(4));
        assertThat(lost).containsExactly(item.item().id());

        approve(item);
        settle();

        assertThat(refused).singleElement().asString().startsWith(item.item().id() + ": ");
        assertThat(desk.status().unsent()).isZero();
        assertThat(client.decisions(item.item().id())).isEmpty();
    }

    @Test
    void readyItemsWhoseLeasesAreLostAreReplacedQuietly() {
        desk.chooseQueue("claims");
        settle();
        // The heartbeats did not get to run (a laptop asleep, say): every lease ran out on the server.
        clock.advance(Duration.ofMinutes(6));
        heartbeat.advance(KeepAlive.TICK);
        settle();

        assertThat(lost).isEmpty();
        assertThat(desk.status().ready()).isEqualTo(3);
        ReadyItem item = take();
        approve(item);
        settle();
        assertThat(refused).isEmpty();
        assertThat(client.decisions(item.item().id())).hasSize(1);
    }

    @Test
    void mediaOfLeasedItemsStaysInAFullCacheAndGoesOnceDecided() {
        // The cache holds 64 bytes, less than the media of the three items kept ready: only pins keep them.
        desk.chooseQueue("claims");
        settle();
        ReadyItem item = take();
        settle();

        assertThat(item.files().get(0)).exists();
        approve(item);
        settle();
        take();
        settle();

        assertThat(item.files().get(0)).doesNotExist();
    }

    @Test
    void choosingAnotherQueueGivesTheReadyItemsBack() {
        server.add("receipts", 2);
        desk.chooseQueue("claims");
        settle();

        desk.chooseQueue("receipts");
        settle();

        assertThat(client.items("claims", ItemState.QUEUED, 10)).hasSize(6);
        assertThat(take().item().queue()).isEqualTo("receipts");
    }

    @Test
    void decisionsLeftUnsentAtCloseAreSentByTheNextDesk() {
        desk.chooseQueue("claims");
        settle();
        server.stop();
        ReadyItem item = take();
        approve(item);
        settle();
        desk.close();
        server.start();

        desk = openDesk();
        assertThat(desk.status().unsent()).isEqualTo(1);
        pass(Duration.ofSeconds(30));

        assertThat(desk.status().unsent()).isZero();
        assertThat(client.decisions(item.item().id())).hasSize(1);
    }

    @Test
    void anEmptyQueueSaysSoAndNewWorkIsPickedUp() {
        server.add("empty", 0);
        desk.chooseQueue("empty");
        settle();
        assertThat(desk.status().queueEmpty()).isTrue();

        server.add("empty", 1);
        pass(Prefetcher.EMPTY_POLL);

        assertThat(desk.status().queueEmpty()).isFalse();
        assertThat(desk.status().ready()).isEqualTo(1);
    }
}

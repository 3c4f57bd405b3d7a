package dev.loupe.sync;

import dev.loupe.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Decision;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.sync.Outbox.Entry;
import dev.loupe.sync.Outbox.Refusal;
import dev.loupe.sync.Outbox.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(START);
    private Path file;
    private Outbox outbox;

    @BeforeEach
    void openOutbox() {
        file = folder.resolve("profile").resolve("outbox.db");
        outbox = Outbox.open(file, clock);
    }

    @AfterEach
    void closeOutbox() {
        outbox.close();
    }

    @Test
    void anAddedDecisionIsStillThereAfterReopening() {
        Decision decision = decision("ls-1");
        Entry added = outbox.add("it-1", decision, "key-1");
        outbox.close();

        outbox = Outbox.open(file, clock);

        assertThat(outbox.unsent(10)).containsExactly(added);
        assertThat(added).isEqualTo(new Entry(added.seq(), "it-1", decision, "key-1", START, 0, null, State.UNSENT,
                null, null));
        assertThat(outbox.unsentCount()).isEqualTo(1);
    }

    @Test
    void unsentComesOldestFirstAndCountsOnlyWhatWaits() {
        Entry first = outbox.add("it-1", decision("ls-1"), "key-1");
        Entry second = outbox.add("it-2", decision("ls-2"), "key-2");
        Entry third = outbox.add("it-3", decision("ls-3"), "key-3");
        outbox.markSent(second.seq(), recorded(second));

        assertThat(outbox.unsent(10)).extracting(Entry::seq).containsExactly(first.seq(), third.seq());
        assertThat(outbox.unsent(1)).extracting(Entry::seq).containsExactly(first.seq());
        assertThat(outbox.unsentCount()).isEqualTo(2);
    }

    @Test
    void anEntryCanBeWithdrawnOnlyWhileUnsentAndNotBeingSent() {
        Entry first = outbox.add("it-1", decision("ls-1"), "key-1");
        Entry second = outbox.add("it-2", decision("ls-2"), "key-2");

        assertThat(outbox.claimOldest()).map(Entry::seq).contains(first.seq());
        assertThat(outbox.withdraw(first.seq())).as("while being sent").isFalse();
        outbox.release(first.seq());
        assertThat(outbox.withdraw(first.seq())).as("after a failed send").isTrue();
        assertThat(outbox.withdraw(first.seq())).as("once withdrawn").isFalse();

        outbox.markSent(second.seq(), recorded(second));
        assertThat(outbox.withdraw(second.seq())).as("once sent").isFalse();
        assertThat(outbox.unsent(10)).isEmpty();
        assertThat(outbox.unsentCount()).isZero();
        assertThat(outbox.claimOldest()).isEmpty();
    }

    @Test
    void aWithdrawnSeqIsNeverGivenAgain() {
        Entry withdrawn = outbox.add("it-1", decision("ls-1"), "key-1");
        outbox.withdraw(withdrawn.seq());
        outbox.close();
        outbox = Outbox.open(file, clock);

        assertThat(outbox.add("it-1", decision("ls-1b"), "key-2").seq()).isGreaterThan(withdrawn.seq());
    }

    @Test
    void aRefusedEntryIsKeptAndNeverOfferedAgain() {
        Entry entry = outbox.add("it-1", decision("ls-1"), "key-1");
        outbox.claimOldest();
        outbox.markRefused(entry.seq(), 409, "lease-stale", "Your lease on item it-1 was lost.");
        outbox.release(entry.seq());
        clock.advance(Duration.ofDays(400));
        outbox.prune(Duration.ofDays(7));
        outbox.close();

        outbox = Outbox.open(file, clock);

        assertThat(outbox.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.state()).isEqualTo(State.REFUSED);
            assertThat(refused.refusal())
                    .isEqualTo(new Refusal(409, "lease-stale", "Your lease on item it-1 was lost."));
            assertThat(refused.decision()).isEqualTo(entry.decision());
        });
        assertThat(outbox.unsent(10)).isEmpty();
        assertThat(outbox.claimOldest()).isEmpty();
        assertThat(outbox.withdraw(entry.seq())).isFalse();
    }

    @Test
    void aFailedSendIsCountedWithItsSentence() {
        Entry entry = outbox.add("it-1", decision("ls-1"), "key-1");

        outbox.recordAttempt(entry.seq(), "Cannot reach the Loupe server.");
        Entry twice = outbox.recordAttempt(entry.seq(), "The server failed.");

        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.lastError()).isEqualTo("The server failed.");
        assertThat(outbox.unsent(1)).containsExactly(twice);
    }

    @Test
    void pruningForgetsOnlySentEntriesOlderThanTheAge() {
        Entry old = outbox.add("it-1", decision("ls-1"), "key-1");
        outbox.markSent(old.seq(), recorded(old));
        clock.advance(Duration.ofDays(8));
        Entry recent = outbox.add("it-2", decision("ls-2"), "key-2");
        Entry sentRecently = outbox.markSent(recent.seq(), recorded(recent));
        Entry waiting = outbox.add("it-3", decision("ls-3"), "key-3");

        assertThat(outbox.prune(Duration.ofDays(7))).isEqualTo(1);

        assertThat(sentRecently.decisionId()).isEqualTo("dc-" + recent.seq());
        assertThat(outbox.unsent(10)).containsExactly(waiting);
        assertThat(outbox.withdraw(old.seq())).isFalse();
        assertThat(outbox.prune(Duration.ofDays(7))).isZero();
    }

    @Test
    void aKeyIsUsedForOneDecisionOnly() {
        outbox.add("it-1", decision("ls-1"), "key-1");

        assertThatThrownBy(() -> outbox.add("it-2", decision("ls-2"), "key-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key-1 is already in the outbox");
        assertThat(outbox.unsentCount()).isEqualTo(1);
    }

    @Test
    void addsFromSeveralThreadsAllLand() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Entry>> adds = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String n = Integer.toString(i);
                adds.add(threads.submit(() -> outbox.add("it-" + n, decision("ls-" + n), "key-" + n)));
            }
            for (Future<Entry> add : adds) {
                add.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(outbox.unsent(100)).hasSize(40).extracting(Entry::seq).doesNotHaveDuplicates();
        assertThat(outbox.unsentCount()).isEqualTo(40);
    }

    @Test
    void garbageIsNotAnOutboxAndTheMessageSaysWhatToDo() throws IOException {
        Path garbage = Files.write(folder.resolve("garbage.db"), "this is not a database, just bytes".repeat(200)
                .getBytes());

        assertThatThrownBy(() -> Outbox.open(garbage, clock)).isInstanceOf(OutboxException.class)
                .hasMessage("The file " + garbage + " is not a Loupe outbox: it is damaged or holds something else."
                        + " Move it aside (keep it: it may hold decisions not yet sent) and start Loupe again; a new,"
                        + " empty outbox will be made.");
    }

    @Test
    void anotherDatabaseIsNotAnOutbox() throws SQLException {
        Path other = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
        }

        assertThatThrownBy(() -> Outbox.open(other, clock)).isInstanceOf(OutboxException.class)
                .hasMessage("The file " + other + " is an SQLite database, but not a Loupe outbox. Move it aside, or"
                        + " choose another file for the outbox, and start Loupe again.");
    }

    @Test
    void anOutboxFromANewerVersionIsNotOpened() throws SQLException {
        outbox.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }

        assertThatThrownBy(() -> Outbox.open(file, clock)).isInstanceOf(OutboxException.class)
                .hasMessageContaining("was written by a newer version of Loupe (format 7; this version reads format 1)."
                        + " Update Loupe");
    }

    @Test
    void aSecondProgramCannotOpenTheSameOutbox() {
        assertThatThrownBy(() -> Outbox.open(file, clock)).isInstanceOf(OutboxException.class)
                .hasMessage("The outbox " + file + " is in use by another Loupe program. Close the other one, then"
                        + " try again.");
    }

    private static Decision decision(String leaseId) {
        return new Decision(leaseId, 1, Outcome.APPROVED, List.of(), "", 100);
    }

    private RecordedDecision recorded(Entry entry) {
        return new RecordedDecision("dc-" + entry.seq(), entry.itemId(), "admin", clock.instant(), entry.decision());
    }
}

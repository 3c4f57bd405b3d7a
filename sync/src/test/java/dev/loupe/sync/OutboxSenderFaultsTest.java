package dev.loupe.sync;

import dev.loupe.testing.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Decision;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The sender with a scripted client, for the failures a real server does not produce on demand. */
class OutboxSenderFaultsTest {
    private static final double HALF = 0.5;

    @TempDir
    Path folder;

    private final ScriptedClient client = new ScriptedClient();
    private final ManualScheduler scheduler = ManualScheduler.manual();
    private final RecordingListener listener = new RecordingListener();
    private Outbox outbox;
    private OutboxSender sender;

    @BeforeEach
    void open() {
        outbox = Outbox.open(folder.resolve("outbox.db"), Clock.systemUTC());
        sender = new OutboxSender(outbox, client, scheduler, () -> HALF, listener);
    }

    @AfterEach
    void close() {
        sender.close();
        outbox.close();
    }

    static Stream<Arguments> failuresThatMayPass() {
        return Stream.of(Arguments.of(Kind.UNREACHABLE, 0), Arguments.of(Kind.SERVER_ERROR, 500),
                Arguments.of(Kind.BAD_RESPONSE, 200), Arguments.of(Kind.UNAUTHORIZED, 401),
                Arguments.of(Kind.REJECTED, 429), Arguments.of(Kind.REJECTED, 408));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("failuresThatMayPass")
    void aFailureThatMayPassIsTriedAgainAfterABackoff(Kind kind, int status) {
        client.thenFail(ScriptedClient.failure(kind, status)).thenRecord();
        Outbox.Entry entry = outbox.add("it-1", decision(), "key-1");

        sender.wake();
        scheduler.runDue();

        assertThat(listener.events()).containsExactly("waiting 1 " + kind);
        assertThat(outbox.unsent(1)).singleElement().satisfies(waiting -> {
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).isEqualTo("The script says " + kind + ".");
        });
        assertThat(scheduler.nextDelay()).contains(Duration.ofMillis(125));

        scheduler.advance(Duration.ofMillis(125));

        assertThat(listener.events()).endsWith("sent it-1 SENT", "drained");
        assertThat(client.keysSent()).containsExactly(entry.idempotencyKey(), entry.idempotencyKey());
    }

    @ParameterizedTest
    @EnumSource(names = {"CONFLICT", "REJECTED", "NOT_FOUND", "FORBIDDEN"})
    void aRefusalIsKeptAndNeverTriedAgainAndTheNextDecisionGoesOn(Kind kind) {
        client.thenFail(ScriptedClient.failure(kind, 400)).thenRecord();
        outbox.add("it-1", decision(), "key-1");
        outbox.add("it-2", decision(), "key-2");

        sender.wake();
        scheduler.runDue();

        assertThat(listener.events()).containsExactly("refused it-1 " + kind + " REFUSED", "sent it-2 SENT", "drained");
        assertThat(outbox.refused()).singleElement().satisfies(refused -> assertThat(refused.refusal())
                .isEqualTo(new Outbox.Refusal(400, "scripted", "The script says " + kind + ".")));
        assertThat(scheduler.nextDelay()).isEmpty();
        assertThat(client.keysSent()).containsExactly("key-1", "key-2");
    }

    @Test
    void aRefusedTokenIsTriedAgainForeverAtMostTheCapApart() {
        for (int i = 0; i < 20; i++) {
            client.thenFail(ScriptedClient.failure(Kind.UNAUTHORIZED, 401));
        }
        client.thenRecord();
        sender = new OutboxSender(outbox, client, scheduler, () -> 0.999_999, listener);
        outbox.add("it-1", decision(), "key-1");

        sender.wake();
        scheduler.runDue();
        for (int i = 0; i < 20; i++) {
            scheduler.advance(scheduler.nextDelay().orElseThrow());
        }

        assertThat(scheduler.requestedDelays()).hasSize(21).allSatisfy(delay ->
                assertThat(delay).isLessThanOrEqualTo(Backoff.CAP));
        assertThat(scheduler.requestedDelays().subList(8, 21)).containsOnly(Duration.ofMillis(29_999));
        assertThat(listener.events()).endsWith("waiting 1 UNAUTHORIZED", "sent it-1 SENT", "drained");
        assertThat(outbox.refused()).isEmpty();
    }

    @Test
    void anUnexpectedExceptionDoesNotStopTheSender() {
        client.thenFail(new IllegalStateException("boom")).thenRecord();
        outbox.add("it-1", decision(), "key-1");

        sender.wake();
        scheduler.runDue();

        assertThat(listener.events()).containsExactly("waiting 1 IllegalStateException");
        assertThat(outbox.unsent(1).get(0).lastError()).isEqualTo("Sending failed unexpectedly"
                + " (java.lang.IllegalStateException: boom). Loupe will try again; if this repeats, report it.");

        scheduler.advance(scheduler.nextDelay().orElseThrow());

        assertThat(outbox.unsentCount()).isZero();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheSender() {
        AtomicInteger told = new AtomicInteger();
        OutboxSender.Listener throwing = new OutboxSender.Listener() {
            @Override
            public void sent(Outbox.Entry entry, RecordedDecision recorded) {
                told.incrementAndGet();
                throw new IllegalStateException("a listener bug");
            }

            @Override
            public void waiting(int unsent, RuntimeException failure) {
                told.incrementAndGet();
                throw new IllegalStateException("another listener bug");
            }
        };
        sender = new OutboxSender(outbox, client, scheduler, () -> HALF, throwing);
        client.thenFail(ScriptedClient.failure(Kind.SERVER_ERROR, 500)).thenRecord().thenRecord();
        outbox.add("it-1", decision(), "key-1");
        outbox.add("it-2", decision(), "key-2");

        sender.wake();
        scheduler.runDue();
        scheduler.advance(scheduler.nextDelay().orElseThrow());

        assertThat(told).hasValue(3);
        assertThat(outbox.unsentCount()).isZero();
    }

    @Test
    void aWakeDuringABackoffSendsAtOnce() {
        client.thenFail(ScriptedClient.failure(Kind.UNREACHABLE, 0)).thenRecord();
        outbox.add("it-1", decision(), "key-1");
        sender.wake();
        scheduler.runDue();
        assertThat(scheduler.nextDelay()).contains(Duration.ofMillis(125));

        sender.wake();
        scheduler.runDue();

        assertThat(listener.events()).containsExactly("waiting 1 UNREACHABLE", "sent it-1 SENT", "drained");
        assertThat(scheduler.nextDelay()).as("the backoff was called off").isEmpty();
    }

    @Test
    void aWithdrawnDecisionIsNeverSent() {
        client.thenRecord();
        Outbox.Entry undone = outbox.add("it-1", decision(), "key-1");
        outbox.add("it-2", decision(), "key-2");

        assertThat(outbox.withdraw(undone.seq())).isTrue();
        sender.wake();
        scheduler.runDue();

        assertThat(client.keysSent()).containsExactly("key-2");
    }

    @Test
    void aDecisionCanBeWithdrawnBetweenTriesButNotWhileItIsBeingSent() {
        AtomicBoolean withdrawnInFlight = new AtomicBoolean(true);
        Outbox.Entry entry = outbox.add("it-1", decision(), "key-1");
        client.thenFail(ScriptedClient.failure(Kind.UNREACHABLE, 0));
        client.then((itemId, decision, key) -> {
            withdrawnInFlight.set(outbox.withdraw(entry.seq()));
            throw ScriptedClient.failure(Kind.SERVER_ERROR, 500);
        });
        sender.wake();
        scheduler.runDue();
        sender.wake();
        scheduler.runDue();
        assertThat(withdrawnInFlight).as("withdrawn while being sent").isFalse();

        assertThat(outbox.withdraw(entry.seq())).as("withdrawn between tries").isTrue();
        scheduler.advance(scheduler.nextDelay().orElseThrow());

        assertThat(client.keysSent()).hasSize(2);
        assertThat(listener.events()).endsWith("drained");
        assertThat(outbox.unsentCount()).isZero();
    }

    @Test
    void closeCallsOffAWaitingRetry() {
        client.thenFail(ScriptedClient.failure(Kind.UNREACHABLE, 0));
        outbox.add("it-1", decision(), "key-1");
        sender.wake();
        scheduler.runDue();

        sender.close();
        sender.wake();

        assertThat(scheduler.nextDelay()).isEmpty();
        assertThat(outbox.unsentCount()).as("kept for the next start").isEqualTo(1);
    }

    @Test
    void closeWaitsForTheSendUnderWay() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        client.then((itemId, decision, key) -> {
            sending.countDown();
            await(answer);
            return ScriptedClient.recorded(itemId, decision, key);
        });
        outbox.add("it-1", decision(), "key-1");
        sender.wake();
        Thread sendingThread = new Thread(scheduler::runDue, "sending");
        sendingThread.start();
        await(sending);

        AtomicInteger unsentAfterClose = new AtomicInteger(-1);
        Thread closing = new Thread(() -> {
            sender.close();
            unsentAfterClose.set(outbox.unsentCount());
        }, "closing");
        closing.start();
        while (closing.getState() != Thread.State.TIMED_WAITING) {
            assertThat(closing.isAlive()).as("close returns while a send is under way").isTrue();
            Thread.onSpinWait();
        }
        answer.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(10));
        sendingThread.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(unsentAfterClose).as("close returned after the send was recorded").hasValue(0);
        assertThat(listener.events()).containsExactly("sent it-1 SENT");
    }

    private static Decision decision() {
        return new Decision("ls-1", 1, Outcome.APPROVED, List.of(), "", 100);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package dev.loupe.sync;

import dev.loupe.core.Decision;
import dev.loupe.core.Lease;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * A workstation in its own JVM, for {@link OutboxKilledMidSendTest}: it sends what its outbox holds, then leases and
 * approves items as fast as it can, saying on stdout what it did, one line at a time, until it is killed.
 *
 * <p>Arguments: the outbox file, the server's address, the queue, and {@code decide} (go on deciding) or
 * {@code drain} (only send what the outbox holds). The token comes in {@code LOUPE_TOKEN}. Lines: {@code leased ITEM},
 * {@code committed SEQ ITEM KEY} once add has returned, {@code sent SEQ DECISION-ID RECORDED-AT-MILLIS}, {@code ready}
 * when what an earlier run left is sent, {@code done}; anything else is a failure.
 */
final class DecidingWorkstation {
    private DecidingWorkstation() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path outboxFile = Path.of(args[0]);
        URI server = URI.create(args[1]);
        String queue = args[2];
        boolean decide = args[3].equals("decide");
        var client = new HttpOrchestrationClient(server, System.getenv("LOUPE_TOKEN"),
                new MediaCache(outboxFile.resolveSibling("media")));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        Semaphore drained = new Semaphore(0);
        OutboxSender.Listener listener = new OutboxSender.Listener() {
            @Override
            public void sent(Outbox.Entry entry, RecordedDecision recorded) {
                say("sent " + entry.seq() + " " + recorded.id() + " " + recorded.recordedAt().toEpochMilli());
            }

            @Override
            public void refused(Outbox.Entry entry, OrchestrationException refusal) {
                say("refused " + entry.seq() + " " + refusal.getMessage());
            }

            @Override
            public void waiting(int unsent, RuntimeException failure) {
                say("waiting " + unsent + " " + failure.getMessage());
            }

            @Override
            public void drained() {
                drained.release();
            }
        };
        try (Outbox outbox = Outbox.open(outboxFile, Clock.systemUTC());
                OutboxSender sender = new OutboxSender(outbox, client, executor, new Random()::nextDouble, listener)) {
            sendAll(outbox, sender, drained);
            say("ready");
            if (decide) {
                for (Optional<Lease> lease = client.lease(queue); lease.isPresent(); lease = client.lease(queue)) {
                    String itemId = lease.get().item().id();
                    say("leased " + itemId);
                    Outbox.Entry entry = outbox.add(itemId, Decision.approve(lease.get(), 1),
                            UUID.randomUUID().toString());
                    say("committed " + entry.seq() + " " + itemId + " " + entry.idempotencyKey());
                    sender.wake();
                }
                sendAll(outbox, sender, drained);
            }
            say("done");
        } finally {
            executor.shutdownNow();
        }
    }

    private static void sendAll(Outbox outbox, OutboxSender sender, Semaphore drained) throws InterruptedException {
        drained.drainPermits();
        sender.wake();
        while (outbox.unsentCount() > 0) {
            drained.acquire();
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

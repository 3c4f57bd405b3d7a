package dev.loupe.sync;

import dev.loupe.core.Decision;
import dev.loupe.core.Lease;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.port.DeskStatus;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.ReviewDesk;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reviewer's desk over the orchestration API: a {@link Prefetcher} keeps items ready, a {@link KeepAlive} keeps
 * their leases, and an {@link Outbox} with its {@link OutboxSender} carries decisions to the server however long it
 * is away. Each part runs on its own executor, so a slow server stalls none of the others, and never the reviewer.
 */
public final class SyncedDesk implements ReviewDesk {
    private static final Logger LOG = Logger.getLogger(SyncedDesk.class.getName());

    /** The threads the desk works on; tests pass manual schedulers. */
    public record Executors(ScheduledExecutorService prefetch, ScheduledExecutorService heartbeat,
            ScheduledExecutorService outbox) {

        /** One daemon thread for each part. */
        public static Executors threads() {
            return new Executors(daemon("loupe-prefetch"), daemon("loupe-heartbeat"), daemon("loupe-outbox"));
        }

        private static ScheduledExecutorService daemon(String name) {
            return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        void shutdown() {
            for (ScheduledExecutorService executor : List.of(prefetch, heartbeat, outbox)) {
                executor.shutdown();
            }
        }
    }

    private final OrchestrationClient client;
    private final MediaCache media;
    private final Outbox outbox;
    /** The pins on the media of each lease held, by lease id: the cache never evicts what may still be shown. */
    private final Map<String, List<MediaCache.Pin>> pins = new ConcurrentHashMap<>();
    private final Executors executors;
    private final Connectivity connectivity;
    private final Prefetcher prefetcher;
    private final KeepAlive keepAlive;
    private final OutboxSender sender;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /**
     * Decisions submitted and not yet settled, newest first, for undo; the sender settles them oldest first, so the
     * newest unsettled one is always the last submitted. Guarded by itself.
     */
    private final Deque<Submitted> submitted = new ArrayDeque<>();

    /** A decision in the outbox and the item it decided, under the lease as last renewed. */
    private record Submitted(long seq, ReadyItem item) {
    }

    /**
     * @param client      the API; called only from the desk's executors
     * @param media       the cache the client downloads into; media of items the desk holds leases on stay pinned
     * @param outbox      where decisions are kept until the server confirms them; the desk closes it
     * @param preparation what to do with an item before it counts as ready
     * @param readyTarget how many items to keep ready ahead of the reviewer
     */
    public SyncedDesk(OrchestrationClient client, MediaCache media, Outbox outbox, ItemPreparation preparation,
            int readyTarget,
            Executors executors, Clock clock, DoubleSupplier jitter) {
        this.client = Objects.requireNonNull(client, "client");
        this.media = Objects.requireNonNull(media, "media");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.connectivity = new Connectivity(this::onConnectivity);
        this.prefetcher = new Prefetcher(client, preparation, executors.prefetch(), readyTarget, connectivity,
                new PrefetchEvents());
        this.keepAlive = new KeepAlive(client, executors.heartbeat(), clock, connectivity, new LeaseEvents());
        this.sender = new OutboxSender(outbox, client, executors.outbox(), jitter, new SendEvents());
        sender.wake();
    }

    @Override
    public void chooseQueue(String queue) {
        for (ReadyItem old : prefetcher.chooseQueue(queue)) {
            giveBack(old, ReleaseReason.RELEASED);
        }
        announce();
    }

    @Override
    public Optional<ReadyItem> take() {
        Optional<ReadyItem> next = prefetcher.take();
        next.ifPresent(item -> announce());
        return next;
    }

    @Override
    public void submit(ReadyItem item, Decision decision, String idempotencyKey) {
        Outbox.Entry entry = outbox.add(item.item().id(), decision, idempotencyKey);
        Lease latest = letGo(item.lease());
        synchronized (submitted) {
            submitted.push(new Submitted(entry.seq(), item.withLease(latest)));
        }
        sender.wake();
        announce();
    }

    @Override
    public Optional<ReadyItem> undoLast() {
        Submitted last;
        synchronized (submitted) {
            last = submitted.peek();
            if (last == null || !outbox.withdraw(last.seq())) {
                return Optional.empty();
            }
            submitted.pop();
        }
        Lease lease = last.item().lease();
        pins.put(lease.leaseId(), lease.item().assets().stream().map(a -> media.pin(a.sha256())).toList());
        keepAlive.hold(lease);
        announce();
        return Optional.of(last.item());
    }

    @Override
    public void giveBack(ReadyItem item, ReleaseReason reason) {
        release(item.lease(), reason);
    }

    @Override
    public DeskStatus status() {
        return new DeskStatus(prefetcher.queue(), prefetcher.readyCount(), prefetcher.queueEmpty(),
                connectivity.online(), outbox.unsentCount(), prefetcher.problem());
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        List<ReadyItem> left = prefetcher.close();
        keepAlive.close();
        for (ReadyItem item : left) {
            release(item.lease(), ReleaseReason.RELEASED);
        }
        sender.close();
        executors.shutdown();
        try {
            // Give-backs are courtesy: a lease not given back simply expires on the server.
            executors.prefetch().awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close();
    }

    /**
     * The desk holds this lease no more: no heartbeats for it, and its media may be evicted. Returns the lease as
     * last renewed.
     */
    private Lease letGo(Lease lease) {
        Lease latest = keepAlive.forget(lease);
        List<MediaCache.Pin> held = pins.remove(lease.leaseId());
        if (held != null) {
            held.forEach(MediaCache.Pin::close);
        }
        return latest;
    }

    private void release(Lease lease, ReleaseReason reason) {
        letGo(lease);
        try {
            executors.prefetch().execute(() -> {
                try {
                    client.release(lease, reason);
                    connectivity.answered();
                } catch (RuntimeException e) {
                    connectivity.failed(e);
                    LOG.log(Level.FINE, "Giving back " + lease.item().id() + " failed; its lease will expire", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // The desk closed while an item was still being prepared: nothing gives it back now, its lease expires.
            LOG.log(Level.FINE, "The desk is closed; " + lease.item().id() + " goes back when its lease expires", e);
        }
    }

    private void onConnectivity() {
        if (connectivity.online()) {
            prefetcher.wake();
            sender.wake();
        }
        announce();
    }

    private void announce() {
        DeskStatus status = status();
        tell(l -> l.changed(status));
    }

    private void tell(Consumer<Listener> message) {
        for (Listener listener : listeners) {
            try {
                message.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A desk listener failed", e);
            }
        }
    }

    private final class PrefetchEvents implements Prefetcher.Events {
        @Override
        public void leased(Lease lease) {
            pins.put(lease.leaseId(), lease.item().assets().stream().map(a -> media.pin(a.sha256())).toList());
            keepAlive.hold(lease);
        }

        @Override
        public void dropped(Lease lease) {
            release(lease, ReleaseReason.RELEASED);
        }

        @Override
        public void changed() {
            announce();
        }
    }

    private final class LeaseEvents implements KeepAlive.Events {
        @Override
        public void renewed(Lease lease) {
            prefetcher.renewed(lease);
        }

        @Override
        public void lost(Lease lease, String sentence) {
            boolean wasReady = prefetcher.remove(lease);
            if (wasReady) {
                letGo(lease);
            } else {
                tell(l -> l.leaseLost(lease.item().id(), sentence));
            }
            announce();
        }
    }

    private final class SendEvents implements OutboxSender.Listener {
        @Override
        public void sent(Outbox.Entry entry, RecordedDecision recorded) {
            settled(entry);
            connectivity.answered();
            announce();
        }

        @Override
        public void refused(Outbox.Entry entry, OrchestrationException why) {
            settled(entry);
            connectivity.answered();
            tell(l -> l.refused(entry.itemId(), why.getMessage()));
            announce();
        }

        /** A settled decision can no longer be undone, so its item need not be remembered. */
        private void settled(Outbox.Entry entry) {
            synchronized (submitted) {
                submitted.removeIf(s -> s.seq() == entry.seq());
            }
        }

        @Override
        public void waiting(int left, RuntimeException lastFailure) {
            connectivity.failed(lastFailure);
            announce();
        }

        @Override
        public void drained() {
            announce();
        }
    }
}

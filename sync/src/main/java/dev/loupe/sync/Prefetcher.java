package dev.loupe.sync;

import dev.loupe.core.Asset;
import dev.loupe.core.Lease;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a few items of the chosen queue leased, downloaded and prepared ahead of the reviewer. All network work runs
 * on its own executor, one fill at a time; the reviewer's {@link #take()} only polls the buffer.
 */
final class Prefetcher {
    private static final Logger LOG = Logger.getLogger(Prefetcher.class.getName());
    /** How soon to ask an empty queue again. */
    static final Duration EMPTY_POLL = Duration.ofSeconds(5);
    /** First wait after the server did not answer; doubles up to {@link #MAX_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(5);

    /** What the prefetcher tells the desk. */
    interface Events {
        /** An item was leased: keep its lease alive from now on. */
        void leased(Lease lease);

        /** An item will not be reviewed from this buffer (wrong queue now, or failed): its lease is given back. */
        void dropped(Lease lease);

        /** The buffer or the queue's state changed. */
        void changed();
    }

    private final OrchestrationClient client;
    private final ItemPreparation preparation;
    private final ScheduledExecutorService executor;
    private final int target;
    private final Connectivity connectivity;
    private final Events events;

    private final Deque<ReadyItem> ready = new ArrayDeque<>();
    private String queue;
    private long generation;
    private boolean fillScheduled;
    private boolean queueEmpty;
    private String problem = "";
    private Duration retry = FIRST_RETRY;
    private boolean closed;

    Prefetcher(OrchestrationClient client, ItemPreparation preparation, ScheduledExecutorService executor, int target,
            Connectivity connectivity, Events events) {
        if (target < 1) {
            throw new IllegalArgumentException("The prefetcher must keep at least one item ready, got " + target + ".");
        }
        this.client = client;
        this.preparation = preparation;
        this.executor = executor;
        this.target = target;
        this.connectivity = connectivity;
        this.events = events;
    }

    /** Works from this queue from now on; returns the items prepared from the previous one, to be given back. */
    synchronized List<ReadyItem> chooseQueue(String name) {
        if (name.equals(queue)) {
            return List.of();
        }
        queue = name;
        generation++;
        queueEmpty = false;
        problem = "";
        retry = FIRST_RETRY;
        List<ReadyItem> old = new ArrayList<>(ready);
        ready.clear();
        scheduleFill(Duration.ZERO);
        return old;
    }

    synchronized Optional<ReadyItem> take() {
        ReadyItem next = ready.poll();
        scheduleFill(Duration.ZERO);
        return Optional.ofNullable(next);
    }

    /** Takes an item out of the buffer because this lease on it was lost; true when it was there. */
    synchronized boolean remove(Lease lease) {
        boolean removed = ready.removeIf(r -> r.lease().leaseId().equals(lease.leaseId()));
        if (removed) {
            scheduleFill(Duration.ZERO);
        }
        return removed;
    }

    /** Puts a renewed lease on a buffered item. */
    synchronized void renewed(Lease lease) {
        List<ReadyItem> copy = new ArrayList<>(ready);
        ready.clear();
        for (ReadyItem item : copy) {
            ready.add(item.item().id().equals(lease.item().id()) ? item.withLease(lease) : item);
        }
    }

    /** Asks again now instead of waiting out a back-off, e.g. because the server answered another call. */
    synchronized void wake() {
        retry = FIRST_RETRY;
        scheduleFill(Duration.ZERO);
    }

    synchronized int readyCount() {
        return ready.size();
    }

    synchronized boolean queueEmpty() {
        return queueEmpty && ready.isEmpty();
    }

    synchronized String problem() {
        return problem;
    }

    synchronized String queue() {
        return queue;
    }

    /** Stops fetching and returns what was prepared, to be given back. */
    synchronized List<ReadyItem> close() {
        closed = true;
        List<ReadyItem> left = new ArrayList<>(ready);
        ready.clear();
        return left;
    }

    private void scheduleFill(Duration delay) {
        if (closed || queue == null || fillScheduled || ready.size() >= target) {
            return;
        }
        fillScheduled = true;
        executor.schedule(this::fill, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fill() {
        String name;
        long started;
        synchronized (this) {
            fillScheduled = false;
            if (closed || queue == null || ready.size() >= target) {
                return;
            }
            name = queue;
            started = generation;
        }
        Duration next;
        try {
            next = fetchOne(name, started);
        } catch (RuntimeException e) {
            next = failed(e);
        }
        synchronized (this) {
            scheduleFill(next);
        }
        events.changed();
    }

    /** Leases and prepares one item; returns how long to wait before the next. */
    private Duration fetchOne(String name, long started) {
        Optional<Lease> leased = client.lease(name);
        connectivity.answered();
        if (leased.isEmpty()) {
            synchronized (this) {
                queueEmpty = true;
                problem = "";
                retry = FIRST_RETRY;
            }
            return EMPTY_POLL;
        }
        Lease lease = leased.get();
        events.leased(lease);
        ReadyItem item;
        try {
            item = preparation.prepare(download(lease));
        } catch (RuntimeException e) {
            // The lease is ours but the item is not ready: give it back rather than hold it while offline.
            events.dropped(lease);
            throw e;
        }
        synchronized (this) {
            queueEmpty = false;
            problem = "";
            retry = FIRST_RETRY;
            if (started != generation || closed) {
                events.dropped(lease);
            } else {
                ready.add(item);
            }
        }
        return Duration.ZERO;
    }

    private ReadyItem download(Lease lease) {
        List<Path> files = new ArrayList<>();
        String problem = "";
        for (Asset asset : lease.item().assets()) {
            try {
                files.add(client.media(asset));
                connectivity.answered();
            } catch (OrchestrationException e) {
                if (Connectivity.isUnreachable(e)) {
                    throw e;
                }
                // The server answered but the file is missing or damaged: the reviewer sees why and can escalate.
                files.add(null);
                problem = problem.isEmpty() ? "The document " + asset.fileName() + " could not be downloaded: "
                        + e.getMessage() : problem;
            }
        }
        return new ReadyItem(lease, files, problem);
    }

    private Duration failed(RuntimeException e) {
        connectivity.failed(e);
        synchronized (this) {
            Duration wait = retry;
            retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
            problem = Connectivity.isUnreachable(e) ? "" : e.getMessage();
            if (!Connectivity.isUnreachable(e)) {
                LOG.log(Level.WARNING, "Prefetching from " + queue + " failed", e);
            }
            return wait;
        }
    }
}

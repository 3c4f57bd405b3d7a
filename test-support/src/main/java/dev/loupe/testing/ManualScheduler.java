package dev.loupe.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when the test says so, and whose tasks run on the test's thread. Tasks due now
 * run when the test calls {@link #runDue()} or {@link #advance(Duration)}, or, for an inline scheduler, as soon as
 * they are handed over (after the task that handed them over finishes, never inside it).
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final boolean inline;
    private final PriorityQueue<Job> jobs = new PriorityQueue<>(Comparator.comparingLong(Job::due)
            .thenComparingLong(Job::order));
    private final List<Duration> requested = new ArrayList<>();
    private long nowNanos;
    private long order;
    private boolean running;
    private boolean shutdown;

    private ManualScheduler(boolean inline) {
        this.inline = inline;
    }

    /** Tasks wait until the test runs them. */
    public static ManualScheduler manual() {
        return new ManualScheduler(false);
    }

    /** Tasks due now run at once on the caller's thread; delayed ones wait for {@link #advance(Duration)}. */
    public static ManualScheduler inline() {
        return new ManualScheduler(true);
    }

    /**
     * Runs every task due by now, including those they schedule for now; returns how many ran. Tasks run outside the
     * scheduler's lock, so another thread may cancel or add tasks while one runs.
     */
    public int runDue() {
        synchronized (this) {
            if (running) {
                return 0;
            }
            running = true;
        }
        int ran = 0;
        try {
            while (true) {
                Job next;
                synchronized (this) {
                    next = jobs.peek();
                    if (next == null || next.due() > nowNanos) {
                        break;
                    }
                    jobs.poll();
                }
                next.run();
                ran++;
            }
        } finally {
            synchronized (this) {
                running = false;
            }
        }
        return ran;
    }

    /** Moves time on, running tasks in the order they fall due. */
    public void advance(Duration by) {
        long target;
        synchronized (this) {
            target = nowNanos + by.toNanos();
        }
        while (true) {
            synchronized (this) {
                Job next = jobs.peek();
                if (next == null || next.due() > target) {
                    break;
                }
                nowNanos = Math.max(nowNanos, next.due());
            }
            if (runDue() == 0) {
                break;
            }
        }
        synchronized (this) {
            nowNanos = Math.max(nowNanos, target);
        }
        runDue();
    }

    /** How long until the next task falls due; empty when none waits. */
    public synchronized Optional<Duration> nextDelay() {
        Job next = jobs.peek();
        return next == null ? Optional.empty() : Optional.of(Duration.ofNanos(next.due() - nowNanos));
    }

    /** The delays tasks were handed over with, in order. */
    public synchronized List<Duration> requestedDelays() {
        return List.copyOf(requested);
    }

    public synchronized int waiting() {
        return jobs.size();
    }

    private Job add(Runnable task, long delayNanos, long periodNanos) {
        Job job;
        synchronized (this) {
            requested.add(Duration.ofNanos(Math.max(0, delayNanos)));
            job = new Job(task, nowNanos + Math.max(0, delayNanos), periodNanos, order++);
            if (shutdown) {
                return job;
            }
            jobs.add(job);
        }
        if (inline && delayNanos <= 0) {
            runDue();
        }
        return job;
    }

    @Override
    public void execute(Runnable command) {
        add(command, 0, 0);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("Schedule a Runnable.");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(period));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, unit.toNanos(initialDelay), unit.toNanos(delay));
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(jobs);
        jobs.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && !running;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Job extends FutureTask<Void> implements ScheduledFuture<Void> {
        private final long period;
        private final long order;
        private long due;

        Job(Runnable task, long due, long period, long order) {
            super(task, null);
            this.due = due;
            this.period = period;
            this.order = order;
        }

        long due() {
            return due;
        }

        long order() {
            return order;
        }

        @Override
        public void run() {
            if (period == 0) {
                super.run();
            } else if (runAndReset()) {
                synchronized (ManualScheduler.this) {
                    due = nowNanos + period;
                    jobs.add(this);
                }
            }
        }

        /** A task that throws is a bug in the code under test: the test hears of it at once. */
        @Override
        protected void setException(Throwable failure) {
            super.setException(failure);
            throw new AssertionError("A scheduled task failed: " + failure, failure);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualScheduler.this) {
                jobs.remove(this);
            }
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}

package dev.loupe.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor the test drives: nothing runs until the test calls {@link #runDue()} or {@link #advance},
 * and then it runs on the test's thread, in order of time, so timing is tested without sleeping.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>();
    private final List<Duration> requested = new ArrayList<>();
    private long nowMillis;
    private long added;
    private boolean shutdown;

    /** Runs every task due now, including those they schedule for now; returns how many ran. */
    int runDue() {
        return runUntil(now());
    }

    /** Moves time on by {@code duration}, running what falls due on the way, in order. */
    void advance(Duration duration) {
        long target = now() + duration.toMillis();
        runUntil(target);
        synchronized (this) {
            nowMillis = target;
        }
    }

    /** How long until the next task that was not cancelled; empty when none waits. */
    synchronized Optional<Duration> nextDelay() {
        tasks.removeIf(Task::isCancelled);
        Task<?> head = tasks.peek();
        return head == null ? Optional.empty() : Optional.of(Duration.ofMillis(head.due - nowMillis));
    }

    /** The delays tasks were scheduled with, in order. */
    synchronized List<Duration> requestedDelays() {
        return List.copyOf(requested);
    }

    private int runUntil(long target) {
        int ran = 0;
        while (true) {
            Task<?> task;
            synchronized (this) {
                tasks.removeIf(Task::isCancelled);
                task = tasks.peek();
                if (task == null || task.due > target) {
                    return ran;
                }
                tasks.poll();
                nowMillis = Math.max(nowMillis, task.due);
            }
            task.run();
            surfaceFailureOf(task);
            ran++;
        }
    }

    /** A task that threw fails the test, instead of hiding in its future as it would on a real executor. */
    private static void surfaceFailureOf(Task<?> task) {
        if (task.isCancelled()) {
            return;
        }
        try {
            task.get();
        } catch (ExecutionException e) {
            throw new AssertionError("A scheduled task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized long now() {
        return nowMillis;
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(Executors.callable(command), delay, unit);
    }

    @Override
    public synchronized <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, delay, unit);
    }

    private <V> Task<V> add(Callable<V> callable, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("The scheduler is shut down");
        }
        long millis = unit.toMillis(delay);
        requested.add(Duration.ofMillis(millis));
        Task<V> task = new Task<>(callable, nowMillis + Math.max(0, millis), added++);
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("Not used by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("Not used by the code under test");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(tasks);
        tasks.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private final long due;
        private final long order;

        Task(Callable<V> callable, long due, long order) {
            super(callable);
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            return due != that.due ? Long.compare(due, that.due) : Long.compare(order, that.order);
        }
    }
}

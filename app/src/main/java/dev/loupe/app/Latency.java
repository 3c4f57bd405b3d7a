package dev.loupe.app;

import java.util.Arrays;

/** Latencies recorded from many threads, summarised as nearest-rank percentiles in milliseconds. */
final class Latency {
    /** p50, p95 and p99 in milliseconds, two decimals. */
    record Summary(double p50, double p95, double p99) {
    }

    private final long[] nanos;
    private int count;

    Latency(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void record(long elapsedNanos) {
        if (count < nanos.length) {
            nanos[count++] = elapsedNanos;
        }
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    /** The longest, in milliseconds, two decimals. */
    synchronized double maxMs() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, nanos[i]);
        }
        return Math.round(max / 10_000.0) / 100.0;
    }

    /** How many took longer than {@code ms} milliseconds. */
    synchronized int over(double ms) {
        int over = 0;
        for (int i = 0; i < count; i++) {
            over += nanos[i] > ms * 1_000_000 ? 1 : 0;
        }
        return over;
    }

    synchronized int count() {
        return count;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] / 10_000.0) / 100.0;
    }
}

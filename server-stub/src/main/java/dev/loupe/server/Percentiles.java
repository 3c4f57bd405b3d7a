package dev.loupe.server;

/**
 * Percentiles by linear interpolation between the two nearest ranks, the method of PostgreSQL's
 * {@code percentile_cont} and numpy's default: on sorted values {@code v[0..n-1]} the p-quantile lies at
 * {@code h = (n - 1) * p} and is {@code v[floor h] + (h - floor h) * (v[floor h + 1] - v[floor h])}. So the median
 * of an even count is the mean of the middle two, and p95 never lies outside the values.
 */
final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param sorted   values in ascending order, at least one
     * @param fraction the percentile as a fraction, 0.5 for the median, 0.95 for p95
     * @return the percentile, rounded to the nearest whole unit
     */
    static long of(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("A percentile needs at least one value.");
        }
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("A percentile fraction lies from 0 to 1, got " + fraction + ".");
        }
        double rank = (sorted.length - 1) * fraction;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return Math.round(sorted[below] + (rank - below) * (sorted[above] - sorted[below]));
    }
}

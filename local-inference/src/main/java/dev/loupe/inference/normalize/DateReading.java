package dev.loupe.inference.normalize;

import java.time.LocalDate;

/**
 * What {@link Dates} made of a printed date: the date, or why there is none.
 *
 * @param date           the date read; null when it could not be
 * @param ambiguous      day and month could be swapped (03/04/2024); the order came from the hint or, without one,
 *                       was taken as day first
 * @param resolvedByHint an ambiguous order was settled by the document's {@link DateOrder}
 * @param problem        why no date could be read, as a sentence; empty when one was
 */
public record DateReading(LocalDate date, boolean ambiguous, boolean resolvedByHint, String problem) {
    public DateReading {
        problem = problem == null ? "" : problem;
        if ((date == null) == problem.isEmpty()) {
            throw new IllegalArgumentException("A date reading has either a date or a problem, not both or neither.");
        }
        if (resolvedByHint && !ambiguous) {
            throw new IllegalArgumentException("Only an ambiguous date needs the hint to settle it.");
        }
    }

    static DateReading of(LocalDate date, boolean ambiguous, boolean resolvedByHint) {
        return new DateReading(date, ambiguous, resolvedByHint, "");
    }

    static DateReading failed(String problem) {
        return new DateReading(null, false, false, problem);
    }

    public boolean isRead() {
        return date != null;
    }

    /** The date in ISO 8601, {@code 2024-01-12}; empty when none was read. */
    public String iso() {
        return date == null ? "" : date.toString();
    }
}

package dev.loupe.inference.model;

/**
 * One example's features as the slots that are set and their values; every other slot is 0.
 *
 * @param slots  increasing slot numbers
 * @param values the value in each of those slots
 */
public record SparseRow(int[] slots, float[] values) {
    public SparseRow {
        if (slots.length != values.length) {
            throw new IllegalArgumentException("A sparse row needs one value per slot.");
        }
    }

    /** Writes this row into {@code dense} at {@code offset}, which must be zeroed. */
    void scatter(float[] dense, int offset) {
        for (int i = 0; i < slots.length; i++) {
            dense[offset + slots[i]] = values[i];
        }
    }
}

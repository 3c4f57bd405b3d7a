package dev.loupe.inference.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Named features hashed into a fixed number of slots (the hashing trick), so that any word or phrase can be a
 * feature without a vocabulary to keep in step with the model. Builds one sparse row; {@link #freeze} gives it.
 */
public final class FeatureVector {
    private final int dimensions;
    private int[] slots = new int[32];
    private float[] values = new float[32];
    private int size;

    public FeatureVector(int dimensions) {
        if (Integer.bitCount(dimensions) != 1) {
            throw new IllegalArgumentException("Feature dimensions must be a power of two, got " + dimensions + ".");
        }
        this.dimensions = dimensions;
    }

    /** Adds 1 to the slot of this named feature. */
    public FeatureVector add(String feature) {
        return add(feature, 1f);
    }

    public FeatureVector add(String feature, float value) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        slots[size] = slot(feature, dimensions);
        values[size] = value;
        size++;
        return this;
    }

    /** Adds the feature only when {@code condition} holds, for yes/no facts. */
    public FeatureVector flag(String feature, boolean condition) {
        return condition ? add(feature) : this;
    }

    /** The row, with values of features that share a slot summed and every value squashed by log(1 + v). */
    public SparseRow freeze() {
        long[] bySlot = new long[size];
        for (int i = 0; i < size; i++) {
            bySlot[i] = (long) slots[i] << 32 | i;
        }
        Arrays.sort(bySlot);
        int[] outSlots = new int[size];
        float[] outValues = new float[size];
        int distinct = 0;
        for (long entry : bySlot) {
            int slot = (int) (entry >>> 32);
            if (distinct == 0 || outSlots[distinct - 1] != slot) {
                outSlots[distinct++] = slot;
            }
            outValues[distinct - 1] += values[(int) entry];
        }
        for (int i = 0; i < distinct; i++) {
            outValues[i] = (float) Math.log1p(Math.max(0, outValues[i]));
        }
        return new SparseRow(Arrays.copyOf(outSlots, distinct), Arrays.copyOf(outValues, distinct));
    }

    /** FNV-1a over the UTF-8 bytes, then a final mix: stable across JVMs and platforms, unlike String.hashCode. */
    static int slot(String feature, int dimensions) {
        int hash = 0x811C9DC5;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >>> 13;
        return hash & (dimensions - 1);
    }
}

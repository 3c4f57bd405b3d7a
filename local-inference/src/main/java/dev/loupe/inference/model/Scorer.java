package dev.loupe.inference.model;

import dev.loupe.core.annotation.ModelRef;
import java.util.List;

/** A model that gives each feature row a probability for each of its labels. Thread-safe. */
public interface Scorer extends AutoCloseable {
    ModelRef model();

    /** The labels, in the order of each row of {@link #probabilities}. */
    List<String> labels();

    /** The number of feature slots a row may use. */
    int dimensions();

    /** For each row, the probability of each label; each row sums to 1. */
    float[][] probabilities(List<SparseRow> rows);

    @Override
    void close();
}

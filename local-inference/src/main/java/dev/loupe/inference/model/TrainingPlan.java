package dev.loupe.inference.model;

import java.util.List;

/**
 * How to train one MLP. The same plan, rows and seed always give the same weights.
 *
 * @param name         what the model does, e.g. {@code field-tagger}
 * @param dimensions   feature slots
 * @param hidden       hidden layer sizes
 * @param epochs       passes over the examples
 * @param batchSize    examples per step
 * @param learningRate Adam's step size
 * @param seed         for initial weights and the order of examples
 */
public record TrainingPlan(String name, int dimensions, List<Integer> hidden, int epochs, int batchSize,
        float learningRate, long seed) {
    public TrainingPlan {
        hidden = List.copyOf(hidden);
        if (dimensions <= 0 || epochs <= 0 || batchSize <= 0 || !(learningRate > 0)) {
            throw new IllegalArgumentException("A training plan needs positive dimensions, epochs, batch size and "
                    + "learning rate.");
        }
    }

    /** Names everything that decides the weights, so that a version names exactly one model. */
    public String fingerprint() {
        return HashedMlp.ARCHITECTURE + "|" + name + "|" + dimensions + "|" + hidden + "|" + epochs + "|" + batchSize + "|" + learningRate + "|" + seed;
    }
}

package dev.loupe.inference.model;

import ai.djl.nn.Block;
import java.util.List;

/** The one architecture Loupe trains: hashed features in, ReLU hidden layers, one logit per label out. */
final class MlpShape {
    private MlpShape() {
    }

    static Block block(int dimensions, int labels, List<Integer> hidden) {
        return new HashedMlp(dimensions, labels, hidden);
    }
}

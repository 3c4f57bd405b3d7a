package dev.loupe.core.annotation;

/** The one rule for every confidence in an annotation: a probability-like number from 0 to 1. */
final class Confidence {
    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A confidence lies between 0 and 1, got " + confidence + ".");
        }
    }
}

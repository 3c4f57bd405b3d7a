package dev.loupe.media.synth;

import java.awt.Color;
import java.util.List;
import java.util.Random;

/** A rubber stamp pressed on the paper: one word in a frame, tilted, in faded red or blue ink, centred on x, y. */
record Stamp(String word, double x, double y, double degrees, Color ink) {
    static final Face FACE = Face.SANS_BOLD;
    static final double SIZE = 20;

    static Stamp at(Sheet.StampSpot spot, String word, Random random) {
        Color ink = Vocabulary.pick(List.of(new Color(190, 30, 40), new Color(30, 60, 170)), random);
        double degrees = (random.nextBoolean() ? 1 : -1) * (6 + random.nextInt(10));
        return new Stamp(word, spot.x(), spot.y(), degrees, ink);
    }

    /** Its word's baseline, set so the capitals sit in the middle of the frame. */
    double baseline() {
        return y + 7;
    }
}

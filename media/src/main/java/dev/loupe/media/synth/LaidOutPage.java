package dev.loupe.media.synth;

import java.util.List;

/** One page of a laid-out document: its size in points and its words in reading order. */
public record LaidOutPage(double widthPoints, double heightPoints, List<TruthWord> words) {
    public LaidOutPage {
        words = List.copyOf(words);
    }
}

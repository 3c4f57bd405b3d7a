package dev.loupe.inference.features;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;

/** Builds a page of words for tests: each call to {@link #line} prints words left to right on the next line. */
public final class PageWords {
    private static final ModelRef TEST = new ModelRef("test-words", "1");
    private final List<Word> words = new ArrayList<>();
    private double y = 0.05;

    public PageWords line(String... texts) {
        return lineAt(0.05, texts);
    }

    /** A line whose first word starts at {@code x}, as a fraction of the page. */
    public PageWords lineAt(double x, String... texts) {
        double left = x;
        for (String text : texts) {
            double width = 0.012 * text.length();
            words.add(new Word(0, text, new Box(left, y, width, 0.015), 0.96, TEST));
            left += width + 0.01;
        }
        y += 0.03;
        return this;
    }

    public List<Word> words() {
        return List.copyOf(words);
    }

    public TextView view() {
        LineGrouping.Grouped grouped = LineGrouping.group(words, 0);
        return new TextView(grouped.words(), grouped.lines(), 1);
    }

    public List<TextLine> lines() {
        return LineGrouping.group(words, 0).lines();
    }
}

package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a document's words make. Words come in reading order, so a line ends where the page changes, where the
 * next word does not sit beside the last, or where it starts back to the left.
 */
final class WordLines {
    /** Half a word's height shared is "beside"; superscripts and OCR's uneven boxes stay on their line. */
    private static final double SAME_LINE = 0.5;

    /** The words {@code first} (inclusive) to {@code end} (exclusive) of the word list. */
    record Line(int first, int end) {
    }

    private WordLines() {
    }

    static List<Line> of(List<Word> words) {
        List<Line> lines = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || startsLine(words.get(i - 1), words.get(i))) {
                if (i > first) {
                    lines.add(new Line(first, i));
                }
                first = i;
            }
        }
        return lines;
    }

    /** The words' text, one line of text per line, words joined by one space. */
    static String text(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Line line : of(words)) {
            for (int i = line.first(); i < line.end(); i++) {
                text.append(words.get(i).text()).append(i + 1 < line.end() ? " " : "\n");
            }
        }
        return text.toString();
    }

    private static boolean startsLine(Word previous, Word next) {
        return next.page() != previous.page()
                || next.box().verticalOverlap(previous.box()) < SAME_LINE
                || next.box().x() < previous.box().x();
    }
}

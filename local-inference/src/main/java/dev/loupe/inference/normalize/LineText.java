package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.Word;
import java.util.List;

/** One line's words joined by single spaces, with where each word starts, so a match in the text maps to words. */
final class LineText {
    private final WordLines.Line line;
    private final String text;
    private final int[] starts;

    LineText(List<Word> words, WordLines.Line line) {
        this.line = line;
        this.starts = new int[line.end() - line.first()];
        StringBuilder text = new StringBuilder();
        for (int i = line.first(); i < line.end(); i++) {
            if (i > line.first()) {
                text.append(' ');
            }
            starts[i - line.first()] = text.length();
            text.append(words.get(i).text());
        }
        this.text = text.toString();
    }

    WordLines.Line line() {
        return line;
    }

    String text() {
        return text;
    }

    /** The first word (an index into the document's words) that the characters from {@code start} touch. */
    int firstWordAt(int start) {
        int word = 0;
        while (word + 1 < starts.length && starts[word + 1] <= start) {
            word++;
        }
        return line.first() + word;
    }

    /** One past the last word that the characters up to {@code end} (exclusive) touch. */
    int endWordAt(int end) {
        return firstWordAt(Math.max(0, end - 1)) + 1;
    }

    /** Where the word (an index into the document's words) starts in the text. */
    int startOf(int word) {
        return starts[word - line.first()];
    }
}

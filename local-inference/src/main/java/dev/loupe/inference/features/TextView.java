package dev.loupe.inference.features;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's words with the lines they make, and the neighbours a reader looks at to know what a word is: the
 * words before it on its line, and the words just above it (a label over a boxed value).
 */
public final class TextView {
    private final List<Word> words;
    private final List<TextLine> lines;
    private final int[] lineOf;
    private final int pages;

    public TextView(List<Word> words, List<TextLine> lines, int pages) {
        this.words = List.copyOf(words);
        this.lines = List.copyOf(lines);
        this.pages = Math.max(1, pages);
        this.lineOf = new int[words.size()];
        java.util.Arrays.fill(lineOf, -1);
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            for (int w = line.firstWord(); w < line.firstWord() + line.wordCount() && w < words.size(); w++) {
                lineOf[w] = l;
            }
        }
        for (int w = 0; w < lineOf.length; w++) {
            if (lineOf[w] < 0) {
                throw new IllegalArgumentException("Word " + w + " ('" + words.get(w).text() + "') is on no line.");
            }
        }
    }

    public List<Word> words() {
        return words;
    }

    public List<TextLine> lines() {
        return lines;
    }

    public int pages() {
        return pages;
    }

    public Word word(int index) {
        return words.get(index);
    }

    public TextLine lineOf(int word) {
        return lines.get(lineOf[word]);
    }

    public int lineIndexOf(int word) {
        return lineOf[word];
    }

    /** Where the word stands on its line: 0 for the first. */
    public int positionInLine(int word) {
        return word - lineOf(word).firstWord();
    }

    /** The word {@code offset} places along its line (negative: to the left), or null past the line's ends. */
    public Word onLine(int word, int offset) {
        TextLine line = lineOf(word);
        int at = word + offset;
        return at >= line.firstWord() && at < line.firstWord() + line.wordCount() ? words.get(at) : null;
    }

    /**
     * The words of the nearest line above on the same page that overlap horizontally with this word's phrase (the
     * word and those just before it, without a wide gap), when that line is close (within three of its heights):
     * the label over a boxed value.
     */
    /** A gap wider than this, as a share of the page's width, ends a phrase: it is a column or a tab stop. */
    private static final double PHRASE_GAP = 0.025;

    public List<Word> above(int word) {
        Word self = words.get(word);
        Box box = phraseUpTo(word);
        List<Word> found = new ArrayList<>();
        for (int l = lineOf[word] - 1; l >= 0 && l >= lineOf[word] - 8; l--) {
            TextLine line = lines.get(l);
            if (line.page() != self.page()) {
                break;
            }
            if (box.y() - line.box().bottom() > 3 * Math.max(line.box().height(), box.height())) {
                break;
            }
            if (line.box().bottom() > box.y() + box.height() / 2) {
                continue;
            }
            for (int w = line.firstWord(); w < line.firstWord() + line.wordCount(); w++) {
                Box other = words.get(w).box();
                if (other.right() >= box.x() - 0.02 && other.x() <= box.right() + 0.02) {
                    found.add(words.get(w));
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }

    private Box phraseUpTo(int word) {
        Box box = words.get(word).box();
        int first = lineOf(word).firstWord();
        for (int w = word - 1; w >= first; w--) {
            Box left = words.get(w).box();
            if (box.x() - left.right() > PHRASE_GAP) {
                break;
            }
            box = box.union(left);
        }
        return box;
    }
}

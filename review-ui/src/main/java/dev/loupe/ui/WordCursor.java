package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A cursor over the words of one document, so that a word on the page can be picked with keys as with Ctrl+click.
 * It starts hidden; the first key shows it where the reviewer most likely wants it: on the focused field's first
 * word, else on the word nearest the field's box, else on the first word of the page in view. From there it moves
 * through the words in reading order, across pages, and up or down a line to the word nearest the one it was on;
 * at the first or last word it stays. Pure code: it needs no running toolkit.
 */
final class WordCursor {
    /** Where the cursor goes. */
    enum Move { NEXT, PREVIOUS, LINE_DOWN, LINE_UP }

    /**
     * Where the cursor starts.
     *
     * @param page       the focused field's page; -1 when it has no place on a page
     * @param box        the focused field's box; null when it has no place
     * @param words      the focused field's words, as indexes in the annotation's word list
     * @param pageInView the zero-based page the reviewer is looking at
     */
    record Origin(int page, Box box, List<Integer> words, int pageInView) {
        Origin {
            words = words == null ? List.of() : List.copyOf(words);
        }

        /** From the focused field (null when there is none) and the page in view. */
        static Origin of(FieldRow focused, int pageInView) {
            return focused == null ? new Origin(-1, null, List.of(), pageInView)
                    : new Origin(focused.page(), focused.box(), focused.words(), pageInView);
        }
    }

    /** Words {@code first} up to, not including, {@code end}, that make one line of text. */
    private record Line(int first, int end) {
    }

    /** Below this share of their heights, two words in a row are on different lines. */
    private static final double SAME_LINE = 0.5;

    private final List<Word> words;
    private final List<Line> lines;
    /** The index in {@link #lines} of each word's line. */
    private final int[] lineOf;
    private final ReadOnlyIntegerWrapper word = new ReadOnlyIntegerWrapper(this, "word", -1);

    WordCursor(DocumentAnnotation document) {
        this.words = document.words();
        this.lineOf = new int[words.size()];
        this.lines = lines(document, lineOf);
    }

    /** The index, in the annotation's word list, of the word the cursor is on; -1 while it is hidden. */
    ReadOnlyIntegerProperty wordProperty() {
        return word.getReadOnlyProperty();
    }

    /** The word the cursor is on; empty while it is hidden. */
    OptionalInt word() {
        return word.get() < 0 ? OptionalInt.empty() : OptionalInt.of(word.get());
    }

    /** Shows the cursor at its start, when it is hidden and the document has words. */
    void show(Origin origin) {
        if (word.get() < 0 && !words.isEmpty()) {
            word.set(start(origin));
        }
    }

    /** Moves the cursor; a hidden cursor is shown at its start instead, so the reviewer sees it before it moves. */
    void move(Move move, Origin origin) {
        int at = word.get();
        if (at < 0) {
            show(origin);
            return;
        }
        word.set(switch (move) {
            case NEXT -> Math.min(at + 1, words.size() - 1);
            case PREVIOUS -> Math.max(at - 1, 0);
            case LINE_DOWN -> lineOf[at] + 1 < lines.size() ? nearestOn(lines.get(lineOf[at] + 1), at) : at;
            case LINE_UP -> lineOf[at] > 0 ? nearestOn(lines.get(lineOf[at] - 1), at) : at;
        });
    }

    /** Hides the cursor; the next key shows it at its start again. */
    void hide() {
        word.set(-1);
    }

    private int start(Origin origin) {
        OptionalInt fieldWord = origin.words().stream().mapToInt(Integer::intValue)
                .filter(i -> i >= 0 && i < words.size()).min();
        if (fieldWord.isPresent()) {
            return fieldWord.getAsInt();
        }
        if (origin.box() != null) {
            OptionalInt near = nearest(origin.page(), origin.box());
            if (near.isPresent()) {
                return near.getAsInt();
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).page() >= origin.pageInView()) {
                return i;
            }
        }
        return words.size() - 1;
    }

    /** The word on that page closest to the box (none apart when they touch); the first in reading order on a tie. */
    private OptionalInt nearest(int page, Box box) {
        int best = -1;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).page() == page) {
                double gap = gap(box, words.get(i).box());
                if (gap < bestGap) {
                    best = i;
                    bestGap = gap;
                }
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The word of the line nearest, across the page, to the word the cursor is on. */
    private int nearestOn(Line line, int from) {
        double x = words.get(from).box().centerX();
        int best = line.first();
        for (int i = line.first() + 1; i < line.end(); i++) {
            if (Math.abs(words.get(i).box().centerX() - x) < Math.abs(words.get(best).box().centerX() - x)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The lines the words make: the annotation's own where it has them; where it has none, words in a row on one
     * page that share most of their height.
     */
    private static List<Line> lines(DocumentAnnotation document, int[] lineOf) {
        List<Word> words = document.words();
        int[] given = new int[words.size()];
        Arrays.fill(given, -1);
        List<TextLine> textLines = document.lines();
        for (int l = 0; l < textLines.size(); l++) {
            TextLine line = textLines.get(l);
            for (int i = line.firstWord(); i < line.firstWord() + line.wordCount() && i < words.size(); i++) {
                given[i] = l;
            }
        }
        List<Line> lines = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || startsLine(words, given, i)) {
                for (int w = first; w < i; w++) {
                    lineOf[w] = lines.size();
                }
                lines.add(new Line(first, i));
                first = i;
            }
        }
        return List.copyOf(lines);
    }

    private static boolean startsLine(List<Word> words, int[] given, int i) {
        Word word = words.get(i);
        Word before = words.get(i - 1);
        return word.page() != before.page() || given[i] != given[i - 1]
                || given[i] < 0 && word.box().verticalOverlap(before.box()) < SAME_LINE;
    }

    /** How far apart two boxes on one page are, in fractions of the page; 0 when they touch or overlap. */
    private static double gap(Box a, Box b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }
}

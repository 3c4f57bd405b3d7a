package dev.loupe.inference.features;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts one page's words into lines the way a person reads them: words that overlap vertically by more than half
 * the shorter height share a line, lines go top to bottom and words left to right. Used for every source of words
 * (text layers, OCR, synthetic truth), so the models see one structure whatever read the page.
 */
public final class LineGrouping {
    private static final double SAME_LINE = 0.5;

    private LineGrouping() {
    }

    /** A page's words reordered line by line, and the lines over them, numbered from {@code firstIndex}. */
    public record Grouped(List<Word> words, List<TextLine> lines) {
    }

    public static Grouped group(List<Word> pageWords, int firstIndex) {
        List<Word> byTop = new ArrayList<>(pageWords);
        byTop.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()).thenComparingDouble(w -> w.box().x()));
        List<List<Word>> rows = new ArrayList<>();
        List<Box> rowBoxes = new ArrayList<>();
        for (Word word : byTop) {
            int row = rows.size() - 1;
            if (row >= 0 && rowBoxes.get(row).verticalOverlap(word.box()) > SAME_LINE) {
                rows.get(row).add(word);
                rowBoxes.set(row, rowBoxes.get(row).union(word.box()));
            } else {
                List<Word> fresh = new ArrayList<>();
                fresh.add(word);
                rows.add(fresh);
                rowBoxes.add(word.box());
            }
        }
        List<Word> ordered = new ArrayList<>(pageWords.size());
        List<TextLine> lines = new ArrayList<>(rows.size());
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingDouble(w -> w.box().x()));
            int first = firstIndex + ordered.size();
            Box box = row.get(0).box();
            double confidence = 1;
            StringBuilder text = new StringBuilder();
            for (Word word : row) {
                box = box.union(word.box());
                confidence = Math.min(confidence, word.confidence());
                text.append(text.length() == 0 ? "" : " ").append(word.text());
            }
            ordered.addAll(row);
            lines.add(new TextLine(row.get(0).page(), text.toString(), box, confidence, first, row.size()));
        }
        return new Grouped(ordered, lines);
    }
}

package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Words laid out as OCR would box them: one line after another down the page, one character's width between
 * words, and three spaces in the text for the gap to a form's next column.
 */
final class PageLayout {
    private static final ModelRef OCR = new ModelRef("tesseract", "5.5.2/eng");
    private static final double CHARACTER = 0.008;
    private static final double HEIGHT = 0.014;
    private static final double LINE = 0.022;
    private static final double LEFT = 0.08;
    private static final double COLUMN_GAP = 0.06;

    private final List<Word> words = new ArrayList<>();
    private int page;
    private double y = 0.05;

    PageLayout line(String text) {
        return lineAt(LEFT, text);
    }

    /** A line that starts under the last word printed so far with this text, as an address's second line does. */
    PageLayout lineUnder(String word, String text) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).text().equals(word)) {
                return lineAt(words.get(i).box().x(), text);
            }
        }
        throw new IllegalArgumentException("No word '" + word + "' to start a line under.");
    }

    PageLayout nextPage() {
        page++;
        y = 0.05;
        return this;
    }

    List<Word> words() {
        return List.copyOf(words);
    }

    /** The indexes of the consecutive words that print this phrase, the last time it was printed. */
    List<Integer> indexesOf(String phrase) {
        String[] texts = phrase.split(" ");
        for (int start = words.size() - texts.length; start >= 0; start--) {
            boolean matches = true;
            for (int j = 0; j < texts.length && matches; j++) {
                matches = words.get(start + j).text().equals(texts[j]);
            }
            if (matches) {
                List<Integer> indexes = new ArrayList<>();
                for (int j = 0; j < texts.length; j++) {
                    indexes.add(start + j);
                }
                return indexes;
            }
        }
        throw new IllegalArgumentException("The words do not print '" + phrase + "'.");
    }

    private PageLayout lineAt(double left, String text) {
        double x = left;
        for (String column : text.trim().split(" {3,}")) {
            for (String word : column.split(" ")) {
                double width = CHARACTER * word.length();
                words.add(new Word(page, word, new Box(x, y, width, HEIGHT), 0.93, OCR));
                x += width + CHARACTER;
            }
            x += COLUMN_GAP;
        }
        y += LINE;
        return this;
    }
}

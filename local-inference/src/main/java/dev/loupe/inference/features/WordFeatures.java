package dev.loupe.inference.features;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.model.FeatureVector;
import dev.loupe.inference.model.SparseRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the field tagger sees of each word: the word itself, the words before and after it on its line, the label
 * above it, where it is on the page, and the document's type, since "Date" means another field on an invoice than
 * on a claim form. Bump {@link #VERSION} whenever a feature changes: models trained on other features do not fit.
 */
public final class WordFeatures {
    public static final String VERSION = "words-1";
    public static final int DIMENSIONS = 1 << 13;

    private WordFeatures() {
    }

    /** One row per word of the view, in word order. */
    public static List<SparseRow> rows(TextView view, DocumentType type) {
        BigDecimal largest = largestAmount(view);
        List<SparseRow> rows = new ArrayList<>(view.words().size());
        for (int i = 0; i < view.words().size(); i++) {
            rows.add(row(view, i, type, largest));
        }
        return rows;
    }

    private static SparseRow row(TextView view, int index, DocumentType type, BigDecimal largest) {
        Word word = view.word(index);
        String text = word.text();
        String folded = Tokens.fold(text);
        String t = "t=" + type.wire() + "|";
        FeatureVector f = new FeatureVector(DIMENSIONS);
        f.add("bias").add(t + "bias");
        f.add("w=" + folded).add("shape=" + Tokens.shape(text)).add(t + "shape=" + Tokens.shape(text));
        if (folded.length() >= 3) {
            f.add("pre=" + folded.substring(0, 3)).add("suf=" + folded.substring(folded.length() - 3));
        }
        f.flag("digit", Tokens.hasDigit(text))
                .flag("amount", Tokens.looksLikeAmount(text))
                .flag(t + "amount", Tokens.looksLikeAmount(text))
                .flag("datepart", Tokens.looksLikeDatePart(text))
                .flag("month", Tokens.isMonthName(text))
                .flag("currency", Tokens.isCurrencyMark(text))
                .flag("colon", Tokens.endsWithColon(text))
                .flag("capital", !text.isEmpty() && Character.isUpperCase(text.charAt(0)))
                .flag("upper", text.length() > 1 && text.equals(text.toUpperCase(java.util.Locale.ROOT)));
        BigDecimal amount = AmountGuess.of(text);
        if (amount != null && largest != null) {
            f.flag("largest-amount", amount.compareTo(largest) == 0);
            f.flag(t + "largest-amount", amount.compareTo(largest) == 0);
        }
        for (int offset = 1; offset <= 3; offset++) {
            context(f, t, "L" + offset, view.onLine(index, -offset));
            context(f, t, "R" + offset, view.onLine(index, offset));
        }
        labelsLeft(f, t, view, index);
        int position = view.positionInLine(index);
        f.add("pos=" + Math.min(position, 6));
        f.flag("last-on-line", view.onLine(index, 1) == null);
        Word first = view.onLine(index, -position);
        if (position > 0 && first != null) {
            f.add("line0=" + Tokens.fold(first.text())).add(t + "line0=" + Tokens.fold(first.text()));
        }
        for (Word above : view.above(index)) {
            String a = Tokens.fold(above.text());
            f.add("A=" + a).add(t + "A=" + a);
        }
        Box box = word.box();
        f.add("x=" + bin(box.centerX())).add("y=" + bin(box.centerY())).add(t + "y=" + bin(box.centerY()));
        f.add("page=" + Math.min(word.page(), 3)).flag("last-page", word.page() == view.pages() - 1);
        f.add("line-words=" + Math.min(view.lineOf(index).wordCount(), 8));
        return f.freeze();
    }

    private static void context(FeatureVector f, String t, String name, Word word) {
        if (word == null) {
            f.add(name + "=<none>");
            return;
        }
        String folded = Tokens.fold(word.text());
        f.add(name + "=" + folded).add(t + name + "=" + folded).add(name + "-shape=" + Tokens.shape(word.text()));
    }

    /** The words of the nearest label to the left: everything up to the last word that ends in a colon, or a bag. */
    private static void labelsLeft(FeatureVector f, String t, TextView view, int index) {
        for (int offset = 1; offset <= 6; offset++) {
            Word left = view.onLine(index, -offset);
            if (left == null) {
                return;
            }
            String folded = Tokens.fold(left.text());
            if (!folded.isEmpty() && !Tokens.hasDigit(left.text())) {
                f.add("Lbag=" + folded).add(t + "Lbag=" + folded);
            }
        }
    }

    private static BigDecimal largestAmount(TextView view) {
        BigDecimal largest = null;
        for (Word word : view.words()) {
            BigDecimal amount = AmountGuess.of(word.text());
            if (amount != null && (largest == null || amount.compareTo(largest) > 0)) {
                largest = amount;
            }
        }
        return largest;
    }

    private static int bin(double fraction) {
        return Math.min(9, (int) (fraction * 10));
    }
}

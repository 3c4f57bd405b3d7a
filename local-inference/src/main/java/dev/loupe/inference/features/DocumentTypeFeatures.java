package dev.loupe.inference.features;

import dev.loupe.core.annotation.Word;
import dev.loupe.inference.model.FeatureVector;
import dev.loupe.inference.model.SparseRow;

/**
 * What the document type classifier sees: the document's words and word pairs, its title words (those near the
 * top of the first page), how many words, amounts and dates it has, and how many pages. Bump {@link #VERSION}
 * whenever a feature changes.
 */
public final class DocumentTypeFeatures {
    public static final String VERSION = "doctype-1";
    public static final int DIMENSIONS = 1 << 13;
    private static final double TITLE_BAND = 0.2;

    private DocumentTypeFeatures() {
    }

    public static SparseRow row(TextView view) {
        FeatureVector f = new FeatureVector(DIMENSIONS);
        f.add("bias");
        int amounts = 0;
        int dates = 0;
        int digits = 0;
        String previous = null;
        for (int i = 0; i < view.words().size(); i++) {
            Word word = view.word(i);
            String folded = Tokens.fold(word.text());
            if (folded.isEmpty()) {
                continue;
            }
            f.add("u=" + folded);
            if (previous != null && view.positionInLine(i) > 0) {
                f.add("b=" + previous + "_" + folded);
            }
            if (word.page() == 0 && word.box().y() < TITLE_BAND) {
                f.add("top=" + folded);
            }
            amounts += Tokens.looksLikeAmount(word.text()) ? 1 : 0;
            dates += Tokens.looksLikeDatePart(word.text()) && Tokens.hasDigit(word.text()) ? 1 : 0;
            digits += Tokens.hasDigit(word.text()) ? 1 : 0;
            previous = folded;
        }
        int words = view.words().size();
        f.add("words=" + log2Bin(words)).add("amounts=" + log2Bin(amounts)).add("dates=" + log2Bin(dates));
        f.add("pages=" + Math.min(view.pages(), 4));
        f.add("digit-share=" + (words == 0 ? -1 : Math.min(4, 5 * digits / words)));
        f.add("lines=" + log2Bin(view.lines().size()));
        return f.freeze();
    }

    private static int log2Bin(int count) {
        return count == 0 ? 0 : 1 + Math.min(10, 31 - Integer.numberOfLeadingZeros(count));
    }
}

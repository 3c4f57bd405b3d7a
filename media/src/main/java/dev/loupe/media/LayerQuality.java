package dev.loupe.media;

import dev.loupe.core.annotation.Word;
import java.text.Normalizer;
import java.util.List;

/**
 * Whether a page's text layer is worth more than OCR of its pixels. Scanners and converters often leave a page
 * number or a few stray characters on an image page, and fonts without a Unicode map give control or private-use
 * characters; such a layer would hide the page's real text.
 */
final class LayerQuality {
    /** Fewer letters and digits than this is a stray mark, not a page of text. */
    static final int MIN_LETTERS_AND_DIGITS = 12;
    /** More unmappable characters than this share of all is a broken encoding. */
    private static final double MAX_BROKEN_SHARE = 0.1;

    private LayerQuality() {
    }

    static boolean isUsable(List<Word> words) {
        long lettersAndDigits = 0;
        long broken = 0;
        long all = 0;
        for (Word word : words) {
            for (int i = 0; i < word.text().length(); ) {
                int c = word.text().codePointAt(i);
                i += Character.charCount(c);
                all++;
                if (Character.isLetterOrDigit(c)) {
                    lettersAndDigits++;
                } else if (isBroken(c)) {
                    broken++;
                }
            }
        }
        return lettersAndDigits >= MIN_LETTERS_AND_DIGITS && broken <= MAX_BROKEN_SHARE * all;
    }

    /** A word's text as a person reads it: ligatures and compatibility forms unfolded, invisible controls dropped. */
    static String clean(CharSequence raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !Character.isWhitespace(c))
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    private static boolean isBroken(int c) {
        int type = Character.getType(c);
        return c == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }
}

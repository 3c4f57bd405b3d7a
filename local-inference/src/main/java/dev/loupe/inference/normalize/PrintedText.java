package dev.loupe.inference.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way every normaliser reads printed text: composed accents, one plain space between words. */
final class PrintedText {
    /** Unicode spaces (no-break, thin, figure), line breaks, tabs and the zero-width marks PDFs carry. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private PrintedText() {
    }

    static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").trim();
    }

    /** Lower case without accents, for looking words up: {@code Févr.} and {@code fevr.} read alike. */
    static String key(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

package dev.loupe.inference.features;

import java.util.Locale;
import java.util.regex.Pattern;

/** How words become feature names: folded so that what varies between documents (digits, case) does not matter. */
public final class Tokens {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}[.-]?[A-Za-z]{3,9}[.-]?\\d{0,4}|[A-Za-z]{3,9}\\.?");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?");
    private static final Pattern AMOUNT_LIKE = Pattern.compile(
            "[-(]?[$£€]?\\d{1,3}([,. ' ’]\\d{3})*([.,]\\d{2})[)-]?|[$£€]\\d+");
    private static final int LONGEST = 24;

    private Tokens() {
    }

    /** Lower case, punctuation at the ends dropped, every digit 0, at most 24 characters; empty for punctuation. */
    public static String fold(String word) {
        String bare = EDGE_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(Math.min(bare.length(), LONGEST));
        for (int i = 0; i < bare.length() && folded.length() < LONGEST; i++) {
            char c = bare.charAt(i);
            folded.append(Character.isDigit(c) ? '0' : c);
        }
        return folded.toString();
    }

    /** The word's shape: runs of upper case as X, lower as x, digits as d, others kept; runs cut at 3. */
    public static String shape(String word) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length() && shape.length() < LONGEST; i++) {
            char c = word.charAt(i);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = kind == last ? run + 1 : 1;
            last = kind;
            if (run <= 3) {
                shape.append(kind);
            }
        }
        return shape.toString();
    }

    public static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean looksLikeAmount(String word) {
        return AMOUNT_LIKE.matcher(word).matches();
    }

    public static boolean looksLikeDatePart(String word) {
        return DATE_LIKE.matcher(word).matches() && (hasDigit(word) || MONTH.matcher(word).matches());
    }

    public static boolean isMonthName(String word) {
        return MONTH.matcher(word).matches();
    }

    public static boolean isCurrencyMark(String word) {
        return word.matches("[$£€]|[A-Z]{0,2}\\$|USD|EUR|GBP|AUD|CAD|CHF|NZD|INR|Rs\\.?");
    }

    public static boolean endsWithColon(String word) {
        return word.endsWith(":");
    }
}

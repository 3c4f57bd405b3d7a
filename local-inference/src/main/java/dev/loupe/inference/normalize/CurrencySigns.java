package dev.loupe.inference.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The currency signs and codes printed beside amounts, and the ISO 4217 code each stands for. */
final class CurrencySigns {
    /** A dollar sign with no country before it: which dollar it is depends on the document. */
    static final String BARE_DOLLAR = "$";

    private static final Pattern SIGNS = Pattern.compile(
            "(?<![A-Za-z])(?:US|AU|A|CA|C|NZ)\\$"
                    + "|(?<![A-Za-z])(?:USD|EUR|GBP|CHF|AUD|CAD|NZD|INR|Rs\\.?|SFr\\.)(?![A-Za-z])"
                    // "Fr." is also Frau and Friday: only beside a number is it francs.
                    + "|(?<![A-Za-z])Fr\\.(?=\\s?\\d)|(?<=\\d\\s?)Fr\\."
                    + "|[$£€₹]",
            Pattern.CASE_INSENSITIVE);

    /** Where a sign is in a text, and its code; {@link #BARE_DOLLAR} for a dollar sign alone. */
    record Sign(int start, int end, String code) {
        boolean isBareDollar() {
            return BARE_DOLLAR.equals(code);
        }
    }

    private CurrencySigns() {
    }

    static List<Sign> find(String text) {
        List<Sign> signs = new ArrayList<>();
        Matcher m = SIGNS.matcher(text);
        while (m.find()) {
            signs.add(new Sign(m.start(), m.end(), code(m.group())));
        }
        return signs;
    }

    private static String code(String sign) {
        String upper = sign.toUpperCase(Locale.ROOT);
        if (upper.length() > 1 && upper.endsWith("$")) {
            return switch (upper) {
                case "US$" -> "USD";
                case "AU$", "A$" -> "AUD";
                case "CA$", "C$" -> "CAD";
                default -> "NZD";
            };
        }
        if (upper.startsWith("RS")) {
            return "INR";
        }
        if (upper.endsWith("FR.")) {
            return "CHF";
        }
        return switch (upper) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            case "₹" -> "INR";
            case "$" -> BARE_DOLLAR;
            default -> upper;
        };
    }

    /** Which dollar a bare sign means: the document's own when it is a dollar, else the US dollar. */
    static String dollarOf(String documentCurrency) {
        return switch (documentCurrency) {
            case "AUD", "CAD", "NZD" -> documentCurrency;
            default -> "USD";
        };
    }
}

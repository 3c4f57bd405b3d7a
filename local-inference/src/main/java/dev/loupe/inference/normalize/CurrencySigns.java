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
            "(?<![A-Za-z])(US|AU|A|CA|C|NZ)\\$"
                    + "|(?<![A-Za-z])(USD|EUR|GBP|CHF|AUD|CAD|NZD|INR)(?![A-Za-z])"
                    + "|(?<![A-Za-z])(Rs\\.?|SFr\\.)(?![A-Za-z])"
                    // "Fr." is also Frau and Friday: only beside a number is it francs.
                    + "|(?<![A-Za-z])(Fr\\.)(?=\\s?\\d)"
                    + "|([$£€₹])",
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
            signs.add(new Sign(m.start(), m.end(), code(m)));
        }
        return signs;
    }

    private static String code(Matcher m) {
        if (m.group(1) != null) {
            return switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "US" -> "USD";
                case "AU", "A" -> "AUD";
                case "CA", "C" -> "CAD";
                default -> "NZD";
            };
        }
        if (m.group(2) != null) {
            return m.group(2).toUpperCase(Locale.ROOT);
        }
        if (m.group(3) != null) {
            return m.group(3).toLowerCase(Locale.ROOT).startsWith("rs") ? "INR" : "CHF";
        }
        if (m.group(4) != null) {
            return "CHF";
        }
        return switch (m.group(5)) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            case "₹" -> "INR";
            default -> BARE_DOLLAR;
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

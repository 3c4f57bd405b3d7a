package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One way of printing amounts: a sign or code before or after the number, the grouping and decimal marks, and
 * whether thousands are grouped in lakhs (1,23,456.00) as in India.
 *
 * @param currency the ISO 4217 code the sign shows, or null for plain amounts that show none
 */
record Money(String before, String after, char grouping, char decimal, boolean lakhs, String currency) {
    static Money before(String sign, String currency, char grouping, char decimal) {
        return new Money(sign, "", grouping, decimal, false, currency);
    }

    static Money after(String sign, String currency, char grouping, char decimal) {
        return new Money("", sign, grouping, decimal, false, currency);
    }

    static Money plain(char grouping, char decimal) {
        return new Money("", "", grouping, decimal, false, null);
    }

    static Money lakhs(String sign) {
        return new Money(sign, "", ',', '.', true, "INR");
    }

    Optional<String> shownCurrency() {
        return Optional.ofNullable(currency);
    }

    String format(BigDecimal amount) {
        return before + number(amount) + after;
    }

    /** The amount without its sign, as a table column headed with the currency prints it. */
    String number(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = cents.abs().toPlainString();
        String whole = digits.substring(0, digits.length() - 3);
        StringBuilder grouped = new StringBuilder();
        int end = whole.length();
        int group = 3;
        while (end > 0) {
            int start = Math.max(0, end - group);
            grouped.insert(0, whole, start, end);
            if (start > 0) {
                grouped.insert(0, grouping);
            }
            end = start;
            group = lakhs ? 2 : 3;
        }
        return (cents.signum() < 0 ? "-" : "") + grouped + decimal + digits.substring(digits.length() - 2);
    }
}

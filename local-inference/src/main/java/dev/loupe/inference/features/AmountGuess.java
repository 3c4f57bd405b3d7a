package dev.loupe.inference.features;

import java.math.BigDecimal;

/**
 * A quick reading of a word as a money amount, for features only ("is this the largest amount on the page"): both
 * decimal marks are accepted, and a word that is not clearly an amount with cents gives null.
 */
final class AmountGuess {
    private AmountGuess() {
    }

    static BigDecimal of(String word) {
        String digits = word.replaceAll("[^0-9.,]", "");
        if (digits.length() < 4 || !Tokens.looksLikeAmount(word.replaceAll("[A-Za-z]", ""))) {
            return null;
        }
        int mark = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        if (mark != digits.length() - 3) {
            return null;
        }
        String whole = digits.substring(0, mark).replaceAll("[.,]", "");
        return whole.isEmpty() ? null : new BigDecimal(whole + "." + digits.substring(mark + 1));
    }
}

package dev.loupe.inference.normalize;

import java.math.BigDecimal;

/**
 * What {@link Amounts} made of a printed amount: the amount, or why there is none.
 *
 * @param value         the amount with two decimal places, negative for a credit; null when none could be read
 * @param currencyShown the ISO 4217 code of a currency printed on the amount itself; empty when none was
 * @param ambiguous     a lone separator before three digits (1.234, 1,234) was read as thousands while the
 *                      document does not say it writes its cents with the other mark
 * @param problem       why no amount could be read, as a sentence; empty when one was
 */
public record AmountReading(BigDecimal value, String currencyShown, boolean ambiguous, String problem) {
    public AmountReading {
        currencyShown = currencyShown == null ? "" : currencyShown;
        problem = problem == null ? "" : problem;
        if ((value == null) == problem.isEmpty()) {
            throw new IllegalArgumentException("An amount reading has either a value or a problem, not both or "
                    + "neither.");
        }
    }

    static AmountReading failed(String problem) {
        return new AmountReading(null, "", false, problem);
    }

    public boolean isRead() {
        return value != null;
    }

    /** The amount as a plain decimal with two places, {@code 1234.50}; empty when none was read. */
    public String plain() {
        return value == null ? "" : value.toPlainString();
    }

    /** The currency printed on the amount, or else the document's, from its cues; empty when neither says. */
    public String currency(DocumentCues cues) {
        return currencyShown.isEmpty() ? cues.currency() : currencyShown;
    }
}

package dev.loupe.inference.normalize;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule by which the last digit (or digits) of an identifier is computed from the rest, so a misread digit shows.
 * {@link IdentifierShape}s carry one; a generator of claim numbers with its own rule plugs it in with {@link #of}.
 *
 * @param name  what the rule is called in a sentence a reviewer reads, e.g. {@code Luhn}
 * @param rule  whether a whole identifier, as printed, passes
 */
public record CheckDigit(String name, Predicate<String> rule) {
    /** The Luhn (mod 10) digit over all the identifier's digits: card numbers and many claim numbers. */
    public static final CheckDigit LUHN = new CheckDigit("Luhn", CheckDigit::luhnValid);
    /** The ISO 13616 mod-97 check of an IBAN. */
    public static final CheckDigit IBAN = new CheckDigit("IBAN", CheckDigit::ibanValid);

    public CheckDigit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
    }

    public static CheckDigit of(String name, Predicate<String> rule) {
        return new CheckDigit(name, rule);
    }

    public boolean accepts(String identifier) {
        return rule.test(identifier);
    }

    /** Whether the digits in the text (anything else is passed over) end in their Luhn check digit. */
    public static boolean luhnValid(String text) {
        int sum = 0;
        int count = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!OcrConfusions.isDigit(c)) {
                continue;
            }
            int digit = c - '0';
            if (count % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            count++;
        }
        return count >= 2 && sum % 10 == 0;
    }

    /** Whether the text, spaces aside, is an IBAN whose check digits agree (mod 97 of the rearranged number is 1). */
    public static boolean ibanValid(String text) {
        String iban = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        StringBuilder number = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            number.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}

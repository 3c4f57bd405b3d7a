package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.FieldName;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a normalised value of each kind, so a value that was read but cannot be right goes to a reviewer as
 * invalid, with a sentence that says why.
 *
 * <ul>
 *   <li>Dates lie from 1900 to a year after today; a date of loss or of service is not after today.</li>
 *   <li>Amounts are more than zero and under 10,000,000.</li>
 *   <li>Identifiers have a digit and at most 40 characters; where the field has known shapes, the value fits one,
 *       and its check digit, if the shape has one, agrees.</li>
 *   <li>A person's name has letters, no digits, and at most five words; a business's name has letters.</li>
 * </ul>
 */
public final class Validators {
    public static final BigDecimal AMOUNT_CAP = new BigDecimal("10000000");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int LONGEST_IDENTIFIER = 40;
    private static final int MOST_WORDS_IN_A_NAME = 5;
    private static final Pattern SORT_CODE = Pattern.compile("\\d{2}([- ]?)\\d{2}\\1\\d{2}");

    private final Clock clock;
    private final Map<FieldName, List<IdentifierShape>> shapes;

    public Validators(Clock clock) {
        this(clock, Map.of());
    }

    /** @param shapes the printed forms each identifier field may take; a field without any is checked loosely */
    public Validators(Clock clock, Map<FieldName, List<IdentifierShape>> shapes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shapes = Map.copyOf(shapes);
    }

    /** The check for a field's normalised value: an ISO date, a plain decimal, or folded text. */
    public Verdict check(FieldName field, String value) {
        return switch (field.kind()) {
            case DATE -> parseDate(value).map(date -> date(field, date)).orElseGet(() -> Verdict.invalid(
                    "'" + value + "' is not a date in the form 2024-01-12."));
            case AMOUNT -> parseAmount(value).map(this::amount).orElseGet(() -> Verdict.invalid(
                    "'" + value + "' is not an amount in the form 1234.50."));
            case IDENTIFIER -> identifier(value, shapes.getOrDefault(field, List.of()));
            case PERSON -> person(value);
            case ORGANISATION -> organisation(value);
        };
    }

    public Verdict date(FieldName field, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        String what = field.wire().replace('_', ' ');
        if (date.isBefore(EARLIEST)) {
            return Verdict.invalid("The " + what + " " + date + " is before 1900; it is probably misread.");
        }
        if ((field == FieldName.DATE_OF_LOSS || field == FieldName.DATE_OF_SERVICE) && date.isAfter(today)) {
            return Verdict.invalid("The " + what + " " + date + " is after today (" + today + "), and a "
                    + (field == FieldName.DATE_OF_LOSS ? "loss" : "service") + " cannot be in the future.");
        }
        if (date.isAfter(today.plusYears(1))) {
            return Verdict.invalid("The " + what + " " + date + " is more than a year after today (" + today
                    + "); it is probably misread.");
        }
        return Verdict.valid();
    }

    public Verdict amount(BigDecimal amount) {
        String printed = amount.toPlainString();
        if (amount.signum() < 0) {
            return Verdict.invalid("The amount " + printed + " is negative, a credit; check that this is what the "
                    + "document means.");
        }
        if (amount.signum() == 0) {
            return Verdict.invalid("The amount is zero; a total should be more than that.");
        }
        if (amount.compareTo(AMOUNT_CAP) >= 0) {
            return Verdict.invalid("The amount " + printed + " is 10,000,000 or more, far over any one document "
                    + "Loupe expects; check it is read right.");
        }
        return Verdict.valid();
    }

    /** A reference number: loosely without shapes; with them, it must fit one and pass its check digit. */
    public Verdict identifier(String identifier, List<IdentifierShape> known) {
        if (identifier.isBlank()) {
            return Verdict.invalid("The reference is empty.");
        }
        if (identifier.length() > LONGEST_IDENTIFIER) {
            return Verdict.invalid("'" + identifier + "' is " + identifier.length() + " characters long, more than a "
                    + "reference has; it probably runs into the text beside it.");
        }
        if (identifier.chars().noneMatch(c -> OcrConfusions.isDigit((char) c))) {
            return Verdict.invalid("'" + identifier + "' has no digits, and a reference number should.");
        }
        if (known.isEmpty()) {
            return Verdict.valid();
        }
        for (IdentifierShape shape : known) {
            if (shape.fit(identifier).isPresent()) {
                Optional<CheckDigit> check = shape.checkDigit();
                if (check.isPresent() && !check.get().accepts(identifier)) {
                    return Verdict.invalid("'" + identifier + "' fails its " + check.get().name() + " check digit; "
                            + "a digit is probably misread.");
                }
                return Verdict.valid();
            }
        }
        return Verdict.invalid("'" + identifier + "' does not have the form of this reference ("
                + String.join(" or ", known.stream().map(IdentifierShape::template).toList())
                + ", where # is a digit and @ a letter).");
    }

    public Verdict person(String name) {
        if (name.codePoints().noneMatch(Character::isLetter)) {
            return Verdict.invalid("'" + name + "' has no letters, so it is not a person's name.");
        }
        if (name.codePoints().anyMatch(Character::isDigit)) {
            return Verdict.invalid("'" + name + "' has digits in it; a person's name has none, so a letter is "
                    + "probably misread.");
        }
        int words = name.trim().split("\\s+").length;
        if (words > MOST_WORDS_IN_A_NAME) {
            return Verdict.invalid("'" + name + "' has " + words + " words, more than a person's name has; it "
                    + "probably runs into the text beside it.");
        }
        return Verdict.valid();
    }

    public Verdict organisation(String name) {
        if (name.codePoints().noneMatch(Character::isLetter)) {
            return Verdict.invalid("'" + name + "' has no letters, so it is not a business's name.");
        }
        return Verdict.valid();
    }

    public static Verdict iban(String iban) {
        return CheckDigit.ibanValid(iban) ? Verdict.valid() : Verdict.invalid("'" + iban + "' is not a valid IBAN: "
                + "its check digits do not agree with the rest, so a character is probably misread.");
    }

    /** A UK sort code: three pairs of digits, 20-45-67, 20 45 67 or 204567. */
    public static Verdict sortCode(String sortCode) {
        return SORT_CODE.matcher(sortCode.trim()).matches() ? Verdict.valid() : Verdict.invalid("'" + sortCode
                + "' is not a sort code, which is three pairs of digits such as 20-45-67.");
    }

    /** A card number: 13 to 19 digits, spaces and dashes aside, ending in their Luhn check digit. */
    public static Verdict cardNumber(String cardNumber) {
        String digits = cardNumber.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{13,19}")) {
            return Verdict.invalid("'" + cardNumber + "' is not a card number, which has 13 to 19 digits.");
        }
        return CheckDigit.luhnValid(digits) ? Verdict.valid() : Verdict.invalid("'" + cardNumber + "' fails the "
                + "Luhn check digit of card numbers; a digit is probably misread.");
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> parseAmount(String value) {
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

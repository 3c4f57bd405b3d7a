package dev.loupe.inference.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed amount into a plain decimal with two places, and the currency printed on it.
 *
 * <p>Separators: when both a point and a comma appear, the last is the decimal mark. A lone separator before one
 * or two digits is the decimal mark; before three it is a thousands separator (1.234 and 1,234 are 1234.00),
 * whatever the document, because every currency Loupe reads has cents and no total has three decimals; the
 * reading is marked ambiguous unless the document's decimal mark is the other one. The same separator printed
 * more than once groups thousands (1.234.567, or the Indian 1,23,456), unless its last group has one or two
 * digits, when OCR has read the decimal comma as a point (1.234.56 is 1234.56). Apostrophes and spaces group
 * thousands (1'234.50, 1 234,56, OCR's "1, 234.56"). A minus before or after, brackets, or CR make a credit. An S
 * that starts a word and runs into digits is OCR's dollar sign.
 */
public final class Amounts {
    private static final Pattern DECIMAL_TAIL = Pattern.compile(".*[.,]\\d{1,2}");
    private static final Pattern DECIMALS_ONLY = Pattern.compile("[.,]\\d{1,2}");
    private static final Pattern CENTS_ONLY = Pattern.compile("\\d{1,2}");
    private static final Pattern LAST_RUN = Pattern.compile(".*?(\\d+)[.,']?");
    private static final Pattern THOUSANDS_START = Pattern.compile("[.,']?\\d{3}(?![\\d]).*");
    private static final int MONEY_DECIMALS = 2;
    /** OCR reads a dollar sign as S: an S that starts a word and runs into digits ("S12.00") is one. */
    private static final String MISREAD_DOLLAR = "(?<![\\p{L}\\p{N}])[Ss](?=\\d)";

    private Amounts() {
    }

    public static AmountReading normalise(String raw, DocumentCues cues) {
        String printed = PrintedText.fold(raw);
        String text = printed.replaceAll("[’‘ʼ´`]", "'").replaceAll("[−–—]", "-").replaceAll(MISREAD_DOLLAR, "\\$");
        List<CurrencySigns.Sign> signs = CurrencySigns.find(text);
        char[] masked = text.toCharArray();
        boolean[] isSign = new boolean[masked.length];
        for (CurrencySigns.Sign sign : signs) {
            for (int i = sign.start(); i < sign.end(); i++) {
                masked[i] = ' ';
                isSign[i] = true;
            }
        }
        List<Piece> numbers = numbers(new String(masked));
        if (numbers.isEmpty()) {
            return AmountReading.failed("'" + printed + "' has no amount in it.");
        }
        // The number with the most digits; of equals the first, as a conversion or a note comes after the amount.
        Piece number = numbers.get(0);
        for (Piece candidate : numbers) {
            if (candidate.digitCount() > number.digitCount()) {
                number = candidate;
            }
        }
        Parsed parsed = parse(printed, number.text(), cues);
        if (parsed.problem() != null) {
            return AmountReading.failed(parsed.problem());
        }
        BigDecimal value = isCredit(text, isSign, number) ? parsed.value().negate() : parsed.value();
        return new AmountReading(value, currencyNear(signs, number, cues), parsed.ambiguous(), "");
    }

    /** The numbers in the text, each joined across the stray spaces OCR and printers put inside one. */
    private static List<Piece> numbers(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isNumeric(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isNumeric(text.charAt(i))) {
                i++;
            }
            String piece = text.substring(start, i);
            if (piece.chars().anyMatch(c -> OcrConfusions.isDigit((char) c))) {
                pieces.add(new Piece(OcrConfusions.digits(piece), start, i));
            }
        }
        List<Piece> joined = new ArrayList<>();
        for (Piece piece : pieces) {
            Piece last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            String glue = last == null || !text.substring(last.end(), piece.start()).isBlank() ? null
                    : glue(last, piece);
            if (glue != null) {
                joined.set(joined.size() - 1, new Piece(last.text() + glue + piece.text(), last.start(), piece.end()));
            } else {
                joined.add(piece);
            }
        }
        return joined;
    }

    private static boolean isNumeric(char c) {
        return OcrConfusions.isDigitLike(c) || c == '.' || c == ',' || c == '\'';
    }

    /**
     * What a space between two pieces stands for when it is inside one number: nothing ("12 .50", "1, 234.56"), or
     * a thousands separator ("1 234,56", "$1 ,234.56"); null when they are two numbers.
     */
    private static String glue(Piece before, Piece after) {
        String left = before.text();
        String right = after.text();
        char end = left.charAt(left.length() - 1);
        boolean leftEndsInDigit = OcrConfusions.isDigit(end);
        if (leftEndsInDigit && DECIMALS_ONLY.matcher(right).matches()
                || (end == '.' || end == ',') && CENTS_ONLY.matcher(right).matches()) {
            return "";
        }
        Matcher lastRun = LAST_RUN.matcher(left);
        if (THOUSANDS_START.matcher(right).matches() && !DECIMAL_TAIL.matcher(left).matches()
                && lastRun.matches() && lastRun.group(1).length() <= 3) {
            return leftEndsInDigit && OcrConfusions.isDigit(right.charAt(0)) ? "'" : "";
        }
        return null;
    }

    /** The amount a number means; {@code printed} is the whole text, for the sentence when it means none. */
    private static Parsed parse(String printed, String number, DocumentCues cues) {
        String core = number;
        if (DECIMALS_ONLY.matcher(core).matches()) {
            core = "0" + core;
        }
        core = core.replaceAll("^[.,']+", "").replaceAll("[.,']+$", "");
        String grouping = "'" + printed + "' is not an amount Loupe can read: its digits are not grouped in thousands.";
        int points = count(core, '.');
        int commas = count(core, ',');
        char decimal = 0;
        boolean ambiguous = false;
        if (points > 0 && commas > 0) {
            decimal = core.lastIndexOf('.') > core.lastIndexOf(',') ? '.' : ',';
            if (count(core, decimal) > 1) {
                return Parsed.problem(grouping);
            }
        } else if (points + commas > 0) {
            char separator = points > 0 ? '.' : ',';
            List<String> groups = List.of(core.split(Pattern.quote(String.valueOf(separator))));
            String lastGroup = groups.get(groups.size() - 1);
            if (groupedInThousands(groups)) {
                ambiguous = groups.size() == 2 && cues.decimalMark() != otherMark(separator);
            } else if (lastGroup.length() <= MONEY_DECIMALS && groupedInThousands(groups.subList(0, groups.size() - 1))
                    || groups.size() == 2 && lastGroup.length() <= MONEY_DECIMALS) {
                decimal = separator;
            } else if (groups.size() == 2) {
                return Parsed.problem("'" + printed + "' is not an amount Loupe can read: it has " + lastGroup.length()
                        + " digits after the decimal mark, and money has two.");
            } else {
                return Parsed.problem(grouping);
            }
        }
        String whole = decimal == 0 ? core : core.substring(0, core.lastIndexOf(decimal));
        String cents = decimal == 0 ? "" : core.substring(core.lastIndexOf(decimal) + 1);
        if (cents.length() > MONEY_DECIMALS) {
            return Parsed.problem("'" + printed + "' is not an amount Loupe can read: it has " + cents.length()
                    + " digits after the decimal mark, and money has two.");
        }
        List<String> wholeGroups = List.of(whole.split("[.,']"));
        if (wholeGroups.size() > 1 && !groupedInThousands(wholeGroups)) {
            return Parsed.problem(grouping);
        }
        String digits = String.join("", wholeGroups);
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + "." + (cents.isEmpty() ? "0" : cents))
                .setScale(MONEY_DECIMALS);
        return new Parsed(value, ambiguous, null);
    }

    /** Groups of three after a first of one to three (1,234,567), or the Indian way: twos, then three (1,23,456). */
    private static boolean groupedInThousands(List<String> groups) {
        if (groups.size() < 2 || groups.stream().anyMatch(String::isEmpty)) {
            return false;
        }
        String first = groups.get(0);
        List<String> rest = groups.subList(1, groups.size());
        boolean western = first.length() <= 3 && rest.stream().allMatch(g -> g.length() == 3);
        boolean indian = first.length() <= 2 && groups.get(groups.size() - 1).length() == 3
                && rest.subList(0, rest.size() - 1).stream().allMatch(g -> g.length() == 2);
        return western || indian;
    }

    private static DecimalMark otherMark(char separator) {
        return separator == '.' ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    /** A minus right before it or after it, brackets around it, or CR after it: a credit. */
    private static boolean isCredit(String text, boolean[] isSign, Piece number) {
        int before = number.start() - 1;
        boolean spaceBefore = false;
        while (before >= 0 && (isSign[before] || text.charAt(before) == ' ')) {
            spaceBefore |= !isSign[before];
            before--;
        }
        int after = number.end();
        while (after < text.length() && (isSign[after] || text.charAt(after) == ' ')) {
            after++;
        }
        char previous = before >= 0 ? text.charAt(before) : 0;
        char next = after < text.length() ? text.charAt(after) : 0;
        boolean leadingMinus = previous == '-' && (!spaceBefore || text.substring(0, before).isBlank());
        // "12,-" is German for twelve euros exactly, not a credit.
        boolean trailingMinus = number.end() < text.length() && text.charAt(number.end()) == '-'
                && !number.text().endsWith(",") && !number.text().endsWith(".");
        boolean brackets = previous == '(' && next == ')';
        boolean creditMark = text.regionMatches(true, after, "CR", 0, 2)
                && (after + 2 == text.length() || !Character.isLetter(text.charAt(after + 2)));
        return leadingMinus || trailingMinus || brackets || creditMark;
    }

    private static String currencyNear(List<CurrencySigns.Sign> signs, Piece number, DocumentCues cues) {
        CurrencySigns.Sign nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (CurrencySigns.Sign sign : signs) {
            int distance = sign.end() <= number.start() ? number.start() - sign.end() : sign.start() - number.end();
            if (distance < nearestDistance) {
                nearest = sign;
                nearestDistance = distance;
            }
        }
        if (nearest == null) {
            return "";
        }
        return nearest.isBareDollar() ? CurrencySigns.dollarOf(cues.currency()) : nearest.code();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** A run of digits and separators in the text, from {@code start} to {@code end}, with OCR's letters made digits. */
    private record Piece(String text, int start, int end) {
        long digitCount() {
            return text.chars().filter(c -> OcrConfusions.isDigit((char) c)).count();
        }
    }

    private record Parsed(BigDecimal value, boolean ambiguous, String problem) {
        static Parsed problem(String problem) {
            return new Parsed(null, false, problem);
        }
    }
}

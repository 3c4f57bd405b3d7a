package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.PiiKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data recognisable by its own form, wherever it is on a line: e-mail addresses, IBANs and card numbers
 * whose check digits agree, masked card numbers, and phone numbers. A phone number's form is strict (a + and a
 * country code, an area code in brackets, a trunk 0 with groups, or the US 312-555-0147), and not after a label
 * of a reference, so that amounts, dates, sort codes and claim numbers are not taken for one.
 */
final class PiiPatterns {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])");
    private static final Pattern CARD = Pattern.compile("(?<![\\w\\-.,+/])\\d(?:[ \\-]?\\d){12,18}(?![\\w\\-]|[.,]\\d)");
    private static final Pattern MASKED_CARD = Pattern.compile(
            "(?<![\\w*•])(?:(?:[*•]{4}|[xX]{4})[ \\-]?){1,3}\\d{4}(?!\\w)|(?<![\\w*•])[*•]{6,15}\\d{4}(?!\\w)");
    /** Ends where a word ends, and not in the middle of an amount (0958 12.50). */
    private static final String PHONE_END = "(?![\\w\\-/]|[.,]\\d)";
    private static final String PHONE_START = "(?<![\\w\\-/.,+)])";
    private static final List<Pattern> PHONES = List.of(
            Pattern.compile(PHONE_START + "\\+\\d{1,3}(?:[ .\\-]?\\(0\\))?(?:[ .\\-]?\\(?\\d{1,4}\\)?){2,6}" + PHONE_END),
            Pattern.compile(PHONE_START + "\\(\\d{2,5}\\)[ .\\-]?\\d{3,4}[ .\\-]?\\d{3,4}" + PHONE_END),
            Pattern.compile(PHONE_START + "0\\d{1,4}[ \\-]\\d{3,4}(?:[ \\-]?\\d{3,4})?" + PHONE_END),
            Pattern.compile(PHONE_START + "(?:1[ .\\-])?\\d{3}[.\\-]\\d{3}[.\\-]\\d{4}" + PHONE_END));
    /** A phone printed without spaces (01134960123, 3125550147) only counts after a label that says it is one. */
    private static final Pattern PLAIN_PHONE = Pattern.compile(PHONE_START + "(?:0\\d{9,10}|\\d{10})" + PHONE_END);
    private static final Set<String> PHONE_LABELS = Set.of("tel", "telephone", "phone", "mobile", "mob", "cell",
            "fax", "ph", "contact", "call");
    /** Labels of numbers that are not phones, though shaped like one: a claim number 0113 496 0123 stays a claim's. */
    private static final Set<String> REFERENCE_LABELS = Set.of("claim", "invoice", "inv", "order", "ref", "reference",
            "receipt", "transaction", "txn", "vat", "gst", "abn", "tax", "sku", "batch", "lot", "item", "qty",
            "booking", "case", "file", "serial");
    private static final int LABEL_REACH = 3;
    private static final int MIN_CARD_DIGITS = 13;
    private static final int MIN_IBAN_LENGTH = 15;

    private PiiPatterns() {
    }

    static void markEmails(LineText line, PiiMarks marks) {
        Matcher m = EMAIL.matcher(line.text());
        while (m.find()) {
            marks.claim(PiiKind.EMAIL, line.firstWordAt(m.start()), line.endWordAt(m.end()));
        }
    }

    /** IBANs and card numbers whose check digits agree, and card numbers masked down to their last four. */
    static void markAccounts(LineText line, PiiMarks marks) {
        Matcher iban = IBAN.matcher(line.text());
        while (iban.find()) {
            int end = longestValid(iban.group(), MIN_IBAN_LENGTH, CheckDigit::ibanValid);
            if (end > 0) {
                marks.claim(PiiKind.ACCOUNT_NUMBER, line.firstWordAt(iban.start()),
                        line.endWordAt(iban.start() + end));
            }
        }
        Matcher card = CARD.matcher(line.text());
        while (card.find()) {
            int end = longestValid(card.group(), MIN_CARD_DIGITS, CheckDigit::luhnValid);
            if (end > 0) {
                marks.claim(PiiKind.ACCOUNT_NUMBER, line.firstWordAt(card.start()),
                        line.endWordAt(card.start() + end));
            }
        }
        Matcher masked = MASKED_CARD.matcher(line.text());
        while (masked.find()) {
            marks.claim(PiiKind.ACCOUNT_NUMBER, line.firstWordAt(masked.start()), line.endWordAt(masked.end()));
        }
    }

    static void markPhones(LineText line, PiiMarks marks) {
        for (Pattern phone : PHONES) {
            markPhones(line, marks, phone);
        }
        markPhones(line, marks, PLAIN_PHONE);
    }

    private static void markPhones(LineText line, PiiMarks marks, Pattern phone) {
        Matcher m = phone.matcher(line.text());
        while (m.find()) {
            int digits = (int) m.group().replace("(0)", "").chars().filter(c -> c >= '0' && c <= '9').count();
            int first = line.firstWordAt(m.start());
            boolean labelled = labelBefore(line, first, PHONE_LABELS);
            if (digits < 9 || digits > 15 || labelBefore(line, first, REFERENCE_LABELS)
                    || phone == PLAIN_PHONE && !labelled) {
                continue;
            }
            marks.claim(PiiKind.PHONE, first, line.endWordAt(m.end()));
        }
    }

    /** Whether one of the few words before this one on its line, or the text before it in its own word, is a label. */
    private static boolean labelBefore(LineText line, int word, Set<String> labels) {
        int from = Math.max(line.line().first(), word - LABEL_REACH);
        String before = line.text().substring(line.startOf(from), line.startOf(word) + wordPrefix(line, word));
        for (String token : before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (labels.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** How many letters and punctuation a word carries before its first digit or +, as in "Tel:+44". */
    private static int wordPrefix(LineText line, int word) {
        String text = line.text().substring(line.startOf(word));
        int i = 0;
        while (i < text.length() && text.charAt(i) != ' ' && !Character.isDigit(text.charAt(i))
                && text.charAt(i) != '+' && text.charAt(i) != '(') {
            i++;
        }
        return i;
    }

    /**
     * The length of the longest start of a match, ending at a group boundary, that passes the check; 0 when none
     * does. A card number may run into the digits printed after it.
     */
    private static int longestValid(String match, int minimum, Predicate<String> check) {
        for (int end = match.length(); end > 0; end = Math.max(match.lastIndexOf(' ', end - 1),
                match.lastIndexOf('-', end - 1))) {
            String candidate = match.substring(0, end);
            if (candidate.replaceAll("[ \\-]", "").length() >= minimum && check.test(candidate)) {
                return end;
            }
        }
        return 0;
    }
}

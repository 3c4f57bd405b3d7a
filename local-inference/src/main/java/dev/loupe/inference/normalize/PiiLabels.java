package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal data that a label announces: "Claimant: Jane Doe", "Policy number HX 1234 5678", "Sort code 20-45-67",
 * "Date of birth 12 March 1980", "Address: 12 High Street" and the lines of the address under it. The value is
 * the words after the label on its line, up to the next label, a wide gap (the next column of a form), or a word
 * that cannot be part of it: a name's words are capitalised, a number's are digits and capitals with at least four
 * digits among them, a date of birth is the shortest run of words that reads as a date.
 *
 * <p>A label is taken after a colon, or at the start of a line (forms that set values in a column of their own);
 * "Dear" and "Signed", and the labels of numbers and dates, whose values are strict, are taken anywhere. "Name"
 * and "Address" alone must stand alone, so that "Company name:" and "E-mail address:" are not taken for them.
 */
final class PiiLabels {
    private enum Value { NAME, NUMBER, BIRTH_DATE, ADDRESS }

    private record Label(List<String> tokens, PiiKind kind, Value value, boolean anywhere, boolean standsAlone) {
    }

    private static final List<Label> LABELS = labels();
    /** Words that start another field, so a value stops before them even without a colon. */
    private static final Set<String> FIELD_WORDS = Set.of("date", "dob", "policy", "claim", "invoice", "total",
            "amount", "address", "phone", "tel", "telephone", "mobile", "email", "fax", "ref", "reference", "account",
            "iban", "bsb", "member", "ssn", "vehicle", "registration", "signed", "signature", "page", "patient",
            "claimant", "insured", "name", "tax", "vat", "gst", "number", "no", "id", "age", "sex", "gender");
    /** Small words that end a name or number in forms printed in capitals ("JANE DOE OF LEEDS"). */
    private static final Set<String> GLUE_WORDS = Set.of("of", "and", "or", "the", "for", "at", "to", "on", "in",
            "from", "re", "by");
    /** Salutations that "Dear" is followed by when no one is named. */
    private static final Set<String> NOBODY = Set.of("sir", "sirs", "madam", "customer", "colleague", "colleagues",
            "team", "all", "friend", "friends", "member", "policyholder", "claimant", "patient", "mr", "mrs", "ms",
            "dr", "whom", "it", "may", "concern");
    private static final Set<String> NUMBER_FILLERS = Set.of("", "no", "nr", "number", "num", "ref");
    private static final Pattern NAME_WORD = Pattern.compile("[\"“'(]?\\p{Lu}[\\p{L}.'’\\-]*[,;.]?");
    private static final Pattern NUMBER_WORD = Pattern.compile("[A-Z0-9*•][A-Z0-9/.\\-*•]*[,;.]?");
    private static final Pattern MASK_WORD = Pattern.compile("[X*•]+");
    private static final int MOST_NAME_WORDS = 5;
    private static final int MOST_NUMBER_WORDS = 9;
    private static final int FEWEST_NUMBER_DIGITS = 4;
    private static final int MOST_DATE_WORDS = 4;
    private static final int MOST_ADDRESS_WORDS = 12;
    private static final int MOST_ADDRESS_LINES = 3;
    /** A gap wider than this many characters is the next column, not the next word. */
    private static final double COLUMN_GAP_CHARACTERS = 3;

    private PiiLabels() {
    }

    static void mark(List<LineText> lines, PiiMarks marks) {
        for (int l = 0; l < lines.size(); l++) {
            LineText line = lines.get(l);
            int i = line.line().first();
            while (i < line.line().end()) {
                int next = i + 1;
                if (marks.isFree(i)) {
                    for (Label label : LABELS) {
                        int end = markAfter(label, lines, l, i, marks);
                        if (end > 0) {
                            next = end;
                            break;
                        }
                    }
                }
                i = next;
            }
        }
    }

    /** Marks the value after the label when the label is at word {@code i}; the word after the value, or 0. */
    private static int markAfter(Label label, List<LineText> lines, int l, int i, PiiMarks marks) {
        List<Word> words = marks.words();
        LineText line = lines.get(l);
        int end = line.line().end();
        int k = label.tokens().size();
        if (i + k > end) {
            return 0;
        }
        boolean glued = false;
        for (int j = 0; j < k; j++) {
            String text = words.get(i + j).text();
            int colon = text.indexOf(':');
            boolean last = j == k - 1;
            if (last && colon > 0 && colon < text.length() - 1 && key(text.substring(0, colon))
                    .equals(label.tokens().get(j))) {
                glued = true;
            } else if (!key(text).equals(label.tokens().get(j)) || !marks.isFree(i + j)) {
                return 0;
            }
        }
        boolean first = i == line.line().first();
        if (label.standsAlone() && !first && !wideGap(words.get(i - 1), words.get(i))) {
            return 0;
        }
        int start = glued ? i + k - 1 : i + k;
        boolean colon = glued || words.get(i + k - 1).text().endsWith(":");
        while (!glued && start < end && marks.isFree(start) && isFiller(label, words.get(start).text())) {
            colon |= words.get(start).text().contains(":");
            start++;
        }
        if (!(colon || first || label.anywhere())) {
            return 0;
        }
        int valueEnd = valueEnd(label.value(), words, marks, start, end, glued);
        if (valueEnd <= start || !marks.claim(label.kind(), start, valueEnd)) {
            return 0;
        }
        if (label.value() == Value.ADDRESS) {
            markAddressLines(lines, l, words.get(start), marks);
        }
        return valueEnd;
    }

    private static boolean isFiller(Label label, String text) {
        String key = key(text);
        return key.isEmpty() || label.value() == Value.NUMBER && NUMBER_FILLERS.contains(key);
    }

    private static int valueEnd(Value value, List<Word> words, PiiMarks marks, int start, int end, boolean glued) {
        return switch (value) {
            case NAME -> nameEnd(words, marks, start, end, glued);
            case NUMBER -> numberEnd(words, marks, start, end, glued);
            case BIRTH_DATE -> birthDateEnd(words, marks, start, end, glued);
            case ADDRESS -> addressEnd(words, marks, start, end, glued);
        };
    }

    private static int nameEnd(List<Word> words, PiiMarks marks, int start, int end, boolean glued) {
        int j = start;
        boolean somebody = false;
        while (j < end && j - start < MOST_NAME_WORDS && continues(words, marks, start, j)) {
            String text = valueText(words, start, j, glued);
            String key = key(text);
            if (!NAME_WORD.matcher(text).matches() || FIELD_WORDS.contains(key) || GLUE_WORDS.contains(key)) {
                break;
            }
            somebody |= !NOBODY.contains(key);
            j++;
            if (text.endsWith(",") || text.endsWith(";")) {
                break;
            }
        }
        return somebody ? j : 0;
    }

    private static int numberEnd(List<Word> words, PiiMarks marks, int start, int end, boolean glued) {
        int j = start;
        int digits = 0;
        while (j < end && j - start < MOST_NUMBER_WORDS && continues(words, marks, start, j)) {
            String text = valueText(words, start, j, glued);
            String key = key(text);
            int wordDigits = (int) text.chars().filter(c -> c >= '0' && c <= '9').count();
            boolean shortLetters = wordDigits == 0 && key.length() <= 3 && !FIELD_WORDS.contains(key)
                    && !GLUE_WORDS.contains(key);
            boolean masked = MASK_WORD.matcher(text).matches();
            if (!NUMBER_WORD.matcher(text).matches() || !(wordDigits > 0 || shortLetters || masked)) {
                break;
            }
            digits += wordDigits;
            j++;
        }
        // Capitals after the number are the next word of the line ("HX 1234 5678 DR"), unless one letter ("... 56 C").
        while (j > start && valueText(words, start, j - 1, glued).matches("\\p{L}{2,}[,;.]?")) {
            j--;
        }
        return digits >= FEWEST_NUMBER_DIGITS ? j : 0;
    }

    private static int birthDateEnd(List<Word> words, PiiMarks marks, int start, int end, boolean glued) {
        StringBuilder text = new StringBuilder();
        for (int j = start; j < end && j - start < MOST_DATE_WORDS && continues(words, marks, start, j); j++) {
            text.append(j > start ? " " : "").append(valueText(words, start, j, glued));
            if (Dates.normalise(text.toString(), DateOrder.UNKNOWN).isRead()) {
                return j + 1;
            }
        }
        return 0;
    }

    private static int addressEnd(List<Word> words, PiiMarks marks, int start, int end, boolean glued) {
        int j = start;
        while (j < end && j - start < MOST_ADDRESS_WORDS && continues(words, marks, start, j)) {
            String text = valueText(words, start, j, glued);
            if (j > start && FIELD_WORDS.contains(key(text))) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The lines under an address's first line that start where its value started: the rest of the address. */
    private static void markAddressLines(List<LineText> lines, int l, Word valueStart, PiiMarks marks) {
        List<Word> words = marks.words();
        Word above = valueStart;
        for (int n = l + 1; n < lines.size() && n <= l + MOST_ADDRESS_LINES; n++) {
            WordLines.Line line = lines.get(n).line();
            Word first = words.get(line.first());
            double tolerance = Math.max(0.01, 2 * characterWidth(valueStart));
            boolean aligned = first.page() == valueStart.page()
                    && Math.abs(first.box().x() - valueStart.box().x()) <= tolerance
                    && first.box().y() - above.box().bottom() < above.box().height();
            int end = aligned ? addressEnd(words, marks, line.first(), line.end(), false) : 0;
            if (end <= line.first() || words.get(line.first()).text().endsWith(":")
                    || !marks.claim(PiiKind.ADDRESS, line.first(), end)) {
                return;
            }
            above = first;
        }
    }

    /** Whether word {@code j} still belongs to the value begun at {@code start}. */
    private static boolean continues(List<Word> words, PiiMarks marks, int start, int j) {
        if (!marks.isFree(j)) {
            return false;
        }
        return j == start || !wideGap(words.get(j - 1), words.get(j)) && !words.get(j).text().endsWith(":");
    }

    private static String valueText(List<Word> words, int start, int j, boolean glued) {
        String text = words.get(j).text();
        return glued && j == start ? text.substring(text.indexOf(':') + 1) : text;
    }

    private static boolean wideGap(Word left, Word right) {
        double gap = right.box().x() - left.box().right();
        return gap > COLUMN_GAP_CHARACTERS * (characterWidth(left) + characterWidth(right)) / 2;
    }

    private static double characterWidth(Word word) {
        return word.box().width() / word.text().length();
    }

    /** A word as a label is compared: lower case, letters and digits only ("No.:" is "no", "D.O.B." is "dob"). */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        names(labels, false, false, "full name", "first name", "last name", "given name", "given names",
                "family name", "surname", "forename", "forenames", "claimant", "claimant name", "claimants name",
                "name of claimant", "patient", "patient name", "patients name", "name of patient", "insured",
                "insured name", "name of insured", "policyholder", "policy holder", "account holder", "account name",
                "cardholder", "card holder", "officer", "reporting officer", "attending officer",
                "investigating officer", "signature", "attn", "attention", "witness", "driver", "contact name",
                "contact person", "beneficiary", "payee");
        names(labels, true, false, "dear", "signed", "signed by");
        names(labels, false, true, "name");
        add(labels, PiiKind.ID_NUMBER, Value.NUMBER, true, false, "policy", "licence", "license", "driver licence",
                "driver license", "drivers licence", "drivers license", "driving licence", "passport", "ssn",
                "social security", "ni", "national insurance", "nino", "member", "member id", "membership",
                "patient id", "medicare", "nhs", "tfn", "tax file", "sin", "social insurance", "aadhaar", "pan",
                "customer id", "customer", "id", "id card", "identity card", "national id", "mrn", "medical record",
                "health card");
        add(labels, PiiKind.ACCOUNT_NUMBER, Value.NUMBER, true, false, "account", "bank account", "acct", "ac",
                "iban", "sort code", "bsb", "routing", "aba", "card", "credit card", "debit card");
        add(labels, PiiKind.DATE_OF_BIRTH, Value.BIRTH_DATE, true, false, "date of birth", "dob", "birth date",
                "birthdate", "born", "geburtsdatum", "date de naissance");
        add(labels, PiiKind.ADDRESS, Value.ADDRESS, false, false, "home address", "postal address",
                "residential address", "street address", "mailing address", "claimant address", "claimants address",
                "patient address", "patients address", "correspondence address");
        add(labels, PiiKind.ADDRESS, Value.ADDRESS, false, true, "address");
        labels.sort(Comparator.comparing((Label label) -> label.tokens().size()).reversed());
        return List.copyOf(labels);
    }

    private static void names(List<Label> labels, boolean anywhere, boolean standsAlone, String... texts) {
        add(labels, PiiKind.PERSON_NAME, Value.NAME, anywhere, standsAlone, texts);
    }

    private static void add(List<Label> labels, PiiKind kind, Value value, boolean anywhere, boolean standsAlone,
            String... texts) {
        for (String text : texts) {
            labels.add(new Label(List.of(text.split(" ")), kind, value, anywhere, standsAlone));
        }
    }
}

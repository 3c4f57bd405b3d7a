package dev.loupe.inference.normalize;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a printed date into an ISO date. It finds the first day, month and year in the text, so labels
 * ({@code Date:12/01/2024}), weekdays, ordinals ({@code 12th}), fillers ({@code 12 de enero de 2024}) and a time
 * after it are passed over; OCR's letters for digits (O, l, I, S, B) are read as digits inside numeric parts only.
 *
 * <p>Which number is the day: a number over 12 is the day; when both are 12 or under, the hint decides; with no
 * hint, day first, because every region Loupe reads except the United States writes the day first, and a US
 * document usually says so by its dollar sign or address, which {@link DocumentCues} turns into
 * {@link DateOrder#MONTH_FIRST}. Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999. A year printed first
 * (2024-01-12, 2024/01/12) is always followed by month, then day.
 */
public final class Dates {
    /** What splits the parts of one date within a word: 12/01/2024, 12.Jan.2024, 2024-01-12, Jan 12, 2024. */
    private static final Pattern PART_SEPARATORS = Pattern.compile("[/.\\-,:;'’()\\[\\]]+");
    private static final int LAST_YEAR_OF_2000S = 69;

    private Dates() {
    }

    public static DateReading normalise(String raw, DateOrder hint) {
        String text = PrintedText.fold(raw);
        List<Part> parts = parts(text);
        if (parts.stream().noneMatch(Part::isNumber)) {
            return DateReading.failed("'" + text + "' has no date in it.");
        }
        String firstProblem = null;
        for (int i = 0; i + 3 <= parts.size(); i++) {
            if (!parts.get(i).startsWord()) {
                continue;
            }
            Attempt attempt = read(text, parts.get(i), parts.get(i + 1), parts.get(i + 2), hint);
            if (attempt == null) {
                continue;
            }
            if (attempt.reading() != null) {
                return attempt.reading();
            }
            if (firstProblem == null) {
                firstProblem = attempt.problem();
            }
        }
        return DateReading.failed(firstProblem != null ? firstProblem
                : "'" + text + "' is not a whole date: it needs a day, a month and a year.");
    }

    /** The date three parts make, a sentence saying why they make none, or null when they are not shaped like one. */
    private static Attempt read(String text, Part a, Part b, Part c, DateOrder hint) {
        if (a.isNumber() && b.isNumber() && c.isNumber()) {
            if (a.digits() == 4 && b.digits() <= 2 && c.digits() <= 2) {
                return build(text, a.value(), b.value(), c.value(), false, false);
            }
            if (a.digits() <= 2 && b.digits() <= 2) {
                return yearProblem(text, c).orElseGet(() -> dayAndMonth(text, a.value(), b.value(), year(c), hint));
            }
            return null;
        }
        if (a.isNumber() && b.isMonth() && c.isNumber()) {
            if (a.digits() == 4 && c.digits() <= 2) {
                return build(text, a.value(), b.value(), c.value(), false, false);
            }
            if (a.digits() <= 2) {
                return yearProblem(text, c).orElseGet(() -> build(text, year(c), b.value(), a.value(), false, false));
            }
            return null;
        }
        if (a.isMonth() && b.isNumber() && c.isNumber() && b.digits() <= 2) {
            return yearProblem(text, c).orElseGet(() -> build(text, year(c), a.value(), b.value(), false, false));
        }
        return null;
    }

    private static Attempt dayAndMonth(String text, int first, int second, int year, DateOrder hint) {
        if (first > 12 && second > 12) {
            return Attempt.problem("'" + text + "' is not a date: neither " + first + " nor " + second
                    + " can be a month.");
        }
        if (first > 12 || first == second) {
            return build(text, year, second, first, false, false);
        }
        if (second > 12) {
            return build(text, year, first, second, false, false);
        }
        return switch (hint) {
            case MONTH_FIRST -> build(text, year, first, second, true, true);
            case DAY_FIRST -> build(text, year, second, first, true, true);
            case UNKNOWN -> build(text, year, second, first, true, false);
        };
    }

    private static Attempt build(String text, int year, int month, int day, boolean ambiguous, boolean byHint) {
        if (month < 1 || month > 12) {
            return Attempt.problem("'" + text + "' is not a date: there is no month " + month + ".");
        }
        if (day < 1) {
            return Attempt.problem("'" + text + "' is not a date: there is no day " + day + ".");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day > yearMonth.lengthOfMonth()) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return Attempt.problem("'" + text + "' is not a date: " + monthName + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days.");
        }
        return new Attempt(DateReading.of(LocalDate.of(year, month, day), ambiguous, byHint), null);
    }

    private static Optional<Attempt> yearProblem(String text, Part year) {
        if (year.digits() == 2 || year.digits() == 4) {
            return Optional.empty();
        }
        return Optional.of(Attempt.problem("'" + text + "' is not a date: its year " + year.printed()
                + " should have two or four digits."));
    }

    private static int year(Part part) {
        if (part.digits() == 4) {
            return part.value();
        }
        return part.value() <= LAST_YEAR_OF_2000S ? 2000 + part.value() : 1900 + part.value();
    }

    /** The numbers and month names in the text, in order; other words (labels, weekdays, "de", "th") are dropped. */
    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        for (String word : text.split(" ")) {
            boolean wordHasDigit = word.chars().anyMatch(c -> OcrConfusions.isDigit((char) c));
            boolean first = true;
            for (String piece : PART_SEPARATORS.split(word)) {
                if (piece.isEmpty()) {
                    continue;
                }
                int before = parts.size();
                addPiece(piece, wordHasDigit, parts);
                if (first && parts.size() > before) {
                    parts.set(before, parts.get(before).asWordStart());
                    first = false;
                }
            }
        }
        return parts;
    }

    private static void addPiece(String piece, boolean wordHasDigit, List<Part> parts) {
        boolean digitLike = piece.chars().allMatch(c -> OcrConfusions.isDigitLike((char) c));
        boolean hasDigit = piece.chars().anyMatch(c -> OcrConfusions.isDigit((char) c));
        // A piece of misread letters only ("Ol" in "Ol/O1/2024") counts when its word holds real digits.
        if (digitLike && (hasDigit || (wordHasDigit && piece.length() <= 4))) {
            parts.add(Part.number(piece, OcrConfusions.digits(piece)));
            return;
        }
        Optional<Integer> month = MonthNames.find(piece);
        if (month.isPresent()) {
            parts.add(Part.month(piece, month.get()));
            return;
        }
        if (!hasDigit) {
            return;
        }
        // Letters and digits run together ("12Jan2024", "12th"): each run on its own.
        int start = 0;
        for (int i = 1; i <= piece.length(); i++) {
            if (i == piece.length() || OcrConfusions.isDigit(piece.charAt(i)) != OcrConfusions.isDigit(piece.charAt(start))) {
                String run = piece.substring(start, i);
                if (OcrConfusions.isDigit(run.charAt(0))) {
                    parts.add(Part.number(run, run));
                } else {
                    MonthNames.find(run).ifPresent(m -> parts.add(Part.month(run, m)));
                }
                start = i;
            }
        }
    }

    /** A number or a month name found in the text; only a part that begins a word may begin a date. */
    private record Part(String printed, int value, int digits, boolean isMonth, boolean startsWord) {
        static Part number(String printed, String digits) {
            String significant = digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
            return new Part(printed, Integer.parseInt(significant), digits.length(), false, false);
        }

        static Part month(String printed, int month) {
            return new Part(printed, month, 0, true, false);
        }

        Part asWordStart() {
            return new Part(printed, value, digits, isMonth, true);
        }

        boolean isNumber() {
            return !isMonth;
        }
    }

    private record Attempt(DateReading reading, String problem) {
        static Attempt problem(String problem) {
            return new Attempt(null, problem);
        }
    }
}

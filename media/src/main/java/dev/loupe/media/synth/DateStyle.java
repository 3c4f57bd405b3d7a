package dev.loupe.media.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A way of printing a date. Numeric styles with the day and month both as numbers are offered only to regions
 * whose cues say which comes first, so each printed date has one true reading.
 */
enum DateStyle {
    ISO("yyyy-MM-dd"),
    SLASHED("dd/MM/yyyy"),
    SLASHED_SHORT("dd/MM/yy"),
    DOTTED("dd.MM.yyyy"),
    DOTTED_SHORT("dd.MM.yy"),
    DASHED("dd-MM-yyyy"),
    US_SLASHED("MM/dd/yyyy"),
    US_SLASHED_SHORT("MM/dd/yy"),
    NAMED("d MMM yyyy"),
    NAMED_LONG("d MMMM yyyy"),
    NAMED_DASHED("dd-MMM-yyyy"),
    US_NAMED("MMM d, yyyy"),
    US_NAMED_LONG("MMMM d, yyyy");

    /** English month names whatever the machine's locale; "Sep", not Java's "Sept" of some locales. */
    private final DateTimeFormatter formatter;

    DateStyle(String pattern) {
        this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.US);
    }

    String format(LocalDate date) {
        return formatter.format(date);
    }
}

package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** Where a document comes from: its paper size, how it prints money and dates, and its sales tax. */
enum Region {
    US("USD", 612, 792, List.of("Sales tax"), List.of("6.25", "7", "8.25", "8.875")),
    UK("GBP", 595.28, 841.89, List.of("VAT"), List.of("20")),
    EUROZONE("EUR", 595.28, 841.89, List.of("VAT", "MwSt.", "TVA"), List.of("19", "20", "21")),
    /** Prints plain amounts with no currency sign, as many small-shop tills do. */
    AUSTRALIA(null, 595.28, 841.89, List.of("GST"), List.of("10"));

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final String currency;
    final double pageWidth;
    final double pageHeight;
    private final List<String> taxNames;
    private final List<String> taxPercents;

    Region(String currency, double pageWidth, double pageHeight, List<String> taxNames, List<String> taxPercents) {
        this.currency = currency;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.taxNames = taxNames;
        this.taxPercents = taxPercents;
    }

    /** The ISO 4217 code, when the document shows which currency it is in. */
    Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return switch (this) {
            case US -> "$" + grouped(cents, ',', '.');
            case UK -> "£" + grouped(cents, ',', '.');
            case EUROZONE -> grouped(cents, '.', ',') + " €";
            case AUSTRALIA -> grouped(cents, ',', '.');
        };
    }

    /** Symbols are set by hand so that output never depends on the machine's locale. */
    private static String grouped(BigDecimal amount, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    Tax tax(Random random) {
        String name = taxNames.get(random.nextInt(taxNames.size()));
        String percent = taxPercents.get(random.nextInt(taxPercents.size()));
        return new Tax(name + " " + percent + "%", new BigDecimal(percent).movePointLeft(2));
    }

    /** A sales tax as printed and as a rate, e.g. "VAT 20%" and 0.20. */
    record Tax(String label, BigDecimal rate) {
        BigDecimal on(BigDecimal amount) {
            return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The date as this region might print it. Month-first numbers appear only in the US and only when the day is
     * above 12, and day-first only outside it, so that every printed date has one true reading.
     */
    String date(LocalDate date, Random random) {
        String day = two(date.getDayOfMonth());
        String month = two(date.getMonthValue());
        String name = MONTHS[date.getMonthValue() - 1];
        List<String> styles = new ArrayList<>();
        styles.add(date.toString());
        styles.add(date.getDayOfMonth() + " " + name + " " + date.getYear());
        if (this == US) {
            styles.add(name + " " + date.getDayOfMonth() + ", " + date.getYear());
            if (date.getDayOfMonth() > 12) {
                styles.add(month + "/" + day + "/" + date.getYear());
            }
        } else {
            styles.add(day + "/" + month + "/" + date.getYear());
        }
        if (this == EUROZONE) {
            styles.add(day + "." + month + "." + date.getYear());
        }
        return styles.get(random.nextInt(styles.size()));
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}

package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * Where a document comes from: its paper size, the ways it may print money and dates, and its sales tax. Every
 * money style shows its currency except Australia's plain one; every date style reads one way given the region.
 */
enum Region {
    US(612, 792, List.of(Money.before("$", "USD", ',', '.'), Money.before("$ ", "USD", ',', '.'),
            Money.before("USD ", "USD", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.US_SLASHED, DateStyle.US_SLASHED_SHORT, DateStyle.US_NAMED,
                    DateStyle.US_NAMED_LONG, DateStyle.NAMED, DateStyle.NAMED_DASHED),
            List.of("Sales tax"), List.of("6.25", "7", "8.25", "8.875")),
    UK(595.28, 841.89, List.of(Money.before("£", "GBP", ',', '.'), Money.before("GBP ", "GBP", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.SLASHED, DateStyle.SLASHED_SHORT, DateStyle.NAMED,
                    DateStyle.NAMED_LONG, DateStyle.NAMED_DASHED),
            List.of("VAT"), List.of("20")),
    EUROZONE(595.28, 841.89, List.of(Money.after(" €", "EUR", '.', ','), Money.before("€ ", "EUR", '.', ','),
            Money.before("EUR ", "EUR", '.', ','), Money.after(" EUR", "EUR", '.', ','),
            Money.before("€", "EUR", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.DOTTED, DateStyle.DOTTED_SHORT, DateStyle.SLASHED, DateStyle.DASHED,
                    DateStyle.NAMED, DateStyle.NAMED_LONG),
            List.of("VAT", "MwSt.", "TVA", "BTW"), List.of("19", "20", "21")),
    SWITZERLAND(595.28, 841.89, List.of(Money.before("CHF ", "CHF", '\'', '.'), Money.after(" CHF", "CHF", '\'', '.')),
            List.of(DateStyle.ISO, DateStyle.DOTTED, DateStyle.DOTTED_SHORT, DateStyle.NAMED, DateStyle.NAMED_LONG),
            List.of("MwSt.", "TVA"), List.of("8.1")),
    /** Canada writes numeric dates in either order, so its documents print dates that need no order. */
    CANADA(612, 792, List.of(Money.before("C$", "CAD", ',', '.'), Money.before("CAD ", "CAD", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.US_NAMED, DateStyle.US_NAMED_LONG, DateStyle.NAMED),
            List.of("GST", "HST"), List.of("5", "13")),
    /** Also prints plain amounts with no currency sign, as many small-shop tills do. */
    AUSTRALIA(595.28, 841.89, List.of(Money.plain(',', '.'), Money.before("A$", "AUD", ',', '.'),
            Money.before("AUD ", "AUD", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.SLASHED, DateStyle.SLASHED_SHORT, DateStyle.NAMED,
                    DateStyle.NAMED_LONG, DateStyle.NAMED_DASHED),
            List.of("GST"), List.of("10")),
    NEW_ZEALAND(595.28, 841.89, List.of(Money.before("NZ$", "NZD", ',', '.'), Money.before("NZD ", "NZD", ',', '.')),
            List.of(DateStyle.ISO, DateStyle.SLASHED, DateStyle.NAMED, DateStyle.NAMED_LONG, DateStyle.DASHED),
            List.of("GST"), List.of("15")),
    /** WinAnsi fonts have no rupee sign, so India's amounts say Rs. or INR, grouped in lakhs. */
    INDIA(595.28, 841.89, List.of(Money.lakhs("Rs. "), Money.lakhs("INR "), Money.lakhs("Rs.")),
            List.of(DateStyle.ISO, DateStyle.SLASHED, DateStyle.DASHED, DateStyle.NAMED_DASHED, DateStyle.NAMED),
            List.of("GST"), List.of("5", "12", "18"));

    final double pageWidth;
    final double pageHeight;
    private final List<Money> moneyStyles;
    private final List<DateStyle> dateStyles;
    private final List<String> taxNames;
    private final List<String> taxPercents;

    Region(double pageWidth, double pageHeight, List<Money> moneyStyles, List<DateStyle> dateStyles,
            List<String> taxNames, List<String> taxPercents) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.moneyStyles = moneyStyles;
        this.dateStyles = dateStyles;
        this.taxNames = taxNames;
        this.taxPercents = taxPercents;
    }

    List<Money> moneyStyles() {
        return moneyStyles;
    }

    List<DateStyle> dateStyles() {
        return dateStyles;
    }

    /** One way this region prints money and dates, kept for a whole document as one printer or office would. */
    Conventions conventions(Random random) {
        return new Conventions(this, Vocabulary.pick(moneyStyles, random), Vocabulary.pick(dateStyles, random));
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
}

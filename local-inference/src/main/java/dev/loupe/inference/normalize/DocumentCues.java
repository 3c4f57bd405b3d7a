package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.Word;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's own text says about how it writes dates and money: where it seems to come from, the order of
 * day and month, the decimal mark, and its currency.
 *
 * <p>Proof on the page wins over region: a date such as 25/03/2024 makes the document day first, 03/25/2024
 * month first, and an amount such as 1.234,56 makes its decimal mark a comma. Without proof the region decides
 * (see {@link Region}). The region is the one with the most cues: currency signs and codes, addresses (a US
 * "Springfield, IL 62704", a UK postcode, an Australian "NSW 2000", a Canadian postal code), tax words (VAT,
 * MwSt., TVA, GST, HST, ABN, GSTIN), North American phone numbers, and country names. A dollar sign alone counts for the United States, but
 * less than any other cue, so an Australian receipt that prints "$" beside GST and an ABN is Australian.
 *
 * @param region      where the document seems to come from; {@link Region#UNKNOWN} when no region leads
 * @param dateOrder   how to read a date such as 03/04/2024 on it
 * @param decimalMark how it writes cents
 * @param currency    the ISO 4217 code of the currency its amounts are in; empty when nothing says
 */
public record DocumentCues(Region region, DateOrder dateOrder, DecimalMark decimalMark, String currency) {
    /** A document that says nothing: dates are read day first and amounts by their own separators. */
    public static final DocumentCues NONE = new DocumentCues(Region.UNKNOWN, DateOrder.UNKNOWN, DecimalMark.UNKNOWN,
            "");

    private static final String US_STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
    private static final List<Cue> CUES = List.of(
            new Cue("\\b\\p{Lu}[\\p{L}.']+,?\\s+(?:" + US_STATES + ")\\s+\\d{5}(?:-\\d{4})?\\b", Region.US, 3),
            new Cue("\\(\\d{3}\\) ?\\d{3}-\\d{4}\\b", Region.US, 2),
            new Cue("\\(\\d{3}\\) ?\\d{3}-\\d{4}\\b", Region.CANADA, 1),
            new Cue("(?i)\\b(?:sales tax|zip code|SSN)\\b", Region.US, 1),
            new Cue("(?i)\\b(?:USA|U\\.S\\.A\\.|United States)\\b", Region.US, 3),
            new Cue("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b",
                    Region.US, 1),
            new Cue("\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[A-Z]{2}\\b", Region.UK, 3),
            new Cue("(?i)\\b(?:sort code|national insurance|NI number|NINO|HMRC|NHS)\\b", Region.UK, 2),
            new Cue("(?i)\\b(?:United Kingdom|England|Scotland|Wales)\\b", Region.UK, 3),
            new Cue("\\bVAT\\b", Region.UK, 1),
            new Cue("\\bVAT\\b", Region.EUROZONE, 1),
            new Cue("(?i)\\b(?:MwSt|USt|TVA|BTW|IVA)\\b", Region.EUROZONE, 2),
            new Cue("(?i)\\b(?:Rechnung|Facture|Factuur|Factura|Fattura|Quittung|Datum)\\b", Region.EUROZONE, 1),
            new Cue("\\b(?:DE|FR|NL|ES|IT|BE|AT|IE|PT|FI|LU|GR)\\d{2}(?: ?[A-Z0-9]{4}){3,}", Region.EUROZONE, 2),
            new Cue("(?i)\\b(?:Germany|Deutschland|France|Netherlands|Nederland|Spain|España|Italy|Italia|Austria"
                    + "|Österreich|Belgium|Belgique|België|Ireland|Portugal|Finland)\\b", Region.EUROZONE, 3),
            new Cue("(?i)\\bMwSt\\b", Region.SWITZERLAND, 1),
            new Cue("\\bCH\\d{2}(?: ?[A-Z0-9]{4}){3,}", Region.SWITZERLAND, 2),
            new Cue("\\d'\\d{3}\\b", Region.SWITZERLAND, 2),
            new Cue("\\bCHE-\\d{3}\\.\\d{3}\\.\\d{3}\\b", Region.SWITZERLAND, 3),
            new Cue("(?i)\\b(?:Switzerland|Schweiz|Suisse|Svizzera)\\b", Region.SWITZERLAND, 3),
            new Cue("\\b(?:HST|PST|QST|TPS|TVQ)\\b", Region.CANADA, 2),
            new Cue("\\b[A-Z]\\d[A-Z] ?\\d[A-Z]\\d\\b", Region.CANADA, 3),
            new Cue("(?i)\\bCanada\\b", Region.CANADA, 3),
            new Cue("\\b(?:ABN|BSB)\\b", Region.AUSTRALIA, 2),
            new Cue("\\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT) \\d{4}\\b", Region.AUSTRALIA, 3),
            new Cue("(?i)\\bAustralia\\b", Region.AUSTRALIA, 3),
            new Cue("\\b(?:IRD|NZBN)\\b", Region.NEW_ZEALAND, 2),
            new Cue("(?i)\\b(?:New Zealand|Aotearoa|Auckland|Wellington|Christchurch)\\b", Region.NEW_ZEALAND, 3),
            new Cue("\\b(?:GSTIN|CGST|SGST|IGST)\\b", Region.INDIA, 3),
            new Cue("\\b\\d{1,2},\\d{2},\\d{3}\\b", Region.INDIA, 2),
            new Cue("(?i)\\bIndia\\b", Region.INDIA, 3),
            new Cue("\\bGST\\b", Region.AUSTRALIA, 1),
            new Cue("\\bGST\\b", Region.NEW_ZEALAND, 1),
            new Cue("\\bGST\\b", Region.CANADA, 1),
            new Cue("\\bGST\\b", Region.INDIA, 1));
    private static final Map<String, Region> CURRENCY_REGIONS = Map.of("USD", Region.US, "GBP", Region.UK,
            "EUR", Region.EUROZONE, "CHF", Region.SWITZERLAND, "CAD", Region.CANADA, "AUD", Region.AUSTRALIA,
            "NZD", Region.NEW_ZEALAND, "INR", Region.INDIA);
    private static final int CURRENCY_WEIGHT = 2;

    /** A numeric date; a dash with a two-digit year is left out, as sort codes (20-45-67) look just like it. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|(?<![-])\\d{2})(?![\\d])");
    private static final Pattern COMMA_GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+,\\d{2}(?![\\d])");
    private static final Pattern POINT_GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{2,3})+\\.\\d{2}(?![\\d])");
    private static final Pattern COMMA_CENTS = Pattern.compile("(?<![\\d.,'])\\d+,\\d{2}(?![\\d.,])");
    private static final Pattern POINT_CENTS = Pattern.compile("(?<![\\d.,'])\\d+\\.\\d{2}(?![\\d.,])");

    public DocumentCues {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(decimalMark, "decimalMark");
        currency = currency == null ? "" : currency;
    }

    /** The cues in a document's words, read line by line. */
    public static DocumentCues read(List<Word> words) {
        return read(WordLines.text(words));
    }

    /** The cues in a document's text. */
    public static DocumentCues read(String text) {
        String folded = PrintedText.fold(text);
        List<CurrencySigns.Sign> signs = CurrencySigns.find(folded);
        Region region = region(folded, signs);
        return new DocumentCues(region, dateOrder(folded, region), decimalMark(folded, region),
                currency(signs, region));
    }

    private static Region region(String text, List<CurrencySigns.Sign> signs) {
        Map<Region, Integer> scores = new EnumMap<>(Region.class);
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                scores.merge(cue.region(), cue.weight(), Integer::sum);
            }
        }
        for (CurrencySigns.Sign sign : signs) {
            Region region = sign.isBareDollar() ? Region.US : CURRENCY_REGIONS.get(sign.code());
            scores.merge(region, sign.isBareDollar() ? 1 : CURRENCY_WEIGHT, Integer::sum);
        }
        Region best = Region.UNKNOWN;
        int bestScore = 0;
        boolean tied = false;
        for (Map.Entry<Region, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
                tied = false;
            } else if (score.getValue() == bestScore) {
                tied = true;
            }
        }
        return tied ? Region.UNKNOWN : best;
    }

    private static DateOrder dateOrder(String text, Region region) {
        int dayFirst = 0;
        int monthFirst = 0;
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            if (first > 12 && first <= 31 && second >= 1 && second <= 12) {
                dayFirst++;
            } else if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
                monthFirst++;
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst > monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        }
        return region.dateOrder();
    }

    private static DecimalMark decimalMark(String text, Region region) {
        int comma = 2 * count(COMMA_GROUPED, text) + count(COMMA_CENTS, text);
        int point = 2 * count(POINT_GROUPED, text) + count(POINT_CENTS, text);
        if (comma != point) {
            return comma > point ? DecimalMark.COMMA : DecimalMark.POINT;
        }
        return region.decimalMark();
    }

    /** The currency most often printed; a bare dollar is the region's own dollar; else the region's currency. */
    private static String currency(List<CurrencySigns.Sign> signs, Region region) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean bareDollar = false;
        for (CurrencySigns.Sign sign : signs) {
            if (sign.isBareDollar()) {
                bareDollar = true;
            } else {
                counts.merge(sign.code(), 1, Integer::sum);
            }
        }
        String most = "";
        int mostCount = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > mostCount) {
                most = count.getKey();
                mostCount = count.getValue();
            }
        }
        if (!most.isEmpty()) {
            return most;
        }
        if (bareDollar) {
            return CurrencySigns.dollarOf(region.currency());
        }
        return region.currency();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private record Cue(Pattern pattern, Region region, int weight) {
        Cue(String regex, Region region, int weight) {
            this(Pattern.compile(regex), region, weight);
        }
    }
}

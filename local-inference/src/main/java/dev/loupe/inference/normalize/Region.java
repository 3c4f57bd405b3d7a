package dev.loupe.inference.normalize;

/** Where a document seems to come from, which says how it writes dates and money. */
public enum Region {
    US("USD", DateOrder.MONTH_FIRST, DecimalMark.POINT),
    UK("GBP", DateOrder.DAY_FIRST, DecimalMark.POINT),
    EUROZONE("EUR", DateOrder.DAY_FIRST, DecimalMark.COMMA),
    SWITZERLAND("CHF", DateOrder.DAY_FIRST, DecimalMark.POINT),
    /** Canada prints dates in every order, so its region says nothing about them. */
    CANADA("CAD", DateOrder.UNKNOWN, DecimalMark.POINT),
    AUSTRALIA("AUD", DateOrder.DAY_FIRST, DecimalMark.POINT),
    NEW_ZEALAND("NZD", DateOrder.DAY_FIRST, DecimalMark.POINT),
    INDIA("INR", DateOrder.DAY_FIRST, DecimalMark.POINT),
    UNKNOWN("", DateOrder.UNKNOWN, DecimalMark.UNKNOWN);

    private final String currency;
    private final DateOrder dateOrder;
    private final DecimalMark decimalMark;

    Region(String currency, DateOrder dateOrder, DecimalMark decimalMark) {
        this.currency = currency;
        this.dateOrder = dateOrder;
        this.decimalMark = decimalMark;
    }

    /** Its ISO 4217 currency code; empty for an unknown region. */
    public String currency() {
        return currency;
    }

    public DateOrder dateOrder() {
        return dateOrder;
    }

    public DecimalMark decimalMark() {
        return decimalMark;
    }
}

package dev.loupe.inference.normalize;

/** Which comes first in a numeric date such as 03/04/2024, as far as a document shows it. */
public enum DateOrder {
    /** 03/04/2024 is 3 April: the UK, Europe, Australia, New Zealand, India. */
    DAY_FIRST,
    /** 03/04/2024 is March 4: the United States. */
    MONTH_FIRST,
    /** Nothing on the document says. */
    UNKNOWN
}

package dev.loupe.core.annotation;

/** What sort of value a field holds, which says how it is normalised and checked. */
public enum ValueKind {
    /** Normalised to ISO 8601, {@code 2024-01-12}. */
    DATE,
    /** Normalised to a plain decimal, {@code 1234.50}, with the currency apart when the document shows it. */
    AMOUNT,
    /** A person's name, as printed with spaces folded. */
    PERSON,
    /** A business's name, as printed with spaces folded. */
    ORGANISATION,
    /** A reference such as a claim or invoice number: as printed, in upper case, spaces folded to one. */
    IDENTIFIER
}

package dev.loupe.inference.normalize;

/** The character a document writes before its cents. */
public enum DecimalMark {
    /** 1,234.56 */
    POINT,
    /** 1.234,56 */
    COMMA,
    /** Nothing on the document says. */
    UNKNOWN
}

package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a page's words came from: the PDF's own text layer, or OCR of the page's pixels. */
public enum TextSource {
    TEXT_LAYER,
    OCR,
    /** The page could not be read at all. */
    NONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TextSource fromWire(String value) {
        for (TextSource source : values()) {
            if (source.wire().equals(value)) {
                return source;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a text source; use text-layer, ocr or none.");
    }
}

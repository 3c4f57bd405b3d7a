package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kinds of personal data that logs and exports mask. */
public enum PiiKind {
    PERSON_NAME,
    PHONE,
    EMAIL,
    /** Policy, passport, licence, national insurance, social security and similar numbers that identify a person. */
    ID_NUMBER,
    /** Bank account, IBAN, sort code or card numbers. */
    ACCOUNT_NUMBER,
    /** A postal address. */
    ADDRESS,
    DATE_OF_BIRTH;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PiiKind fromWire(String value) {
        for (PiiKind kind : values()) {
            if (kind.wire().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a kind of personal data Loupe marks.");
    }
}

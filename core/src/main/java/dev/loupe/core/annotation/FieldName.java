package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields Loupe extracts, with the kind of value each holds. The wire name is the lower-case constant name. */
public enum FieldName {
    CLAIM_NUMBER(ValueKind.IDENTIFIER),
    POLICY_NUMBER(ValueKind.IDENTIFIER),
    CLAIMANT_NAME(ValueKind.PERSON),
    DATE_OF_LOSS(ValueKind.DATE),
    VENDOR(ValueKind.ORGANISATION),
    INVOICE_NUMBER(ValueKind.IDENTIFIER),
    DATE(ValueKind.DATE),
    PATIENT_NAME(ValueKind.PERSON),
    DATE_OF_SERVICE(ValueKind.DATE),
    TOTAL(ValueKind.AMOUNT);

    private final ValueKind kind;

    FieldName(ValueKind kind) {
        this.kind = kind;
    }

    public ValueKind kind() {
        return kind;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this wire name, if Loupe knows it. */
    public static Optional<FieldName> find(String wire) {
        return Arrays.stream(values()).filter(field -> field.wire().equals(wire)).findFirst();
    }

    @JsonCreator
    public static FieldName fromWire(String wire) {
        return find(wire).orElseThrow(() -> new IllegalArgumentException("'" + wire + "' is not a field Loupe knows; "
                + "use one of: " + Arrays.stream(values()).map(FieldName::wire).collect(Collectors.joining(", "))
                + "."));
    }
}

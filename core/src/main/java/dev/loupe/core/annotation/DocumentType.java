package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of document a claim arrives with, and the fields Loupe extracts from each. */
public enum DocumentType {
    CLAIM_FORM(List.of(FieldName.CLAIM_NUMBER, FieldName.POLICY_NUMBER, FieldName.CLAIMANT_NAME,
            FieldName.DATE_OF_LOSS, FieldName.TOTAL)),
    INVOICE(List.of(FieldName.VENDOR, FieldName.INVOICE_NUMBER, FieldName.DATE, FieldName.TOTAL)),
    RECEIPT(List.of(FieldName.VENDOR, FieldName.DATE, FieldName.TOTAL)),
    MEDICAL_REPORT(List.of(FieldName.PATIENT_NAME, FieldName.DATE_OF_SERVICE, FieldName.TOTAL)),
    POLICE_REPORT(List.of()),
    ID_DOCUMENT(List.of()),
    CORRESPONDENCE(List.of()),
    DAMAGE_PHOTO(List.of()),
    OTHER(List.of());

    private final List<FieldName> fields;

    DocumentType(List<FieldName> fields) {
        this.fields = fields;
    }

    /** The fields a document of this type should have, in the order a reviewer checks them. */
    public List<FieldName> fields() {
        return fields;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentType> find(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire().equals(wire)).findFirst();
    }

    @JsonCreator
    public static DocumentType fromWire(String wire) {
        return find(wire).orElseThrow(() -> new IllegalArgumentException("'" + wire + "' is not a document type; "
                + "use one of: " + Arrays.stream(values()).map(DocumentType::wire).collect(Collectors.joining(", "))
                + "."));
    }
}

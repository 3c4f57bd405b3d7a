package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a reviewer changed a document's type: one element of a decision's {@code diff} array, beside the
 * {@link FieldChange}s, {@code {"document": "scan.pdf", "change": "type", "before": "receipt", "after": "invoice"}}.
 *
 * @param document the name of the document, as its annotation names it
 * @param before   the type the models proposed; null when they proposed none
 * @param after    the type the reviewer chose
 */
public record TypeChange(String document, DocumentType before, DocumentType after) {
    /** The value of {@code change} that marks a type change in a diff. */
    public static final String KIND = "type";

    public TypeChange {
        document = document == null ? "" : document;
        Objects.requireNonNull(after, "after");
        if (before == after) {
            throw new IllegalArgumentException("A type change needs a type other than the proposed one, got "
                    + after.wire() + " for both.");
        }
    }

    /** Marks the element as a type change in a diff array. */
    @JsonProperty("change")
    public String change() {
        return KIND;
    }

    /** The element of a decision's {@code diff} array. */
    public JsonNode toJson() {
        return Json.mapper().valueToTree(this);
    }

    /** The type changes in a decision's {@code diff} array; field changes and damaged elements are passed over. */
    public static List<TypeChange> fromDiff(JsonNode diff) {
        List<TypeChange> changes = new ArrayList<>();
        if (diff == null || !diff.isArray()) {
            return changes;
        }
        for (JsonNode element : diff) {
            if (!(element instanceof ObjectNode object) || !KIND.equals(object.path("change").asText())) {
                continue;
            }
            DocumentType after = DocumentType.find(object.path("after").asText()).orElse(null);
            DocumentType before = DocumentType.find(object.path("before").asText()).orElse(null);
            if (after != null && after != before) {
                changes.add(new TypeChange(object.path("document").asText(), before, after));
            }
        }
        return changes;
    }
}

package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.loupe.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a reviewer changed one field of a proposal: one element of a decision's {@code diff} array,
 * {@code {"document": "receipt.pdf", "field": "total", "before": "12.50", "after": "12.80", "how": "typed",
 * "words": []}}. A change of a document's type is a {@link TypeChange} in the same array.
 *
 * @param document the name of the document the field is on, as its annotation names it
 * @param field  which field
 * @param before the value the models proposed; empty when they found none
 * @param after  the value the reviewer left; empty when they cleared it
 * @param how    how the reviewer gave the value
 * @param words  indexes, in the annotation's word list, of the words the value was read from; empty when typed
 */
public record FieldChange(String document, FieldName field, String before, String after, Method how,
        List<Integer> words) {
    public FieldChange {
        document = document == null ? "" : document;
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(how, "how");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** The changes as a decision's {@code diff} array. */
    public static ArrayNode toDiff(List<FieldChange> changes) {
        ArrayNode diff = JsonNodeFactory.instance.arrayNode();
        changes.forEach(change -> diff.add(Json.mapper().<JsonNode>valueToTree(change)));
        return diff;
    }

    /** The field changes in a decision's {@code diff} array; elements of other shapes (type changes) are passed over. */
    public static List<FieldChange> fromDiff(JsonNode diff) {
        List<FieldChange> changes = new ArrayList<>();
        if (diff == null || !diff.isArray()) {
            return changes;
        }
        for (JsonNode element : diff) {
            if (!element.hasNonNull("field")) {
                continue;
            }
            try {
                changes.add(Json.mapper().treeToValue(element, FieldChange.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // Not a field change (or a damaged one): the others still say what the reviewer did.
            }
        }
        return changes;
    }

    /**
     * How a reviewer gave a field its value. Confirming a proposed value as it is changes nothing, so it has no
     * method here.
     */
    public enum Method {
        /** Typed on the keyboard. */
        TYPED,
        /** Picked from the words read on the page, one word or a span of them. */
        PICKED_WORD,
        /** Read by OCR from a rectangle drawn on the page. */
        REGION;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Method fromWire(String value) {
            for (Method method : values()) {
                if (method.wire().equals(value)) {
                    return method;
                }
            }
            throw new IllegalArgumentException("'" + value + "' is not a way of changing a field; use typed, "
                    + "picked-word or region.");
        }
    }
}

package dev.loupe.core.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import java.util.Optional;

/**
 * How a document's annotation travels in a decision's {@code preAnnotations} and {@code annotations} arrays, and
 * so in the feedback export that retraining reads: one element {@code {"kind": "document", "annotation": {...}}}.
 * The final annotation is the proposal as the reviewer left it: the type and fields they confirmed or corrected,
 * each field pointing at the words it was read from.
 */
public final class DocumentFeedback {
    public static final String KIND = "document";

    private DocumentFeedback() {
    }

    public static ArrayNode toAnnotations(DocumentAnnotation annotation) {
        ObjectNode element = JsonNodeFactory.instance.objectNode();
        element.put("kind", KIND);
        element.set("annotation", Json.mapper().valueToTree(annotation));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.add(element);
        return array;
    }

    /** The document annotation in such an array, when there is one. */
    public static Optional<DocumentAnnotation> fromAnnotations(JsonNode annotations) {
        if (annotations == null || !annotations.isArray()) {
            return Optional.empty();
        }
        for (JsonNode element : annotations) {
            if (KIND.equals(element.path("kind").asText()) && element.has("annotation")) {
                try {
                    return Optional.of(Json.mapper().treeToValue(element.get("annotation"), DocumentAnnotation.class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}

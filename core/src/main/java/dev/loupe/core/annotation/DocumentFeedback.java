package dev.loupe.core.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a document's annotation travels in a decision's {@code preAnnotations} and {@code annotations} arrays, and
 * so in the feedback export that retraining reads: one element {@code {"kind": "document", "annotation": {...}}}
 * per document of the item, in the item's order.
 * The final annotation is the proposal as the reviewer left it: the type and fields they confirmed or corrected,
 * each field pointing at the words it was read from.
 */
public final class DocumentFeedback {
    public static final String KIND = "document";

    private DocumentFeedback() {
    }

    public static ArrayNode toAnnotations(List<DocumentAnnotation> annotations) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (DocumentAnnotation annotation : annotations) {
            ObjectNode element = array.addObject();
            element.put("kind", KIND);
            element.set("annotation", Json.mapper().valueToTree(annotation));
        }
        return array;
    }

    /** The document annotations in such an array; elements of other kinds, or damaged ones, are passed over. */
    public static List<DocumentAnnotation> fromAnnotations(JsonNode annotations) {
        List<DocumentAnnotation> documents = new ArrayList<>();
        if (annotations == null || !annotations.isArray()) {
            return documents;
        }
        for (JsonNode element : annotations) {
            if (KIND.equals(element.path("kind").asText()) && element.has("annotation")) {
                try {
                    documents.add(Json.mapper().treeToValue(element.get("annotation"), DocumentAnnotation.class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                    // A damaged element teaches nothing; the others still do.
                }
            }
        }
        return documents;
    }

    /** Every model that made these annotations, name to version, as a decision records them. */
    public static Map<String, String> modelVersions(List<DocumentAnnotation> annotations) {
        Map<String, String> versions = new TreeMap<>();
        for (DocumentAnnotation annotation : annotations) {
            annotation.models().forEach(model -> versions.put(model.name(), model.version()));
        }
        return versions;
    }
}

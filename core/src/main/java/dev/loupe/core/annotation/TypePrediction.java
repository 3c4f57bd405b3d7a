package dev.loupe.core.annotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What kind of document the classifier takes this for.
 *
 * @param type       the most likely type
 * @param confidence how likely, 0 to 1
 * @param scores     every type's probability, most likely first
 * @param model      the classifier that said so
 */
public record TypePrediction(DocumentType type, double confidence, Map<DocumentType, Double> scores, ModelRef model) {
    public TypePrediction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(model, "model");
        Confidence.check(confidence);
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}

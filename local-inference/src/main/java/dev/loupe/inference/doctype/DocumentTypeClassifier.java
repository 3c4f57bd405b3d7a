package dev.loupe.inference.doctype;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.TypePrediction;
import dev.loupe.inference.features.DocumentTypeFeatures;
import dev.loupe.inference.features.TextView;
import dev.loupe.inference.model.Scorer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says what kind of document this is, from its words, with every type's probability. */
public final class DocumentTypeClassifier {
    private final Scorer scorer;
    private final DocumentType[] typeOfLabel;

    public DocumentTypeClassifier(Scorer scorer) {
        this.scorer = scorer;
        this.typeOfLabel = new DocumentType[scorer.labels().size()];
        for (int i = 0; i < typeOfLabel.length; i++) {
            String label = scorer.labels().get(i);
            typeOfLabel[i] = DocumentType.find(label).orElseThrow(() -> new IllegalArgumentException("The type model "
                    + scorer.model() + " has the label '" + label + "', which is not a document type Loupe knows."));
        }
    }

    public TypePrediction classify(TextView view) {
        float[] probabilities = scorer.probabilities(List.of(DocumentTypeFeatures.row(view)))[0];
        Map<DocumentType, Double> scores = new EnumMap<>(DocumentType.class);
        for (int i = 0; i < probabilities.length; i++) {
            scores.merge(typeOfLabel[i], (double) probabilities[i], Double::sum);
        }
        List<Map.Entry<DocumentType, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<DocumentType, Double>comparingByValue().reversed());
        Map<DocumentType, Double> ordered = new LinkedHashMap<>();
        ranked.forEach(entry -> ordered.put(entry.getKey(), round(entry.getValue())));
        Map.Entry<DocumentType, Double> best = ranked.get(0);
        return new TypePrediction(best.getKey(), Math.min(1, round(best.getValue())), ordered, scorer.model());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

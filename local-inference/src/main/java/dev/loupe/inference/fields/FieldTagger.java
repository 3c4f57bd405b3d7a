package dev.loupe.inference.fields;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.features.TextView;
import dev.loupe.inference.features.WordFeatures;
import dev.loupe.inference.model.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds each field a document's type should have: the tagger gives every word a probability per field, runs of
 * words on one line that the tagger gives to a field become candidates, and the best candidate whose words read
 * as a valid value wins. The confidence shown combines the tagger's score, the OCR's confidence in the words, the
 * value's check, and how far ahead of the runner-up the winner is.
 */
public final class FieldTagger {
    /** A word joins a candidate when the tagger gives it at least this much to the field. */
    static final float JOIN = 0.25f;
    /** At or above this a field is shown as valid; below, as low confidence. */
    public static final double CONFIDENT = 0.75;
    private static final int CANDIDATES_READ = 4;
    private static final double INVALID_FACTOR = 0.5;

    private final Scorer scorer;
    private final ModelRef model;
    private final int[] labelOfField;

    public FieldTagger(Scorer scorer) {
        this(scorer, scorer.labels(), scorer.model());
    }

    /** Decoding alone, for probabilities that come from elsewhere. */
    FieldTagger(List<String> labels, ModelRef model) {
        this(null, labels, model);
    }

    private FieldTagger(Scorer scorer, List<String> labels, ModelRef model) {
        this.scorer = scorer;
        this.model = model;
        this.labelOfField = new int[FieldName.values().length];
        for (FieldName field : FieldName.values()) {
            labelOfField[field.ordinal()] = labels.indexOf(field.wire());
        }
    }

    /** Every word's probability for each of the model's labels. */
    public float[][] probabilities(TextView view, DocumentType type) {
        return scorer.probabilities(WordFeatures.rows(view, type));
    }

    /** The fields of {@code type}, found or missing, in the type's order. */
    public List<Field> fields(TextView view, DocumentType type, float[][] probabilities, FieldReader reader) {
        List<Field> fields = new ArrayList<>();
        for (FieldName name : type.fields()) {
            fields.add(best(view, name, probabilities, reader));
        }
        return fields;
    }

    private Field best(TextView view, FieldName name, float[][] probabilities, FieldReader reader) {
        int label = labelOfField[name.ordinal()];
        if (label < 0) {
            return Field.missing(name, model);
        }
        List<Candidate> candidates = candidates(view, label, probabilities);
        if (candidates.isEmpty()) {
            return Field.missing(name, model);
        }
        Candidate chosen = null;
        FieldReader.Reading chosenReading = null;
        for (Candidate candidate : candidates.subList(0, Math.min(CANDIDATES_READ, candidates.size()))) {
            FieldReader.Reading reading = reader.read(name, candidate.raw(view));
            if (chosen == null || reading.valid() && !chosenReading.valid()) {
                chosen = candidate;
                chosenReading = reading;
            }
            if (reading.valid()) {
                break;
            }
        }
        double runnerUp = 0;
        String chosenText = fold(chosen.raw(view));
        for (Candidate other : candidates) {
            if (other != chosen && !fold(other.raw(view)).equals(chosenText)) {
                runnerUp = Math.max(runnerUp, other.score);
            }
        }
        double confidence = chosen.score * chosen.wordConfidence(view) * (1 - 0.5 * runnerUp)
                * (chosenReading.valid() ? 1 : INVALID_FACTOR);
        confidence = Math.round(Math.max(0, Math.min(1, confidence)) * 10_000) / 10_000.0;
        FieldCheck check = !chosenReading.valid() ? FieldCheck.INVALID
                : confidence >= CONFIDENT && !chosenReading.doubtful() ? FieldCheck.VALID : FieldCheck.LOW_CONFIDENCE;
        String note = chosenReading.note();
        if (check == FieldCheck.LOW_CONFIDENCE && note.isEmpty()) {
            note = runnerUp > 0.3 ? "Another place on the document could also be the " + words(name) + "; check it."
                    : "The models are unsure of this " + words(name) + "; check it.";
        }
        return new Field(name, chosen.raw(view), chosenReading.value(), chosenReading.currency(),
                view.word(chosen.first).page(), chosen.box(view), confidence, chosen.indexes(), check, note,
                model);
    }

    /** A field printed twice (a claimant's name as account holder too) is no rival to itself. */
    private static String fold(String raw) {
        return raw.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String words(FieldName name) {
        return name.wire().replace('_', ' ');
    }

    /** Runs of words on one line the tagger gives to the label, best first. */
    static List<Candidate> candidates(TextView view, int label, float[][] probabilities) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < probabilities.length) {
            if (!joins(probabilities[i], label)) {
                i++;
                continue;
            }
            int first = i;
            double sum = 0;
            while (i < probabilities.length && joins(probabilities[i], label)
                    && view.lineIndexOf(i) == view.lineIndexOf(first)) {
                sum += probabilities[i][label];
                i++;
            }
            candidates.add(new Candidate(first, i - first, sum / (i - first)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        return candidates;
    }

    private static boolean joins(float[] probabilities, int label) {
        return probabilities[label] >= JOIN;
    }

    record Candidate(int first, int count, double score) {
        String raw(TextView view) {
            StringBuilder raw = new StringBuilder();
            for (int w = first; w < first + count; w++) {
                raw.append(raw.length() == 0 ? "" : " ").append(view.word(w).text());
            }
            return raw.toString();
        }

        Box box(TextView view) {
            Box box = view.word(first).box();
            for (int w = first + 1; w < first + count; w++) {
                box = box.union(view.word(w).box());
            }
            return box;
        }

        /** The square root of the least sure word's confidence: one doubtful character should lower, not sink, it. */
        double wordConfidence(TextView view) {
            double least = 1;
            for (int w = first; w < first + count; w++) {
                Word word = view.word(w);
                least = Math.min(least, word.confidence());
            }
            return Math.sqrt(least);
        }

        List<Integer> indexes() {
            List<Integer> indexes = new ArrayList<>(count);
            for (int w = first; w < first + count; w++) {
                indexes.add(w);
            }
            return indexes;
        }
    }
}

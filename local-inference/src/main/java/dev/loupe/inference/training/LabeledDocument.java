package dev.loupe.inference.training;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.features.TextView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document as the trainer learns from it: its words and lines, its true type, and which words hold each field.
 * Synthetic documents and reviewers' decisions (the feedback export) both become these.
 *
 * @param id         where it came from, for messages and fingerprints
 * @param type       its true type
 * @param words      its words, page by page in reading order
 * @param lines      the lines over those words
 * @param pages      how many pages it has
 * @param fieldWords for each field it holds, the indexes of the words that hold it
 */
public record LabeledDocument(String id, DocumentType type, List<Word> words, List<TextLine> lines, int pages,
        Map<FieldName, List<Integer>> fieldWords) {

    public LabeledDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        words = List.copyOf(words);
        lines = List.copyOf(lines);
        Map<FieldName, List<Integer>> copy = new EnumMap<>(FieldName.class);
        fieldWords.forEach((field, indexes) -> copy.put(field, List.copyOf(indexes)));
        fieldWords = java.util.Collections.unmodifiableMap(copy);
        for (List<Integer> indexes : fieldWords.values()) {
            for (int index : indexes) {
                if (index < 0 || index >= words.size()) {
                    throw new IllegalArgumentException("Document " + id + " labels word " + index + " of "
                            + words.size() + ".");
                }
            }
        }
    }

    public TextView view() {
        return new TextView(words, lines, pages);
    }

    /** Each word's field, or null for words that hold none. */
    public FieldName[] wordLabels() {
        FieldName[] labels = new FieldName[words.size()];
        fieldWords.forEach((field, indexes) -> indexes.forEach(index -> labels[index] = field));
        return labels;
    }
}

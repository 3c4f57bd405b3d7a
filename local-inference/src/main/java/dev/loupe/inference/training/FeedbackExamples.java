package dev.loupe.inference.training;

import com.fasterxml.jackson.databind.MappingIterator;
import dev.loupe.core.FeedbackRecord;
import dev.loupe.core.Outcome;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentFeedback;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reviewers' decisions as training examples: the feedback export ({@code GET /api/v1/feedback}, one
 * {@link FeedbackRecord} per line) read into {@link LabeledDocument}s. An approved or corrected document teaches
 * its confirmed type, and each confirmed field that points at words teaches where that field is; a value the
 * reviewer typed without picking words teaches the type only. Escalated and unreadable items teach nothing.
 */
public final class FeedbackExamples {
    private FeedbackExamples() {
    }

    /**
     * @param documents the examples
     * @param skipped   records that taught nothing, e.g. escalations or decisions on videos
     */
    public record Read(List<LabeledDocument> documents, int skipped) {
    }

    public static Read read(Path export) {
        if (!Files.isRegularFile(export)) {
            throw new IllegalArgumentException("The feedback export " + export + " does not exist. Check the path, "
                    + "or export it with GET /api/v1/feedback.");
        }
        List<LabeledDocument> documents = new ArrayList<>();
        int skipped = 0;
        try (MappingIterator<FeedbackRecord> records = Json.mapper().readerFor(FeedbackRecord.class)
                .readValues(export.toFile())) {
            while (records.hasNext()) {
                List<LabeledDocument> taught = of(records.next());
                documents.addAll(taught);
                skipped += taught.isEmpty() ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The feedback export " + export + " could not be read ("
                    + e.getMessage() + "). Export it again with GET /api/v1/feedback.", e);
        }
        return new Read(documents, skipped);
    }

    /** One example per document of the decided item; none for decisions that teach nothing. */
    public static List<LabeledDocument> of(FeedbackRecord record) {
        if (record.outcome() != Outcome.APPROVED && record.outcome() != Outcome.CORRECTED) {
            return List.of();
        }
        List<LabeledDocument> documents = new ArrayList<>();
        List<DocumentAnnotation> annotations = DocumentFeedback.fromAnnotations(record.annotations());
        for (int i = 0; i < annotations.size(); i++) {
            DocumentAnnotation annotation = annotations.get(i);
            if (annotation.type() != null && !annotation.words().isEmpty()) {
                documents.add(labeled(record.decisionId() + "/" + i, annotation));
            }
        }
        return documents;
    }

    static LabeledDocument labeled(String id, DocumentAnnotation annotation) {
        Map<FieldName, List<Integer>> fieldWords = new EnumMap<>(FieldName.class);
        for (Field field : annotation.fields()) {
            if (field.check() != FieldCheck.MISSING && !field.words().isEmpty()) {
                fieldWords.put(field.name(), field.words());
            }
        }
        return new LabeledDocument("feedback:" + id, annotation.type().type(), annotation.words(), annotation.lines(),
                annotation.pages().size(), fieldWords);
    }
}

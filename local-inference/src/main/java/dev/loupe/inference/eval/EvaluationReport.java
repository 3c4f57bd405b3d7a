package dev.loupe.inference.eval;

import java.util.List;
import java.util.Map;

/**
 * The figures {@code loupe eval documents} prints.
 *
 * @param documents     documents read
 * @param typeDocuments documents whose truth gives a type
 * @param typeAccuracy  share of those whose type was right; null when none gave one
 * @param fields        each scored field's figures, by field name
 * @param overall       all scored fields together
 * @param cer           the OCR character error rate over documents with a true text; null when none had one
 * @param confusions    wrong types as "true -> proposed", with how often
 * @param mistakes      the first wrong or missed values, to see what limits the figures
 * @param unreadable    documents that could not be read at all
 */
public record EvaluationReport(int documents, int typeDocuments, Double typeAccuracy, Map<String, Scores> fields,
        Scores overall, Double cer, Map<String, Integer> confusions, List<Mistake> mistakes, List<String> unreadable) {

    /** One field value that was wrong or missing. */
    public record Mistake(String document, String field, String expected, String proposed) {
    }
}

package dev.loupe.core.annotation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the local models propose about one document: its words and lines with boxes and confidences, its
 * type, its fields, the personal data on it, and what could not be read.
 *
 * @param name      how people know the document, e.g. {@code claim-0003.png}
 * @param mediaType its media type
 * @param status    complete, partial or unreadable
 * @param pages     the pages read, in order
 * @param words     every word read, page by page in reading order; fields, lines and spans point into this list
 * @param lines     the lines those words make
 * @param type      what kind of document it is; null when it is unreadable
 * @param fields    the fields found for its type, and those its type should have but were not found
 * @param pii       the words that hold personal data
 * @param problems  what kept it, or part of it, from being read, as sentences; empty when nothing did
 * @param models    every model that made an annotation here
 * @param millis    how long the whole document took
 */
public record DocumentAnnotation(String name, String mediaType, AnnotationStatus status, List<PageInfo> pages,
        List<Word> words, List<TextLine> lines, TypePrediction type, List<Field> fields, List<PiiSpan> pii,
        List<Problem> problems, List<ModelRef> models, long millis) {

    public DocumentAnnotation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        mediaType = mediaType == null ? "" : mediaType;
        pages = copy(pages);
        words = copy(words);
        lines = copy(lines);
        fields = copy(fields);
        pii = copy(pii);
        problems = copy(problems);
        models = models == null ? List.of() : List.copyOf(new LinkedHashSet<>(models));
        if (status == AnnotationStatus.UNREADABLE && problems.isEmpty()) {
            throw new IllegalArgumentException("An unreadable document needs a problem that says why.");
        }
    }

    /** A document of which nothing could be read, with the reason. */
    public static DocumentAnnotation unreadable(String name, String mediaType, Problem problem, long millis) {
        return new DocumentAnnotation(name, mediaType, AnnotationStatus.UNREADABLE, List.of(), List.of(), List.of(),
                null, List.of(), List.of(), List.of(problem), List.of(), millis);
    }

    public Optional<TypePrediction> typePrediction() {
        return Optional.ofNullable(type);
    }

    /** The field of that name, found or missing, when the document's type has one. */
    public Optional<Field> field(FieldName fieldName) {
        return fields.stream().filter(field -> field.name() == fieldName).findFirst();
    }

    /** The text read, one line per line of text, pages one after another. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(new ArrayList<>(list));
    }
}

package dev.loupe.inference.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.media.MediaTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the annotator on a folder of documents with their truth: {@code NAME.EXT} (pdf, png, jpg, jpeg, tif, tiff)
 * beside {@code NAME.json} = {@code {"type": ..., "fields": {...}}} and, optionally, {@code NAME.txt} with the true
 * text. A field absent from a truth file is not scored, nor the type of a document whose truth gives none. Values
 * match when they are equal after {@link FieldValues#comparable}, the product's own normalisation.
 */
public final class DocumentEvaluation {
    private static final List<String> EXTENSIONS = List.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");
    private static final int MISTAKES_KEPT = 40;
    /** A document's currency is scored as a field of its own, read from the total's. */
    static final String CURRENCY = "currency";

    private final DocumentAnnotator annotator;

    public DocumentEvaluation(DocumentAnnotator annotator) {
        this.annotator = annotator;
    }

    /** The documents of {@code folder} that have a truth file, in name order. */
    public static List<Path> documents(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("'" + folder + "' is not a folder. Give the folder that holds the "
                    + "documents and their NAME.json truth files.");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(DocumentEvaluation::isDocument)
                    .filter(file -> Files.isRegularFile(sibling(file, ".json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The folder " + folder + " could not be listed: " + e.getMessage(), e);
        }
    }

    public EvaluationReport evaluate(Path folder) {
        List<Path> documents = documents(folder);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("'" + folder + "' holds no documents with a NAME.json truth file beside "
                    + "them. Write a labelled set with 'loupe demo-data DIR --count N --seed S'.");
        }
        int typed = 0;
        int typeRight = 0;
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<EvaluationReport.Mistake> mistakes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        long distance = 0;
        long trueLength = 0;
        boolean anyText = false;
        for (Path file : documents) {
            String name = file.getFileName().toString();
            Truth truth = Truth.read(sibling(file, ".json"));
            DocumentAnnotation annotation = annotator.annotate(file, mediaType(name), name);
            if (annotation.status() == AnnotationStatus.UNREADABLE) {
                unreadable.add(name + ": " + annotation.problems().get(0).message());
            }
            if (truth.type() != null) {
                typed++;
                String proposed = annotation.typePrediction().map(t -> t.type().wire()).orElse("none");
                if (proposed.equals(truth.type())) {
                    typeRight++;
                } else {
                    confusions.merge(truth.type() + " -> " + proposed, 1, Integer::sum);
                }
            }
            Map<String, String> proposedValues = proposedValues(annotation);
            for (Map.Entry<String, String> expected : truth.fields().entrySet()) {
                String field = expected.getKey();
                String want = FieldValues.comparable(field, expected.getValue());
                String got = FieldValues.comparable(field, proposedValues.getOrDefault(field, ""));
                boolean matches = !want.isEmpty() && want.equals(got);
                tallies.computeIfAbsent(field, f -> new Tally()).add(!got.isEmpty(), !want.isEmpty(), matches);
                if (!matches && mistakes.size() < MISTAKES_KEPT) {
                    mistakes.add(new EvaluationReport.Mistake(name, field, expected.getValue(),
                            proposedValues.getOrDefault(field, "")));
                }
            }
            Path text = sibling(file, ".txt");
            if (Files.isRegularFile(text)) {
                anyText = true;
                String want = foldSpace(read(text));
                distance += EditDistance.between(foldSpace(annotation.text()), want);
                trueLength += want.length();
            }
        }
        Tally all = new Tally();
        Map<String, Scores> fields = new LinkedHashMap<>();
        tallies.forEach((field, tally) -> {
            fields.put(field, tally.scores());
            all.addAll(tally);
        });
        Double cer = anyText && trueLength > 0 ? distance / (double) trueLength : null;
        return new EvaluationReport(documents.size(), typed, typed == 0 ? null : typeRight / (double) typed, fields,
                all.scores(), cer, confusions, mistakes, unreadable);
    }

    /** The values the annotator proposes by field name; a missing field proposes nothing. */
    static Map<String, String> proposedValues(DocumentAnnotation annotation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : annotation.fields()) {
            if (field.check() == FieldCheck.MISSING) {
                continue;
            }
            values.put(field.name().wire(), field.value().isEmpty() ? field.raw() : field.value());
            if (!field.currency().isEmpty()) {
                values.putIfAbsent(CURRENCY, field.currency());
            }
        }
        return values;
    }

    private record Truth(String type, Map<String, String> fields) {
        static Truth read(Path json) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(json.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException("The truth file " + json + " is not valid JSON (" + e.getMessage()
                        + "). Fix it, or remove it so its document is not scored.", e);
            }
            String type = node.hasNonNull("type") ? node.get("type").asText() : null;
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode values = node.path("fields");
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                fields.put(entry.getKey(), entry.getValue().isNull() ? "" : entry.getValue().asText());
            }
            return new Truth(type, fields);
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && Files.isRegularFile(file);
    }

    static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static String mediaType(String name) {
        return MediaTypes.fromFileName(name).orElse("application/octet-stream");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The true text " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    static String foldSpace(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}

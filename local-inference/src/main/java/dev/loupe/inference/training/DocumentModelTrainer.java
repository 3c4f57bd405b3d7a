package dev.loupe.inference.training;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.inference.features.DocumentTypeFeatures;
import dev.loupe.inference.features.WordFeatures;
import dev.loupe.inference.model.DjlScorer;
import dev.loupe.inference.model.MlpTrainer;
import dev.loupe.inference.model.ModelCard;
import dev.loupe.inference.model.SparseRow;
import dev.loupe.inference.model.TrainingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the document type classifier and the field tagger from labeled documents, measures both on documents held
 * out of training, and keeps them in a {@link ModelStore}. The same documents, plans and seed give the same
 * versions and the same weights, so a version already in the store is loaded instead of trained again.
 *
 * <p>This is what retraining from reviewers' decisions calls: feedback becomes {@link LabeledDocument}s (see
 * {@link FeedbackExamples}), and what comes out is a model version with its metrics.
 */
public final class DocumentModelTrainer {
    public static final String DOC_TYPE = "doc-type";
    public static final String FIELD_TAGGER = "field-tagger";
    public static final String NO_FIELD = "none";

    /** The settings the shipped models are trained with. */
    public static final Settings DEFAULTS = new Settings(
            new TrainingPlan(DOC_TYPE, DocumentTypeFeatures.DIMENSIONS, List.of(64), 15, 64, 0.003f, 20_261_202L),
            new TrainingPlan(FIELD_TAGGER, WordFeatures.DIMENSIONS, List.of(64), 5, 256, 0.003f, 20_261_203L),
            0.15);

    /**
     * @param docType        how to train the type classifier
     * @param fieldTagger    how to train the field tagger
     * @param noFieldShare   the share of words that hold no field kept for training (they outnumber the rest
     *                       many times over, and most are alike)
     */
    public record Settings(TrainingPlan docType, TrainingPlan fieldTagger, double noFieldShare) {
    }

    /** Both models as kept in the store. */
    public record Trained(ModelCard docType, Path docTypeFolder, ModelCard fieldTagger, Path fieldTaggerFolder) {
    }

    private final ModelStore store;
    private final Settings settings;
    private final java.util.function.Consumer<String> progress;

    /** @param progress told, in a sentence, when a model has to be trained and when it is done */
    public DocumentModelTrainer(ModelStore store, Settings settings, java.util.function.Consumer<String> progress) {
        this.store = store;
        this.settings = settings;
        this.progress = progress;
    }

    public static List<String> typeLabels() {
        return java.util.Arrays.stream(DocumentType.values()).map(DocumentType::wire).toList();
    }

    public static List<String> fieldLabels() {
        List<String> labels = new ArrayList<>();
        labels.add(NO_FIELD);
        for (FieldName field : FieldName.values()) {
            labels.add(field.wire());
        }
        return labels;
    }

    /**
     * The models for these documents: from the store when these versions are there, else trained now.
     *
     * @param versionPrefix the start of each version's name, saying what it learnt from, e.g. {@code synth}
     * @param trainedOn     what the documents are, in words, for the model card
     */
    public Trained trainOrLoad(List<LabeledDocument> training, List<LabeledDocument> heldOut, String versionPrefix,
            String trainedOn) {
        String corpus = fingerprint(training);
        String typeVersion = versionPrefix + "-" + shortHash(settings.docType().fingerprint() + DocumentTypeFeatures.VERSION
                + corpus);
        String tagVersion = versionPrefix + "-" + shortHash(settings.fieldTagger().fingerprint() + WordFeatures.VERSION
                + settings.noFieldShare() + corpus);
        Path typeFolder = store.find(DOC_TYPE, typeVersion).orElseGet(() -> trainTypes(training, heldOut, typeVersion,
                trainedOn));
        Path tagFolder = store.find(FIELD_TAGGER, tagVersion).orElseGet(() -> trainTagger(training, heldOut, tagVersion,
                trainedOn));
        try {
            return new Trained(ModelCard.read(typeFolder), typeFolder, ModelCard.read(tagFolder), tagFolder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path trainTypes(List<LabeledDocument> training, List<LabeledDocument> heldOut, String version,
            String trainedOn) {
        List<SparseRow> rows = new ArrayList<>(training.size());
        int[] labels = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            rows.add(DocumentTypeFeatures.row(training.get(i).view()));
            labels[i] = training.get(i).type().ordinal();
        }
        progress.accept("training the document type model " + version + " on " + training.size()
                + " documents; this happens once");
        long start = System.nanoTime();
        Path work = store.workFolder(DOC_TYPE);
        ModelCard draft = new ModelCard(DOC_TYPE, version, typeLabels(), settings.docType().dimensions(),
                settings.docType().hidden(), DocumentTypeFeatures.VERSION, Map.of(), trainedOn);
        MlpTrainer.train(rows, labels, typeLabels(), settings.docType(), draft, work);
        Map<String, Double> metrics = measureTypes(work, heldOut);
        withMetrics(work, metrics);
        progress.accept("trained " + DOC_TYPE + " " + version + " in " + seconds(start) + " s: " + metrics);
        return store.keep(work, DOC_TYPE, version);
    }

    private Path trainTagger(List<LabeledDocument> training, List<LabeledDocument> heldOut, String version,
            String trainedOn) {
        progress.accept("training the field tagger " + version + " on " + training.size()
                + " documents; this happens once");
        long start = System.nanoTime();
        Random keep = new Random(settings.fieldTagger().seed());
        List<SparseRow> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (LabeledDocument document : training) {
            List<SparseRow> wordRows = WordFeatures.rows(document.view(), document.type());
            FieldName[] wordLabels = document.wordLabels();
            for (int i = 0; i < wordRows.size(); i++) {
                boolean field = wordLabels[i] != null;
                if (field || keep.nextDouble() < settings.noFieldShare()) {
                    rows.add(wordRows.get(i));
                    labels.add(field ? wordLabels[i].ordinal() + 1 : 0);
                }
            }
        }
        long featured = System.nanoTime();
        progress.accept("features of " + rows.size() + " words in " + seconds(start) + " s");
        Path work = store.workFolder(FIELD_TAGGER);
        ModelCard draft = new ModelCard(FIELD_TAGGER, version, fieldLabels(), settings.fieldTagger().dimensions(),
                settings.fieldTagger().hidden(), WordFeatures.VERSION, Map.of(), trainedOn);
        MlpTrainer.train(rows, labels.stream().mapToInt(Integer::intValue).toArray(), fieldLabels(),
                settings.fieldTagger(), draft, work);
        Map<String, Double> metrics = measureTagger(work, heldOut);
        withMetrics(work, metrics);
        progress.accept("trained " + FIELD_TAGGER + " " + version + " on " + rows.size() + " words in "
                + seconds(featured) + " s: " + metrics);
        return store.keep(work, FIELD_TAGGER, version);
    }

    private static Map<String, Double> measureTypes(Path folder, List<LabeledDocument> heldOut) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (heldOut.isEmpty()) {
            return metrics;
        }
        try (DjlScorer scorer = DjlScorer.ownModel(folder)) {
            List<SparseRow> rows = heldOut.stream().map(d -> DocumentTypeFeatures.row(d.view())).toList();
            float[][] probabilities = scorer.probabilities(rows);
            int right = 0;
            for (int i = 0; i < rows.size(); i++) {
                right += argmax(probabilities[i]) == heldOut.get(i).type().ordinal() ? 1 : 0;
            }
            metrics.put("held_out_documents", (double) heldOut.size());
            metrics.put("type_accuracy", right / (double) heldOut.size());
        }
        return metrics;
    }

    /** Word-level precision, recall and F1 over all fields together, on the held-out documents' true types. */
    private static Map<String, Double> measureTagger(Path folder, List<LabeledDocument> heldOut) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (heldOut.isEmpty()) {
            return metrics;
        }
        long truePositive = 0;
        long predicted = 0;
        long actual = 0;
        try (DjlScorer scorer = DjlScorer.ownModel(folder)) {
            for (LabeledDocument document : heldOut) {
                float[][] probabilities = scorer.probabilities(WordFeatures.rows(document.view(), document.type()));
                FieldName[] truth = document.wordLabels();
                for (int i = 0; i < truth.length; i++) {
                    int guess = argmax(probabilities[i]);
                    int right = truth[i] == null ? 0 : truth[i].ordinal() + 1;
                    predicted += guess != 0 ? 1 : 0;
                    actual += right != 0 ? 1 : 0;
                    truePositive += guess != 0 && guess == right ? 1 : 0;
                }
            }
        }
        double precision = predicted == 0 ? 0 : truePositive / (double) predicted;
        double recall = actual == 0 ? 0 : truePositive / (double) actual;
        metrics.put("held_out_documents", (double) heldOut.size());
        metrics.put("word_precision", precision);
        metrics.put("word_recall", recall);
        metrics.put("word_f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        return metrics;
    }

    private static void withMetrics(Path folder, Map<String, Double> metrics) {
        try {
            ModelCard card = ModelCard.read(folder);
            new ModelCard(card.name(), card.version(), card.labels(), card.dimensions(), card.hidden(), card.features(),
                    metrics, card.trainedOn()).write(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The model card in " + folder + " could not be updated.", e);
        }
    }

    private static long seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e9);
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** A digest of every word, box and label, so that other documents can never reuse a version's name. */
    private static String fingerprint(List<LabeledDocument> documents) {
        MessageDigest digest = dev.loupe.core.Sha256.newDigest();
        for (LabeledDocument document : documents) {
            digest.update(document.type().wire().getBytes(StandardCharsets.UTF_8));
            FieldName[] labels = document.wordLabels();
            for (int i = 0; i < labels.length; i++) {
                var word = document.words().get(i);
                digest.update((word.text() + "|" + word.box() + "|" + word.page() + "|" + labels[i] + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String shortHash(String text) {
        return dev.loupe.core.Sha256.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }
}

package dev.loupe.inference;

import dev.loupe.inference.training.DocumentModelTrainer;
import dev.loupe.inference.training.LabeledDocument;
import dev.loupe.inference.training.ModelStore;
import dev.loupe.inference.training.SyntheticExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The models a fresh clone works with: trained by Loupe's own code on synthetic documents it lays out itself, on
 * first use, and kept in the model store. Training is deterministic, so every machine trains the same versions.
 * The training and held-out seeds are never used for evaluation ({@code loupe demo-data} warns about them).
 */
public final class BootstrapModels {
    static final long TRAINING_SEED = 20_261_202L;
    static final long HELD_OUT_SEED = 20_261_203L;
    static final int TRAINING_DOCUMENTS = 1500;
    static final int HELD_OUT_DOCUMENTS = 200;

    private BootstrapModels() {
    }

    public static Set<Long> trainingSeeds() {
        return Set.of(TRAINING_SEED, HELD_OUT_SEED);
    }

    /** Loupe's models, from the store, trained first if this machine has never trained them. */
    public static DocumentModelTrainer.Trained ensure(ModelStore store, Consumer<String> progress) {
        return train(store, List.of(), progress);
    }

    /**
     * The synthetic corpus and, when given, reviewers' decisions; models for other examples than the shipped ones
     * get other versions, named {@code synth+feedback-…}.
     */
    public static DocumentModelTrainer.Trained train(ModelStore store, List<LabeledDocument> feedback,
            Consumer<String> progress) {
        SyntheticExamples synthetic = new SyntheticExamples();
        List<LabeledDocument> training = new ArrayList<>(synthetic.documents(TRAINING_SEED, 1, TRAINING_DOCUMENTS));
        training.addAll(feedback);
        List<LabeledDocument> heldOut = synthetic.documents(HELD_OUT_SEED, 1, HELD_OUT_DOCUMENTS);
        DocumentModelTrainer trainer = new DocumentModelTrainer(store, DocumentModelTrainer.DEFAULTS, progress);
        String prefix = feedback.isEmpty() ? "synth" : "synth+feedback";
        String trainedOn = TRAINING_DOCUMENTS + " synthetic documents (seed " + TRAINING_SEED + ")"
                + (feedback.isEmpty() ? "" : " and " + feedback.size() + " reviewed documents");
        return trainer.trainOrLoad(training, heldOut, prefix, trainedOn);
    }
}

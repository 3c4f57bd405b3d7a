package dev.loupe.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.inference.model.ModelCard;
import dev.loupe.inference.training.DocumentModelTrainer;
import org.junit.jupiter.api.Test;

/** The models a fresh clone trains for itself, measured on synthetic documents held out of training. */
class BootstrapModelsTest {
    @Test
    void theTypeClassifierTellsTypesApartOnHeldOutDocuments() {
        ModelCard card = TestModels.trained().docType();

        assertThat(card.version()).startsWith("synth-");
        assertThat(card.labels()).isEqualTo(DocumentModelTrainer.typeLabels());
        assertThat(card.metrics().get("type_accuracy")).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void theFieldTaggerFindsFieldWordsOnHeldOutDocuments() {
        ModelCard card = TestModels.trained().fieldTagger();

        assertThat(card.metrics().get("word_f1")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void trainingAgainFindsTheSameVersionsInTheStore() {
        DocumentModelTrainer.Trained first = TestModels.trained();
        DocumentModelTrainer.Trained again = BootstrapModels.ensure(TestModels.STORE, message -> {
            throw new AssertionError("nothing should be trained again, but: " + message);
        });

        assertThat(again.docType().version()).isEqualTo(first.docType().version());
        assertThat(again.fieldTaggerFolder()).isEqualTo(first.fieldTaggerFolder());
    }
}

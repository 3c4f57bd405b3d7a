package dev.loupe.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpTrainerTest {
    private static final List<String> LABELS = List.of("fruit", "tool");
    private static final TrainingPlan PLAN = new TrainingPlan("toy", 256, List.of(16), 30, 8, 0.01f, 42);

    @TempDir
    Path folder;

    /** Words that name fruit or tools, learnt from a handful of examples and told apart on new ones. */
    @Test
    void learnsHashedFeaturesAndLoadsBack() throws Exception {
        ModelCard card = train(folder.resolve("a"));

        try (DjlScorer scorer = DjlScorer.ownModel(folder.resolve("a"))) {
            assertThat(scorer.labels()).isEqualTo(LABELS);
            assertThat(scorer.model()).isEqualTo(card.ref());
            float[][] probabilities = scorer.probabilities(List.of(row("apple", "green"), row("hammer", "steel")));
            assertThat(probabilities[0][0]).isGreaterThan(0.8f);
            assertThat(probabilities[1][1]).isGreaterThan(0.8f);
            assertThat(probabilities[0][0] + probabilities[0][1]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void sameSeedGivesTheSameWeights() throws Exception {
        train(folder.resolve("a"));
        train(folder.resolve("b"));

        assertThat(Files.readAllBytes(folder.resolve("a/toy-0000.params")))
                .isEqualTo(Files.readAllBytes(folder.resolve("b/toy-0000.params")));
    }

    /** The user's-TorchScript path, with a real TorchScript file: Loupe's own model exported, then loaded back. */
    @Test
    void anExportedModelLoadsAsAUsersTorchScriptModelAndScoresAlike() throws Exception {
        train(folder.resolve("a"));
        Path pt = TorchScriptExport.export(folder.resolve("a"), folder.resolve("export"));
        List<String> labels = TorchScriptExport.readLabels(folder.resolve("export/toy.labels"));
        List<SparseRow> rows = List.of(row("apple", "green"), row("drill", "iron"), row("cherry"));

        try (DjlScorer own = DjlScorer.ownModel(folder.resolve("a"));
                DjlScorer user = DjlScorer.torchScript("toy", pt, labels, 256)) {
            float[][] expected = own.probabilities(rows);
            float[][] actual = user.probabilities(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(actual[i]).containsExactly(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
            }
            assertThat(user.model().version()).startsWith("user-");
            assertThat(user.labels()).isEqualTo(LABELS);
        }
    }

    @Test
    void aMissingTorchScriptFileIsASentence() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DjlScorer.torchScript("toy", folder.resolve("no.pt"),
                LABELS, 256)).isInstanceOf(ModelLoadException.class).hasMessageContaining("does not exist");
    }

    private static ModelCard train(Path to) {
        List<SparseRow> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String fruit : List.of("apple", "pear", "plum", "cherry")) {
            for (String colour : List.of("red", "green", "ripe")) {
                rows.add(row(fruit, colour));
                labels.add(0);
            }
        }
        for (String tool : List.of("hammer", "saw", "drill", "chisel")) {
            for (String material : List.of("steel", "iron", "heavy")) {
                rows.add(row(tool, material));
                labels.add(1);
            }
        }
        ModelCard card = new ModelCard("toy", "test-1", LABELS, 256, List.of(16), "toy-1", Map.of(), "toy words");
        return MlpTrainer.train(rows, labels.stream().mapToInt(Integer::intValue).toArray(), LABELS, PLAN, card, to);
    }

    private static SparseRow row(String... words) {
        FeatureVector vector = new FeatureVector(256);
        for (String word : words) {
            vector.add("w=" + word);
        }
        return vector.freeze();
    }
}

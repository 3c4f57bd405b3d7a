package dev.loupe.inference.model;

import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a trained model is, kept beside its weights as {@code model.json}: enough to load it, to say which version
 * made an annotation, and how well it did when it was trained.
 *
 * @param name       what the model does, e.g. {@code doc-type}
 * @param version    a name for exactly these weights
 * @param labels     its outputs, in order
 * @param dimensions feature slots of its input
 * @param hidden     sizes of its hidden layers
 * @param features   the version of the feature extraction it was trained with; a model only fits the same
 * @param metrics    figures measured on examples held out of training
 * @param trainedOn  what it learnt from, in words
 */
public record ModelCard(String name, String version, List<String> labels, int dimensions, List<Integer> hidden,
        String features, Map<String, Double> metrics, String trainedOn) {

    public static final String FILE = "model.json";

    public ModelCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        labels = List.copyOf(labels);
        hidden = List.copyOf(hidden);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        trainedOn = trainedOn == null ? "" : trainedOn;
    }

    public ModelRef ref() {
        return new ModelRef(name, version);
    }

    public void write(Path folder) throws IOException {
        Path temporary = folder.resolve(FILE + ".part");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), this);
        Files.move(temporary, folder.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static ModelCard read(Path folder) throws IOException {
        return Json.mapper().readValue(folder.resolve(FILE).toFile(), ModelCard.class);
    }
}

package dev.loupe.inference;

import dev.loupe.inference.training.DocumentModelTrainer;
import dev.loupe.inference.training.ModelStore;
import java.nio.file.Path;

/**
 * Loupe's real bootstrap models for tests, trained once per build into {@code target/test-models} and shared by
 * every test class of the module (training is deterministic, so each class finds the same versions there).
 */
public final class TestModels {
    public static final ModelStore STORE = new ModelStore(Path.of("target", "test-models").toAbsolutePath());
    private static DocumentModelTrainer.Trained trained;

    private TestModels() {
    }

    public static synchronized DocumentModelTrainer.Trained trained() {
        if (trained == null) {
            trained = BootstrapModels.ensure(STORE, message -> System.err.println("test models: " + message));
        }
        return trained;
    }
}

package dev.loupe.app;

import dev.loupe.inference.BootstrapModels;
import dev.loupe.inference.training.ModelStore;
import java.nio.file.Path;

/**
 * Loupe's real bootstrap models for this module's tests, trained once per build into {@code target/test-models}
 * and shared by the test classes that only use them (training is deterministic, so each finds the same versions).
 */
final class AppTestModels {
    private static final Path FOLDER = Path.of("target", "test-models").toAbsolutePath();
    private static boolean trained;

    private AppTestModels() {
    }

    static synchronized Path folder() {
        if (!trained) {
            BootstrapModels.ensure(new ModelStore(FOLDER), message -> { });
            trained = true;
        }
        return FOLDER;
    }
}

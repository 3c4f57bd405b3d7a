package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysFileTest {
    @TempDir
    Path dir;

    @Test
    void linesAreReadInTheFilesOrderWithoutComments() throws IOException {
        Path file = Files.writeString(dir.resolve("keys.properties"), """
                # my keys
                skip = X
                approve=Ctrl+Enter, A

                undo
                """);

        assertThat(new KeysFile(file).read()).containsExactly(
                Map.entry("skip", "X"), Map.entry("approve", "Ctrl+Enter, A"),
                Map.entry("undo", ""));
    }

    @Test
    void noFileMeansNoLines() {
        assertThat(new KeysFile(dir.resolve("keys.properties")).read()).isEmpty();
    }
}

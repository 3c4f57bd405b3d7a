package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    @TempDir
    Path temp;

    @Test
    void anUploadIsHashedOnTheWayAndAppearsOnlyWhenPlaced() throws Exception {
        ModelFiles files = new ModelFiles(temp.resolve("models"), 100);
        byte[] bytes = {1, 2, 3, 4};

        ModelFiles.Received received = files.receive(new ByteArrayInputStream(bytes));

        assertThat(received.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(received.size()).isEqualTo(4);
        assertThat(files.find(received.sha256())).isEmpty();
        files.place(received);
        assertThat(files.find(received.sha256())).hasValueSatisfying(
                file -> assertThat(file).hasBinaryContent(bytes));
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        ModelFiles files = new ModelFiles(temp.resolve("models"), 100);

        assertThatThrownBy(() -> files.receive(new ByteArrayInputStream(new byte[101])))
                .isInstanceOf(ModelFiles.TooLarge.class);
        try (Stream<Path> left = Files.walk(temp.resolve("models"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void leftoversOfAnInterruptedUploadAreClearedOnStart() throws Exception {
        Path incoming = Files.createDirectories(temp.resolve("models").resolve("incoming"));
        Files.write(incoming.resolve("model-1.part"), new byte[] {9});

        new ModelFiles(temp.resolve("models"), 100);

        try (Stream<Path> left = Files.list(incoming)) {
            assertThat(left).isEmpty();
        }
    }
}

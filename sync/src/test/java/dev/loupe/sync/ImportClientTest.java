package dev.loupe.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.ItemSubmission;
import dev.loupe.core.Role;
import dev.loupe.core.Sha256;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import client against a real server with a small upload limit. */
class ImportClientTest {
    private static final long LIMIT = 256 * 1024;

    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;

    private OrchestrationServer server;
    private ImportClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir).withMaxUploadBytes(LIMIT));
        server.intake().ensureQueue("claims", Duration.ofHours(4));
        client = new ImportClient(server.baseUri(), server.adminToken());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(inbox.resolve(name), bytes);
    }

    @Test
    void uploadsAFileAndAddsAnItemForIt() throws IOException {
        Path scan = file("Schadensmeldung März #2.pdf", 100_000);

        Asset asset = client.upload(scan, "application/pdf");
        WorkItem item = client.addItem("claims", new ItemSubmission(ItemKind.DOCUMENT, 4,
                Instant.parse("2030-01-01T00:00:00Z"), List.of(asset), Map.of("source", "import")));

        assertThat(asset).isEqualTo(new Asset(Sha256.of(Files.readAllBytes(scan)), "application/pdf",
                "Schadensmeldung März #2.pdf", 100_000));
        assertThat(client.upload(scan, "application/pdf")).isEqualTo(asset);
        assertThat(item.state()).isEqualTo(ItemState.QUEUED);
        assertThat(item.assets()).containsExactly(asset);
        assertThat(client.queueNames()).containsExactly("claims");
    }

    @Test
    void aFileOverTheServersLimitIsRefusedWithItsSentence() throws IOException {
        Path big = file("long.mp4", (int) LIMIT + 1);
        assertThatThrownBy(() -> client.upload(big, "video/mp4"))
                .isInstanceOfSatisfying(OrchestrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("upload limit of 262144 bytes", "--max-upload-mb");
                });
    }

    @Test
    void aReviewersTokenMayNotImport() throws IOException {
        ImportClient reviewer = new ImportClient(server.baseUri(), server.users().issueToken("ana", Role.REVIEWER));
        Path scan = file("a.png", 10);
        assertThatThrownBy(() -> reviewer.upload(scan, "image/png"))
                .isInstanceOfSatisfying(OrchestrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
                .hasMessageContaining("supervisor or admin");
    }

    @Test
    void anItemForAMissingQueueIsNotFound() throws IOException {
        Asset asset = client.upload(file("a.png", 10), "image/png");
        assertThatThrownBy(() -> client.addItem("nowhere",
                new ItemSubmission(ItemKind.DOCUMENT, 0, null, List.of(asset), Map.of())))
                .isInstanceOfSatisfying(OrchestrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void fileNamesArePercentEncodedAsUtf8() {
        assertThat(ImportClient.percentEncoded("a b/ü~.pdf")).isEqualTo("a%20b%2F%C3%BC~.pdf");
    }
}

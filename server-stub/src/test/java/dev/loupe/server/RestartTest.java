package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.WorkItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
    private static final TypeReference<List<RecordedDecision>> DECISIONS = new TypeReference<>() {};

    @TempDir
    Path temp;

    @Test
    void aRestartOnTheSameFolderKeepsItemsDecisionsAndTheAdminToken() throws Exception {
        Path data = temp.resolve("data");
        String token;
        List<WorkItem> seeded;
        RecordedDecision decided;
        try (TestServer first = TestServer.start(data)) {
            assertThat(first.server.createdAdminToken()).contains(first.admin());
            token = first.admin();
            seeded = first.seed(3);
            Lease lease = first.leased(token);
            decided = TestServer.read(first.decide(lease.item().id(), token, "k-1", Decision.approve(lease, 10)),
                    RecordedDecision.class);
        }

        try (TestServer second = TestServer.start(data)) {
            assertThat(second.server.createdAdminToken()).isEmpty();
            assertThat(second.admin()).isEqualTo(token);
            assertThat(second.get("/api/v1/me", token).statusCode()).isEqualTo(200);
            assertThat(TestServer.read(second.get("/api/v1/items/" + decided.itemId() + "/decisions"), DECISIONS))
                    .containsExactly(decided);
            WorkItem reread = TestServer.read(second.get("/api/v1/items/" + decided.itemId()), WorkItem.class);
            assertThat(reread.state()).isEqualTo(ItemState.DECIDED);
            assertThat(reread.assets()).isEqualTo(seeded.get(0).assets());
            assertThat(TestServer.read(second.get("/api/v1/queues/claims/items"), new TypeReference<List<WorkItem>>() {}))
                    .hasSize(2);
        }
    }

    @Test
    void theAdminTokenFileIsReadableByItsOwnerOnly() throws Exception {
        try (TestServer server = TestServer.start(temp.resolve("data"))) {
            Path file = server.dataDir.resolve("admin.token");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(server.admin()).hasSizeGreaterThanOrEqualTo(43);
        }
    }

    @Test
    void aDeletedTokenFileIsReplacedWithANewToken() throws Exception {
        Path data = temp.resolve("data");
        String old;
        try (TestServer first = TestServer.start(data)) {
            old = first.admin();
        }
        Files.delete(data.resolve("admin.token"));

        try (TestServer second = TestServer.start(data)) {
            assertThat(second.server.createdAdminToken()).contains(second.admin());
            assertThat(second.admin()).isNotEqualTo(old);
            assertThat(second.get("/api/v1/me", old).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aTokenFileFromAnotherFolderStopsTheStartWithASentence() throws Exception {
        Path data = temp.resolve("data");
        TestServer.start(data).close();
        Files.writeString(data.resolve("admin.token"), "not-the-token\n");

        assertThatThrownBy(() -> TestServer.start(data))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong").hasMessageContaining("Delete");
    }

    @Test
    void aPortInUseIsRefusedWithASentence() throws Exception {
        try (TestServer first = TestServer.start(temp.resolve("one"))) {
            ServerConfig taken = ServerConfig.defaults(temp.resolve("two")).withPort(first.server.baseUri().getPort());
            assertThatThrownBy(() -> OrchestrationServer.start(taken))
                    .isInstanceOf(IOException.class).hasMessageContaining("choose another port");
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        TestServer server = TestServer.start(temp.resolve("data"));
        server.close();
        server.close();
    }
}

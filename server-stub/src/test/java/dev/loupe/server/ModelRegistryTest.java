package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ApiError;
import dev.loupe.core.ModelFile;
import dev.loupe.core.ModelManifest;
import dev.loupe.core.ModelSelection;
import dev.loupe.core.ModelVersion;
import dev.loupe.core.Role;
import dev.loupe.core.Sha256;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRegistryTest {
    private static final TypeReference<List<ModelVersion>> VERSIONS = new TypeReference<>() {};
    private static final String FIELDS = "/api/v1/models/fields";

    @TempDir
    Path temp;
    TestServer server;
    byte[] model;
    byte[] other;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        Random random = new Random(7);
        model = new byte[300_000];
        random.nextBytes(model);
        other = new byte[1000];
        random.nextBytes(other);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadedVersionCanBeListedChosenAndDownloaded() throws Exception {
        HttpResponse<String> uploaded = uploadFile("fields", "2026.11.1", model);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(TestServer.read(uploaded, ModelFile.class))
                .isEqualTo(new ModelFile("fields", "2026.11.1", Sha256.of(model), model.length));

        HttpResponse<String> published = putManifest("fields", "2026.11.1",
                new ModelManifest(Sha256.of(model), Map.of("f1", 0.91), List.of("total", "date")));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        ModelVersion version = TestServer.read(published, ModelVersion.class);
        assertThat(version).isEqualTo(new ModelVersion("fields", "2026.11.1", Sha256.of(model), model.length,
                Map.of("f1", 0.91), List.of("total", "date"), TestServer.T0, "admin", false));

        String ana = server.server.users().issueToken("ana", Role.REVIEWER);
        assertThat(TestServer.read(server.get("/api/v1/models", ana), VERSIONS)).containsExactly(version);
        assertThat(TestServer.read(server.get(FIELDS + "/versions", ana), VERSIONS)).containsExactly(version);
        assertThat(TestServer.read(server.get(FIELDS + "/versions/2026.11.1", ana), ModelVersion.class))
                .isEqualTo(version);

        HttpResponse<String> none = server.get(FIELDS + "/current", ana);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(TestServer.read(none, ApiError.class).error()).isEqualTo("no-current-model");

        HttpResponse<String> chosen = server.post(FIELDS + "/current", server.admin(),
                TestServer.json(new ModelSelection("2026.11.1")));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        ModelVersion current = TestServer.read(server.get(FIELDS + "/current", ana), ModelVersion.class);
        assertThat(current.current()).isTrue();
        assertThat(current.sha256()).isEqualTo(Sha256.of(model));

        HttpResponse<byte[]> download = TestServer.http().send(
                server.request(FIELDS + "/versions/2026.11.1/file", ana).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(model.length);
        assertThat(Sha256.of(download.body())).isEqualTo(current.sha256());
    }

    @Test
    void choosingAnotherVersionMovesCurrent() {
        publish("fields", "1", model);
        publish("fields", "2", other);
        server.post(FIELDS + "/current", server.admin(), TestServer.json(new ModelSelection("1")));
        server.post(FIELDS + "/current", server.admin(), TestServer.json(new ModelSelection("2")));

        assertThat(TestServer.read(server.get(FIELDS + "/versions"), VERSIONS))
                .extracting(ModelVersion::version, ModelVersion::current)
                .containsExactly(tuple("1", false), tuple("2", true));
    }

    @Test
    void sendingTheSameFileOrManifestAgainChangesNothing() {
        ModelVersion first = publish("fields", "1", model);

        HttpResponse<String> fileAgain = uploadFile("fields", "1", model);
        HttpResponse<String> manifestAgain = putManifest("fields", "1",
                new ModelManifest(Sha256.of(model), Map.of("f1", 0.9), List.of()));

        assertThat(fileAgain.statusCode()).isEqualTo(200);
        assertThat(manifestAgain.statusCode()).isEqualTo(200);
        assertThat(TestServer.read(manifestAgain, ModelVersion.class)).isEqualTo(first);
    }

    @Test
    void aCompleteVersionRefusesAnotherFileOrManifest() {
        publish("fields", "1", model);

        HttpResponse<String> file = uploadFile("fields", "1", other);
        HttpResponse<String> manifest = putManifest("fields", "1",
                new ModelManifest(Sha256.of(model), Map.of("f1", 0.99), List.of()));

        assertThat(file.statusCode()).isEqualTo(409);
        assertThat(TestServer.read(file, ApiError.class).error()).isEqualTo("model-version-exists");
        assertThat(manifest.statusCode()).isEqualTo(409);
        assertThat(TestServer.read(manifest, ApiError.class).error()).isEqualTo("model-version-exists");
        assertThat(TestServer.read(server.get(FIELDS + "/versions/1"), ModelVersion.class).sha256())
                .isEqualTo(Sha256.of(model));
    }

    @Test
    void aManifestNamingAnotherFileIs400() {
        uploadFile("fields", "1", model);

        HttpResponse<String> response = putManifest("fields", "1",
                new ModelManifest(Sha256.of(other), Map.of("f1", 0.9), List.of()));

        assertThat(response.statusCode()).isEqualTo(400);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo("sha256-mismatch");
        assertThat(error.message()).contains(Sha256.of(model)).contains(Sha256.of(other));
        assertThat(server.get(FIELDS + "/versions/1").statusCode()).isEqualTo(404);
    }

    @Test
    void aManifestBeforeItsFileIs409() {
        HttpResponse<String> response = putManifest("fields", "1",
                new ModelManifest(Sha256.of(model), Map.of(), List.of()));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(TestServer.read(response, ApiError.class).message()).contains("/versions/1/file");
    }

    @Test
    void aFileWaitingForItsManifestMayBeReplacedAndTheOldOneIsDropped() throws Exception {
        uploadFile("fields", "1", other);

        HttpResponse<String> replaced = uploadFile("fields", "1", model);

        assertThat(replaced.statusCode()).isEqualTo(201);
        assertThat(putManifest("fields", "1", new ModelManifest(Sha256.of(other), Map.of(), List.of())).statusCode())
                .isEqualTo(400);
        assertThat(putManifest("fields", "1", new ModelManifest(Sha256.of(model), Map.of(), List.of())).statusCode())
                .isEqualTo(201);
        try (Stream<Path> stored = Files.walk(server.dataDir.resolve("models"))) {
            assertThat(stored.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly(Sha256.of(model));
        }
    }

    @Test
    void choosingAVersionNotUploadedIs404() {
        HttpResponse<String> response = server.post(FIELDS + "/current", server.admin(),
                TestServer.json(new ModelSelection("9")));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("no-such-model-version");
        assertThat(server.get(FIELDS + "/versions").statusCode()).isEqualTo(404);
        assertThat(server.get(FIELDS + "/versions/9/file").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "%2e%2e", "a%2Fb", ".hidden", "sp%20ace", "x1234567890123456789012345678901234567890123456789012345678901234"})
    void aBadTaskNameIs400(String task) {
        HttpResponse<String> response = uploadFile(task, "1", model);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("invalid-id");
        assertThat(server.get("/api/v1/models/" + task + "/current").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "1..2", "%2e%2e", "1%2F2", "-1", "v1%00"})
    void aBadVersionNameIs400(String version) {
        HttpResponse<String> response = uploadFile("fields", version, model);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("invalid-id");
        HttpResponse<String> chosen = server.post(FIELDS + "/current", server.admin(), "{\"version\":\"../1\"}");
        assertThat(chosen.statusCode()).isEqualTo(400);
    }

    private ModelVersion publish(String task, String version, byte[] bytes) {
        assertThat(uploadFile(task, version, bytes).statusCode()).isEqualTo(201);
        HttpResponse<String> response = putManifest(task, version,
                new ModelManifest(Sha256.of(bytes), Map.of("f1", 0.9), List.of()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestServer.read(response, ModelVersion.class);
    }

    private HttpResponse<String> uploadFile(String task, String version, byte[] bytes) {
        return TestServer.send(server.request("/api/v1/models/" + task + "/versions/" + version + "/file",
                server.admin()).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private HttpResponse<String> putManifest(String task, String version, ModelManifest manifest) {
        return TestServer.send(server.request("/api/v1/models/" + task + "/versions/" + version, server.admin())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(TestServer.json(manifest))));
    }
}

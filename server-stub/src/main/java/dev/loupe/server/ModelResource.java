package dev.loupe.server;

import dev.loupe.core.ModelManifest;
import dev.loupe.core.ModelSelection;
import dev.loupe.core.ModelVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code /models}: the model registry. Admins upload a version in two steps, its file and then its manifest, and
 * choose the current version of a task; everyone may list versions and download their files.
 */
final class ModelResource {
    private static final String FILE_TYPE = "application/octet-stream";

    private final ModelRegistry registry;
    private final ModelFiles files;
    private final Clock clock;

    ModelResource(ModelRegistry registry, ModelFiles files, Clock clock) {
        this.registry = registry;
        this.files = files;
        this.clock = clock;
    }

    /** {@code PUT /models/{task}/versions/{version}/file}: the model's bytes, streamed to disk. */
    void uploadFile(Call call) throws IOException {
        String task = Identifiers.modelTask(call.pathParam("task"));
        String version = Identifiers.modelVersion(call.pathParam("version"));
        long announced = call.header("Content-Length").map(ModelResource::length).orElse(-1L);
        if (announced > files.maxBytes()) {
            throw tooLarge();
        }
        ModelFiles.Received received;
        try {
            received = files.receive(call.body());
        } catch (ModelFiles.TooLarge e) {
            throw tooLarge();
        }
        try {
            ModelRegistry.FileResult result = registry.storeFile(task, version, received);
            if (result instanceof ModelRegistry.FileStored stored) {
                call.json(stored.again() ? 200 : 201, stored.file());
            } else if (result instanceof ModelRegistry.FileRefused refused) {
                throw new ApiException(409, "model-version-exists", "Version " + version + " of " + task
                        + " is complete with another file (sha256 " + refused.storedSha256() + "), and versions"
                        + " never change. Upload this file as a new version.");
            }
        } finally {
            files.discard(received);
        }
    }

    /** {@code PUT /models/{task}/versions/{version}}: the manifest that makes the stored file a version. */
    void putManifest(Call call) throws IOException {
        String task = Identifiers.modelTask(call.pathParam("task"));
        String version = Identifiers.modelVersion(call.pathParam("version"));
        ModelManifest manifest = call.readJson(ModelManifest.class);
        ModelRegistry.ManifestResult result = registry.publish(task, version, manifest, call.identity().name(), now());
        if (result instanceof ModelRegistry.Published published) {
            call.json(published.again() ? 200 : 201, published.version());
        } else if (result instanceof ModelRegistry.ShaMismatch mismatch) {
            throw ApiException.badRequest("sha256-mismatch", "The manifest names sha256 " + manifest.sha256()
                    + ", but the file stored for version " + version + " of " + task + " has sha256 "
                    + mismatch.storedSha256() + ". Send the sha256 of the file you uploaded, or upload the right file"
                    + " first.");
        } else if (result instanceof ModelRegistry.ManifestRefused) {
            throw new ApiException(409, "model-version-exists", "Version " + version + " of " + task + " is complete"
                    + " with other metrics or labels, and versions never change. Upload it as a new version.");
        } else {
            throw new ApiException(409, "model-file-missing", "No file is stored for version " + version + " of "
                    + task + ". Upload it first with PUT /api/v1/models/" + task + "/versions/" + version + "/file.");
        }
    }

    /** {@code GET /models}: every version of every task. */
    void list(Call call) throws IOException {
        call.json(200, registry.list());
    }

    /** {@code GET /models/{task}/versions}: the versions of one task, oldest first. */
    void versions(Call call) throws IOException {
        String task = Identifiers.modelTask(call.pathParam("task"));
        List<ModelVersion> versions = registry.list(task);
        if (versions.isEmpty()) {
            throw ApiException.notFound("no-such-model-task", "No version of a model for '" + task + "' has been"
                    + " uploaded. List the models with GET /api/v1/models.");
        }
        call.json(200, versions);
    }

    /** {@code GET /models/{task}/versions/{version}}: one version. */
    void version(Call call) throws IOException {
        call.json(200, existing(call));
    }

    /** {@code GET /models/{task}/current}: the version workstations should use. */
    void current(Call call) throws IOException {
        String task = Identifiers.modelTask(call.pathParam("task"));
        ModelVersion current = registry.current(task).orElseThrow(() -> ApiException.notFound("no-current-model",
                "No version of the '" + task + "' model has been chosen for use yet. Work without it, or ask an"
                        + " administrator to choose one with POST /api/v1/models/" + task + "/current."));
        call.json(200, current);
    }

    /** {@code POST /models/{task}/current}: choose the version workstations should use. */
    void choose(Call call) throws IOException {
        String task = Identifiers.modelTask(call.pathParam("task"));
        String version = Identifiers.modelVersion(call.readJson(ModelSelection.class).version());
        ModelVersion chosen = registry.choose(task, version, call.identity().name(), now())
                .orElseThrow(() -> noSuchVersion(task, version));
        call.json(200, chosen);
    }

    /** {@code GET /models/{task}/versions/{version}/file}: the bytes of a version, streamed. */
    void download(Call call) throws IOException {
        ModelVersion version = existing(call);
        Path file = files.find(version.sha256()).orElseThrow(() -> ApiException.notFound("model-file-missing",
                "The file of version " + version.version() + " of " + version.task() + " is missing from the"
                        + " server's disk. Ask an administrator to upload it again with PUT /api/v1/models/"
                        + version.task() + "/versions/" + version.version() + "/file."));
        call.file(FILE_TYPE, file);
    }

    private ModelVersion existing(Call call) {
        String task = Identifiers.modelTask(call.pathParam("task"));
        String version = Identifiers.modelVersion(call.pathParam("version"));
        return registry.find(task, version).orElseThrow(() -> noSuchVersion(task, version));
    }

    private static ApiException noSuchVersion(String task, String version) {
        return ApiException.notFound("no-such-model-version", "There is no version " + version + " of the '" + task
                + "' model, or its manifest has not been sent yet. List its versions with GET /api/v1/models/"
                + task + "/versions.");
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body-too-large", "The model file is larger than " + files.maxBytes()
                + " bytes, the most this server stores for one model, so it was not stored.");
    }

    private static long length(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP server already refuses a malformed length; this only spares reading a huge body
        }
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }
}

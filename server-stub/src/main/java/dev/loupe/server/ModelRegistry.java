package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ModelFile;
import dev.loupe.core.ModelManifest;
import dev.loupe.core.ModelVersion;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model versions per task, and which one workstations should use. A version is made in two steps: its file is
 * stored, then a manifest naming the file's sha256 makes it a version. Until then the file may be replaced; after,
 * the version never changes, so a workstation that checked a version's sha256 once can trust it.
 */
final class ModelRegistry {
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {};
    private static final TypeReference<List<String>> LABELS = new TypeReference<>() {};
    private static final String VERSIONS = "SELECT v.task, v.version, v.sha256, v.size, v.metrics, v.labels,"
            + " v.uploaded_at, v.uploaded_by, c.version FROM model_versions v"
            + " LEFT JOIN current_models c ON c.task = v.task AND c.version = v.version"
            + " WHERE v.metrics IS NOT NULL";
    private static final String VERSION_ORDER = " ORDER BY v.task, v.uploaded_at, v.version";

    /** What became of an uploaded file. */
    sealed interface FileResult {
    }

    /** Stored for the version; {@code again} when these very bytes were already stored for it. */
    record FileStored(ModelFile file, boolean again) implements FileResult {
    }

    /** The version is complete with another file; versions never change. */
    record FileRefused(String storedSha256) implements FileResult {
    }

    /** What became of a manifest. */
    sealed interface ManifestResult {
    }

    /** The version exists now; {@code again} when the same manifest had already made it. */
    record Published(ModelVersion version, boolean again) implements ManifestResult {
    }

    record NoFile() implements ManifestResult {
    }

    record ShaMismatch(String storedSha256) implements ManifestResult {
    }

    /** The version is complete with other metrics or labels. */
    record ManifestRefused() implements ManifestResult {
    }

    private record Stored(String sha256, long size, boolean published, Map<String, Double> metrics,
            List<String> labels) {
    }

    private final Database db;
    private final ModelFiles files;

    ModelRegistry(Database db, ModelFiles files) {
        this.db = db;
        this.files = files;
    }

    /** Takes a received upload as the file of a version, unless the version is already complete with another. */
    FileResult storeFile(String task, String version, ModelFiles.Received received) throws IOException {
        ModelFile file = new ModelFile(task, version, received.sha256(), received.size());
        try {
            return db.write(c -> {
                Optional<Stored> stored = stored(c, task, version);
                if (stored.isPresent() && stored.get().sha256().equals(received.sha256())) {
                    place(received); // puts back a file lost from the disk; else there is nothing to do
                    return new FileStored(file, true);
                }
                if (stored.isPresent() && stored.get().published()) {
                    return new FileRefused(stored.get().sha256());
                }
                if (stored.isPresent()) {
                    replaceFile(c, task, version, stored.get().sha256(), received);
                } else {
                    insertFile(c, task, version, received);
                }
                // Under the write lock, so no other upload can see the blob as unreferenced while it moves in.
                place(received);
                return new FileStored(file, false);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void insertFile(Connection c, String task, String version, ModelFiles.Received received)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO model_versions (task, version, sha256, size) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, task);
            insert.setString(2, version);
            insert.setString(3, received.sha256());
            insert.setLong(4, received.size());
            insert.executeUpdate();
        }
    }

    /** Points a version still waiting for its manifest at a new file, and drops the old one if nothing uses it. */
    private void replaceFile(Connection c, String task, String version, String oldSha256,
            ModelFiles.Received received) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE model_versions SET sha256 = ?, size = ? WHERE task = ? AND version = ?")) {
            update.setString(1, received.sha256());
            update.setLong(2, received.size());
            update.setString(3, task);
            update.setString(4, version);
            update.executeUpdate();
        }
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM model_versions WHERE sha256 = ?")) {
            query.setString(1, oldSha256);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    delete(oldSha256);
                }
            }
        }
    }

    /** Completes a version from its manifest, which must name the stored file. */
    ManifestResult publish(String task, String version, ModelManifest manifest, String admin, Instant now) {
        return db.write(c -> {
            Optional<Stored> stored = stored(c, task, version);
            if (stored.isEmpty() || files.find(stored.get().sha256()).isEmpty()) {
                return new NoFile();
            }
            Stored file = stored.get();
            if (!file.sha256().equals(manifest.sha256())) {
                return new ShaMismatch(file.sha256());
            }
            if (file.published()) {
                return file.metrics().equals(manifest.metrics()) && file.labels().equals(manifest.labels())
                        ? new Published(find(c, task, version).orElseThrow(), true)
                        : new ManifestRefused();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE model_versions SET metrics = ?, labels = ?,"
                    + " uploaded_at = ?, uploaded_by = ? WHERE task = ? AND version = ?")) {
                update.setString(1, toJson(manifest.metrics()));
                update.setString(2, toJson(manifest.labels()));
                update.setLong(3, now.toEpochMilli());
                update.setString(4, admin);
                update.setString(5, task);
                update.setString(6, version);
                update.executeUpdate();
            }
            return new Published(find(c, task, version).orElseThrow(), false);
        });
    }

    /** Makes a complete version the one workstations use for its task; empty when there is no such version. */
    Optional<ModelVersion> choose(String task, String version, String admin, Instant now) {
        return db.write(c -> {
            if (find(c, task, version).isEmpty()) {
                return Optional.<ModelVersion>empty();
            }
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO current_models (task, version, chosen_at, chosen_by) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (task) DO UPDATE SET version = excluded.version,"
                            + " chosen_at = excluded.chosen_at, chosen_by = excluded.chosen_by")) {
                upsert.setString(1, task);
                upsert.setString(2, version);
                upsert.setLong(3, now.toEpochMilli());
                upsert.setString(4, admin);
                upsert.executeUpdate();
            }
            return find(c, task, version);
        });
    }

    /** Every complete version, by task and then oldest first. */
    List<ModelVersion> list() {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(VERSIONS + VERSION_ORDER)) {
                return read(query);
            }
        });
    }

    /** The complete versions of one task, oldest first. */
    List<ModelVersion> list(String task) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(VERSIONS + " AND v.task = ?" + VERSION_ORDER)) {
                query.setString(1, task);
                return read(query);
            }
        });
    }

    Optional<ModelVersion> find(String task, String version) {
        return db.read(c -> find(c, task, version));
    }

    Optional<ModelVersion> current(String task) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(VERSIONS + " AND c.task = ?")) {
                query.setString(1, task);
                return read(query).stream().findFirst();
            }
        });
    }

    private static Optional<ModelVersion> find(Connection c, String task, String version) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(VERSIONS + " AND v.task = ? AND v.version = ?")) {
            query.setString(1, task);
            query.setString(2, version);
            return read(query).stream().findFirst();
        }
    }

    private static Optional<Stored> stored(Connection c, String task, String version) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT sha256, size, metrics, labels FROM model_versions WHERE task = ? AND version = ?")) {
            query.setString(1, task);
            query.setString(2, version);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String metrics = rs.getString(3);
                return Optional.of(metrics == null
                        ? new Stored(rs.getString(1), rs.getLong(2), false, Map.of(), List.of())
                        : new Stored(rs.getString(1), rs.getLong(2), true, fromJson(metrics, METRICS),
                                fromJson(rs.getString(4), LABELS)));
            }
        }
    }

    private static List<ModelVersion> read(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            List<ModelVersion> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(new ModelVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        fromJson(rs.getString(5), METRICS), fromJson(rs.getString(6), LABELS),
                        Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8), rs.getString(9) != null));
            }
            return versions;
        }
    }

    private void place(ModelFiles.Received received) {
        try {
            files.place(received);
        } catch (IOException e) {
            // through the database's work, which only passes SQL failures; storeFile unwraps it
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String sha256) {
        try {
            files.delete(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Metrics and labels always serialize", e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored model metrics are not JSON: the database was edited by hand", e);
        }
    }
}

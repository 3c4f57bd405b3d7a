package dev.loupe.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model file in the registry, as workstations choose and download it.
 *
 * @param task        what the model does, e.g. {@code fields}; the key of {@link Decision#modelVersions()}
 * @param version     the version name, e.g. {@code 2026.11.1}
 * @param sha256      sha256 of the file, so a download can be checked
 * @param size        length of the file in bytes
 * @param metrics     evaluation figures by name, from the manifest
 * @param labels      the labels the model emits; empty when not given
 * @param uploadedAt  when its manifest was accepted, which made it a version
 * @param uploadedBy  the admin who sent the manifest
 * @param current     whether workstations should use this version for its task now
 */
public record ModelVersion(
        String task,
        String version,
        String sha256,
        long size,
        Map<String, Double> metrics,
        List<String> labels,
        Instant uploadedAt,
        String uploadedBy,
        boolean current) {

    public ModelVersion {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters, got '" + sha256 + "'.");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size + ".");
        }
        metrics = ManifestChecks.checked(metrics);
        labels = ManifestChecks.checkedLabels(labels);
    }
}

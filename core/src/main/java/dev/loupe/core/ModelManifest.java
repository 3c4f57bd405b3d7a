package dev.loupe.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin says about an uploaded model file to make it a version: which file, how well it did, what it
 * labels.
 *
 * @param sha256   the sha256 of the uploaded file, as 64 lower-case hex; the server checks it against the stored file
 * @param metrics  evaluation figures by name, e.g. {@code {"f1": 0.91}}; may be empty
 * @param labels   the labels the model emits, in its output order; empty when not given
 */
public record ModelManifest(String sha256, Map<String, Double> metrics, List<String> labels) {
    public ModelManifest {
        Objects.requireNonNull(sha256, "sha256");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters, got '" + sha256 + "'.");
        }
        metrics = ManifestChecks.checked(metrics);
        labels = ManifestChecks.checkedLabels(labels);
    }
}

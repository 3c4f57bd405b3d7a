package dev.loupe.core;

import java.util.Objects;

/**
 * A model file the server has stored for a version; the version is complete once its manifest is accepted.
 *
 * @param task     the model's task
 * @param version  the version the file was uploaded for
 * @param sha256   sha256 of the stored bytes; the manifest must name the same
 * @param size     length in bytes
 */
public record ModelFile(String task, String version, String sha256, long size) {
    public ModelFile {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(version, "version");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters, got '" + sha256 + "'.");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size + ".");
        }
    }
}

package dev.loupe.core;

import java.util.Objects;

/**
 * One media file of an item, addressed by the sha256 of its bytes.
 *
 * @param sha256    lower-case hex digest of the content; also its address on the server
 * @param mediaType IANA media type, e.g. {@code application/pdf}, {@code image/png}
 * @param fileName  the name the file was imported under, for people to read
 * @param size      length in bytes
 */
public record Asset(String sha256, String mediaType, String fileName, long size) {
    public Asset {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters, got '" + sha256 + "'.");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size + ".");
        }
    }
}

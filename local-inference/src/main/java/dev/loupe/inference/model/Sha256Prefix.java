package dev.loupe.inference.model;

import dev.loupe.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/** A short content hash for naming a version after the exact bytes it is. */
final class Sha256Prefix {
    private static final int LENGTH = 12;

    private Sha256Prefix() {
    }

    static String of(Path file) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + " to name its version: " + e.getMessage(), e);
        }
        return Sha256.hex(digest).substring(0, LENGTH);
    }

    static String of(String text) {
        return Sha256.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, LENGTH);
    }
}

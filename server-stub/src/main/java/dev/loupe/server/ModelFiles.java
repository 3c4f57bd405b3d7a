package dev.loupe.server;

import dev.loupe.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Model files, addressed by the sha256 of their bytes under {@code models/<first two hex>/<sha256>}, as media
 * blobs are. An upload is streamed aside into {@code models/incoming} and hashed on the way; it appears under its
 * address only when complete and flushed, by an atomic move.
 */
final class ModelFiles {
    /** The largest model file the server stores: room for large vision models, not for a full disk. */
    static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;
    private static final int BUFFER_BYTES = 64 * 1024;

    /** An upload received whole, waiting aside until the registry takes or discards it. */
    record Received(Path file, String sha256, long size) {
    }

    /** The upload was larger than the server takes; nothing of it was kept. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes", null);
        }
    }

    private final Path root;
    private final Path incoming;
    private final long maxBytes;

    ModelFiles(Path root, long maxBytes) throws IOException {
        this.root = root;
        this.incoming = root.resolve("incoming");
        this.maxBytes = maxBytes;
        Files.createDirectories(incoming);
        clearIncoming();
    }

    /** Leftovers of uploads that a crash interrupted; they were never visible under an address. */
    private void clearIncoming() throws IOException {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Streams an upload to disk in small buffers, hashing on the way, so a model of any size is never in memory. */
    Received receive(InputStream in) throws IOException {
        Path pending = Files.createTempFile(incoming, "model-", ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER_BYTES];
            try (FileChannel out = FileChannel.open(pending, StandardOpenOption.WRITE)) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            return new Received(pending, Sha256.hex(digest), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
    }

    /** Moves a received upload under its address; the same bytes already there are kept as they are. */
    void place(Received received) throws IOException {
        Path target = fileOf(received.sha256());
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
            // Another upload of the same content won the race; its file is byte-for-byte this one.
        }
    }

    /** Drops what is left of an upload; after {@link #place} there is nothing left. */
    void discard(Received received) throws IOException {
        Files.deleteIfExists(received.file());
    }

    Optional<Path> find(String sha256) {
        Path file = fileOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(String sha256) throws IOException {
        Files.deleteIfExists(fileOf(sha256));
    }

    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}

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
 * Files addressed by the sha256 of their bytes under {@code <root>/<first two hex>/<sha256>}, for media and model
 * files alike. Content is streamed aside into {@code <root>/incoming}, hashed on the way and flushed; it appears
 * under its address only by an atomic move, so a file under an address is always whole.
 */
final class BlobFolder {
    private static final int BUFFER_BYTES = 64 * 1024;

    /** Bytes written aside, with their sha256 (null when over the limit) and length. */
    record Pending(Path file, String sha256, long size, boolean overLimit) {
    }

    private final Path root;
    private final Path incoming;

    BlobFolder(Path root) throws IOException {
        this.root = root;
        this.incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        // Leftovers of a copy that a crash interrupted; they were never visible under an address.
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Writes {@code content} aside in small buffers, hashing on the way, so a large file is read once and never held
     * in memory. Reading stops once more than {@code maxBytes} have arrived. The caller places or deletes the file.
     *
     * @throws IOException when {@code content} cannot be read, e.g. the client went away mid-upload
     */
    Pending receive(InputStream content, long maxBytes) throws IOException {
        Path pending = Files.createTempFile(incoming, "blob-", ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER_BYTES];
            try (FileChannel out = FileChannel.open(pending, StandardOpenOption.WRITE)) {
                int read;
                while ((read = content.read(buffer)) > 0) {
                    size += read;
                    if (size > maxBytes) {
                        return new Pending(pending, null, size, true);
                    }
                    digest.update(buffer, 0, read);
                    write(out, buffer, read, pending);
                }
                force(out, pending);
            }
            return new Pending(pending, Sha256.hex(digest), size, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
    }

    /** Moves received bytes under their address; when the same bytes are already there, those stay. */
    void place(Pending pending) throws IOException {
        if (pending.overLimit()) {
            throw new IllegalStateException("Content over the limit was only partly read and cannot be kept.");
        }
        Path target = fileOf(pending.sha256());
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(pending.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
            // Another upload of the same content won the race; its file is byte-for-byte this one.
        }
    }

    Optional<Path> find(String sha256) {
        Path file = fileOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    void delete(String sha256) throws IOException {
        Files.deleteIfExists(fileOf(sha256));
    }

    /** A failed write is the server's own disk, answered 500, not a client that went away. */
    private static void write(FileChannel out, byte[] buffer, int length, Path pending) {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, length);
        try {
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        } catch (IOException e) {
            throw cannotWrite(pending, e);
        }
    }

    private static void force(FileChannel out, Path pending) {
        try {
            out.force(true);
        } catch (IOException e) {
            throw cannotWrite(pending, e);
        }
    }

    private static StorageException cannotWrite(Path pending, IOException e) {
        return new StorageException("Cannot write to " + pending.getParent() + " (" + e.getMessage()
                + "). Check free disk space and permissions of the server's data folder.", e);
    }
}

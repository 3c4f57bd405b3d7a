package dev.loupe.server;

import dev.loupe.core.Asset;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Media blobs, addressed by the sha256 of their bytes under {@code media/<first two hex>/<sha256>}. The same bytes
 * stored twice are kept once. A blob appears under its address only when complete: it is written aside, flushed to
 * disk, then moved in.
 */
final class MediaStore {
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*");
    private static final int BUFFER_BYTES = 64 * 1024;

    /** A stored blob, the type it was first stored as, and its length in bytes. */
    record Blob(Path file, String mediaType, long size) {
    }

    /** What keeping received bytes did: their asset, and whether the store did not hold them before. */
    record Kept(Asset asset, boolean added) {
    }

    private final Path root;
    private final Path incoming;
    private final Database db;
    private final Clock clock;

    MediaStore(Path root, Database db, Clock clock) throws IOException {
        this.root = root;
        this.incoming = root.resolve("incoming");
        this.db = db;
        this.clock = clock;
        Files.createDirectories(incoming);
        clearIncoming();
    }

    /** Leftovers of a copy that a crash interrupted; they were never visible under an address. */
    private void clearIncoming() throws IOException {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Whether a value is a bare media type such as {@code application/pdf}, without parameters. */
    static boolean isMediaType(String value) {
        return value != null && MEDIA_TYPE.matcher(value).matches();
    }

    Asset put(Path source, String mediaType) throws IOException {
        requireMediaType(mediaType);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(source + " is not a file. Check the path and try again.");
        }
        try (InputStream content = Files.newInputStream(source); Incoming incoming = receive(content, Long.MAX_VALUE)) {
            return incoming.keep(mediaType, source.getFileName().toString()).asset();
        }
    }

    /**
     * Writes {@code content} aside in small buffers, hashing on the way, so a large video is read once and never
     * held in memory. Reading stops once more than {@code maxBytes} have arrived (see {@link Incoming#overLimit}).
     * Nothing is under an address until {@link Incoming#keep}; closing drops whatever was not kept.
     *
     * @throws IOException when {@code content} cannot be read, e.g. the client went away mid-upload
     */
    Incoming receive(InputStream content, long maxBytes) throws IOException {
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
                        return new Incoming(pending, null, size, true);
                    }
                    digest.update(buffer, 0, read);
                    write(out, buffer, read, pending);
                }
                force(out, pending);
            }
            return new Incoming(pending, Sha256.hex(digest), size, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
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
        return new StorageException("Cannot write media to " + pending.getParent() + " (" + e.getMessage()
                + "). Check free disk space and permissions of the server's data folder.", e);
    }

    private static void requireMediaType(String mediaType) {
        if (!isMediaType(mediaType)) {
            throw new IllegalArgumentException("'" + mediaType + "' is not a media type; give one such as"
                    + " application/pdf or image/png.");
        }
    }

    /** Bytes written aside and hashed, not yet under their address; closing deletes them unless they were kept. */
    final class Incoming implements AutoCloseable {
        private final Path pending;
        private final String sha256;
        private final long size;
        private final boolean overLimit;

        private Incoming(Path pending, String sha256, long size, boolean overLimit) {
            this.pending = pending;
            this.sha256 = sha256;
            this.size = size;
            this.overLimit = overLimit;
        }

        /** Whether the content held more than the limit; then only its start was read and it cannot be kept. */
        boolean overLimit() {
            return overLimit;
        }

        /** The sha256 of the content; null when it was over the limit. */
        String sha256() {
            return sha256;
        }

        /**
         * Moves the bytes under their address and records them. When the same bytes are already stored, the stored
         * copy and the type it was first stored as stay.
         */
        Kept keep(String mediaType, String fileName) throws IOException {
            if (overLimit) {
                throw new IllegalStateException("Content over the limit was only partly read and cannot be kept.");
            }
            requireMediaType(mediaType);
            Path target = fileOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
                    // Another import of the same content won the race; its blob is byte-for-byte this one.
                }
            }
            boolean added = catalog(sha256, mediaType, size);
            return new Kept(new Asset(sha256, mediaType, fileName, size), added);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(pending);
        }
    }

    /** Records the blob; false when it was recorded before. */
    private boolean catalog(String sha256, String mediaType, long size) {
        return db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO media (sha256, media_type, size, stored_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                insert.setString(1, sha256);
                insert.setString(2, mediaType);
                insert.setLong(3, size);
                insert.setLong(4, clock.millis());
                return insert.executeUpdate() == 1;
            }
        });
    }

    Optional<Blob> find(String sha256) {
        Optional<Blob> blob = db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT media_type, size FROM media WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(new Blob(fileOf(sha256), rs.getString(1), rs.getLong(2)))
                            : Optional.<Blob>empty();
                }
            }
        });
        return blob.filter(found -> Files.isRegularFile(found.file()));
    }

    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}

package dev.loupe.server;

import dev.loupe.core.Asset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media blobs, addressed by the sha256 of their bytes under {@code media/<first two hex>/<sha256>}. The same bytes
 * stored twice are kept once. A blob appears under its address only when complete: it is written aside, flushed to
 * disk, then moved in.
 */
final class MediaStore {
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*");

    /** A stored blob, the type it was first stored as, and its length in bytes. */
    record Blob(Path file, String mediaType, long size) {
    }

    /** What keeping received bytes did: their asset, and whether the store did not hold them before. */
    record Kept(Asset asset, boolean added) {
    }

    private final BlobFolder blobs;
    private final Database db;
    private final Clock clock;

    MediaStore(Path root, Database db, Clock clock) throws IOException {
        this.blobs = new BlobFolder(root);
        this.db = db;
        this.clock = clock;
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
        return new Incoming(blobs.receive(content, maxBytes));
    }

    private static void requireMediaType(String mediaType) {
        if (!isMediaType(mediaType)) {
            throw new IllegalArgumentException("'" + mediaType + "' is not a media type; give one such as"
                    + " application/pdf or image/png.");
        }
    }

    /** Bytes written aside and hashed, not yet under their address; closing deletes them unless they were kept. */
    final class Incoming implements AutoCloseable {
        private final BlobFolder.Pending pending;

        private Incoming(BlobFolder.Pending pending) {
            this.pending = pending;
        }

        /** Whether the content held more than the limit; then only its start was read and it cannot be kept. */
        boolean overLimit() {
            return pending.overLimit();
        }

        /** The sha256 of the content; null when it was over the limit. */
        String sha256() {
            return pending.sha256();
        }

        /**
         * Moves the bytes under their address and records them. When the same bytes are already stored, the stored
         * copy and the type it was first stored as stay.
         */
        Kept keep(String mediaType, String fileName) throws IOException {
            requireMediaType(mediaType);
            blobs.place(pending);
            boolean added = catalog(pending.sha256(), mediaType, pending.size());
            return new Kept(new Asset(pending.sha256(), mediaType, fileName, pending.size()), added);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(pending.file());
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
                    return rs.next() ? Optional.of(new Blob(blobs.fileOf(sha256), rs.getString(1), rs.getLong(2)))
                            : Optional.<Blob>empty();
                }
            }
        });
        return blob.filter(found -> Files.isRegularFile(found.file()));
    }

}

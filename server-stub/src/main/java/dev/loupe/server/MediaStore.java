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

    /** A stored blob and the type it was first stored as. */
    record Blob(Path file, String mediaType) {
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

    Asset put(Path source, String mediaType) throws IOException {
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("'" + mediaType + "' is not a media type; give one such as"
                    + " application/pdf or image/png.");
        }
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(source + " is not a file. Check the path and try again.");
        }
        Path pending = Files.createTempFile(incoming, "blob-", ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = copy(source, pending, digest);
            String sha256 = Sha256.hex(digest);
            Path target = fileOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
                    // Another import of the same content won the race; its blob is byte-for-byte this one.
                }
            }
            catalog(sha256, mediaType, size);
            return new Asset(sha256, mediaType, source.getFileName().toString(), size);
        } finally {
            Files.deleteIfExists(pending);
        }
    }

    /** Copies in small buffers, hashing on the way, so a large video is read once and never held in memory. */
    private static long copy(Path source, Path target, MessageDigest digest) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(source);
                FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += read;
            }
            out.force(true);
        }
        return size;
    }

    private void catalog(String sha256, String mediaType, long size) {
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO media (sha256, media_type, size, stored_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                insert.setString(1, sha256);
                insert.setString(2, mediaType);
                insert.setLong(3, size);
                insert.setLong(4, clock.millis());
                return insert.executeUpdate();
            }
        });
    }

    Optional<Blob> find(String sha256) {
        Optional<String> mediaType = db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT media_type FROM media WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        Path file = fileOf(sha256);
        return mediaType.filter(type -> Files.isRegularFile(file)).map(type -> new Blob(file, type));
    }

    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}

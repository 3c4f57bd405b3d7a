package dev.loupe.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Model files, addressed by the sha256 of their bytes under {@code models/<first two hex>/<sha256>}, as media
 * blobs are. An upload is streamed aside into {@code models/incoming} and hashed on the way; it appears under its
 * address only when complete and flushed, by an atomic move.
 */
final class ModelFiles {
    /** The largest model file the server stores: room for large vision models, not for a full disk. */
    static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;

    /** An upload received whole, waiting aside until the registry takes or discards it. */
    record Received(BlobFolder.Pending pending) {
        String sha256() {
            return pending.sha256();
        }

        long size() {
            return pending.size();
        }
    }

    /** The upload was larger than the server takes; nothing of it was kept. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes", null);
        }
    }

    private final BlobFolder blobs;
    private final long maxBytes;

    ModelFiles(Path root, long maxBytes) throws IOException {
        this.blobs = new BlobFolder(root);
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Streams an upload to disk in small buffers, hashing on the way, so a model of any size is never in memory. */
    Received receive(InputStream in) throws IOException {
        BlobFolder.Pending pending = blobs.receive(in, maxBytes);
        if (pending.overLimit()) {
            Files.deleteIfExists(pending.file());
            throw new TooLarge(maxBytes);
        }
        return new Received(pending);
    }

    /** Moves a received upload under its address; the same bytes already there are kept as they are. */
    void place(Received received) throws IOException {
        blobs.place(received.pending());
    }

    /** Drops what is left of an upload; after {@link #place} there is nothing left. */
    void discard(Received received) throws IOException {
        Files.deleteIfExists(received.pending().file());
    }

    Optional<Path> find(String sha256) {
        return blobs.find(sha256);
    }

    void delete(String sha256) throws IOException {
        blobs.delete(sha256);
    }
}

package dev.loupe.sync;

import dev.loupe.core.Asset;
import dev.loupe.core.Sha256;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;

/**
 * Media on the workstation's disk, addressed by sha256. A download goes to a temporary file, is checked against
 * its digest and only then moved into place, so a partial or damaged download is never taken for the real file.
 */
public final class MediaCache {

    /** Opens the download; called only when the asset is not cached yet. */
    @FunctionalInterface
    public interface Download {
        InputStream open();
    }

    private final Path root;

    public MediaCache(Path root) {
        this.root = root;
    }

    /** The cached file for the asset, downloading it first when it is missing or has the wrong size. */
    public Path get(Asset asset, Download download) {
        Path target = root.resolve(asset.sha256().substring(0, 2)).resolve(asset.sha256());
        try {
            if (Files.isRegularFile(target) && Files.size(target) == asset.size()) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), asset.sha256(), ".part");
            try {
                String actual = copyHashing(asset, download, partial);
                if (!actual.equals(asset.sha256())) {
                    throw new OrchestrationException(Kind.BAD_RESPONSE, 0, "media-damaged",
                            "The file " + asset.fileName() + " arrived damaged (its sha256 does not match). "
                                    + "Open the item again; if this repeats, import the file again on the server.");
                }
                move(partial, target);
                return target;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the media cache under " + root
                    + ": " + e.getMessage() + ". Check free disk space and permissions.", e);
        }
    }

    private static String copyHashing(Asset asset, Download download, Path partial) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = download.open(); OutputStream out = Files.newOutputStream(partial)) {
            int n;
            while ((n = readSome(asset, in, buffer)) >= 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return Sha256.hex(digest);
    }

    private static int readSome(Asset asset, InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new OrchestrationException(Kind.UNREACHABLE, 0, "media-interrupted",
                    "The download of " + asset.fileName() + " was cut off (" + e.getMessage()
                            + "). Open the item again when the server is reachable.", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

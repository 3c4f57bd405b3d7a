package dev.loupe.sync;

import dev.loupe.core.Asset;
import dev.loupe.core.Sha256;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Media on the workstation's disk, addressed by sha256, so an item opens without waiting for the server. It keeps
 * to a size cap by deleting the least recently used files, never those pinned for leased items. A download goes to
 * a temporary file, is checked against its digest and only then moved into place, and a cached file is checked
 * again the first time this process uses it, so a partial or damaged file is never taken for the real one.
 */
public final class MediaCache {
    /** The cap when none is given: 10 GiB. */
    public static final long DEFAULT_CAPACITY_BYTES = 10L << 30;

    private static final System.Logger LOG = System.getLogger(MediaCache.class.getName());
    private static final String PARTIAL = ".part";

    /** Opens the download; called only when the asset is not cached yet. */
    @FunctionalInterface
    public interface Download {
        InputStream open();
    }

    /** What is known of a cached file: its size, and its modification time when its sha256 was last checked. */
    private record Known(long size, FileTime checkedAt) {
    }

    private final Path root;
    private final long capacityBytes;
    /** The cached files by sha256, least recently used first. Its monitor guards the fields below it too. */
    private final LinkedHashMap<String, Known> files = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Integer> pins = new HashMap<>();
    private long totalBytes;
    private boolean warnedOverCapacity;
    /** One lock per asset: one asset is fetched once, different assets in parallel. */
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** A cache capped at {@link #DEFAULT_CAPACITY_BYTES}. */
    public MediaCache(Path root) {
        this(root, DEFAULT_CAPACITY_BYTES);
    }

    /**
     * Opens the cache in {@code root}: counts what is there, ordered by when each file was last used, and deletes
     * downloads a crash left unfinished.
     *
     * @param capacityBytes the most the files may take together, unless more is pinned
     */
    public MediaCache(Path root, long capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException(
                    "The media cache needs a positive size cap, got " + capacityBytes + " bytes.");
        }
        this.root = Objects.requireNonNull(root, "root");
        this.capacityBytes = capacityBytes;
        try {
            scan();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the media cache under " + root + ": " + e.getMessage()
                    + ". Check its permissions, or delete the folder to start the cache over.", e);
        }
        synchronized (files) {
            evictToFit(null);
        }
    }

    /**
     * The cached file for the asset, downloading it first when it is missing or damaged. Hold a {@link #pin} while
     * the file is in use, so that another download does not evict it.
     */
    public Path get(Asset asset, Download download) {
        String sha256 = asset.sha256();
        Path target = pathOf(sha256);
        ReentrantLock lock = lockOf(sha256);
        lock.lock();
        try {
            if (isIntact(asset, target)) {
                markUsed(sha256, target);
                return target;
            }
            return fetch(asset, download, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the media cache under " + root
                    + ": " + e.getMessage() + ". Check free disk space and permissions.", e);
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the asset's file from being evicted until the pin is closed; an asset may be pinned several times. */
    public Pin pin(String sha256) {
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters, got '" + sha256 + "'.");
        }
        synchronized (files) {
            pins.merge(sha256, 1, Integer::sum);
        }
        return new Pin(sha256);
    }

    /** One hold on an asset's file; closing it a second time does nothing. */
    public final class Pin implements AutoCloseable {
        private final String sha256;
        private boolean closed;

        private Pin(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public void close() {
            synchronized (files) {
                if (!closed) {
                    closed = true;
                    pins.computeIfPresent(sha256, (key, count) -> count == 1 ? null : count - 1);
                }
            }
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private ReentrantLock lockOf(String sha256) {
        return locks.computeIfAbsent(sha256, key -> new ReentrantLock());
    }

    private void scan() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        record Found(String sha256, long size, FileTime lastUsed) {
        }
        List<Found> found = new ArrayList<>();
        List<Path> partials = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root, 2)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                String name = path.getFileName().toString();
                if (!attributes.isRegularFile()) {
                    continue;
                }
                if (name.endsWith(PARTIAL)) {
                    partials.add(path);
                } else if (Sha256.isDigest(name) && path.equals(pathOf(name))) {
                    found.add(new Found(name, attributes.size(), attributes.lastModifiedTime()));
                }
            }
        }
        for (Path partial : partials) {
            Files.deleteIfExists(partial);
        }
        found.sort(Comparator.comparing(Found::lastUsed));
        synchronized (files) {
            for (Found file : found) {
                files.put(file.sha256(), new Known(file.size(), null));
                totalBytes += file.size();
            }
        }
    }

    /**
     * Whether the file on disk is the asset: the right size, and the right sha256 when this process has not yet
     * checked it or it changed since. A file that is not is deleted.
     */
    private boolean isIntact(Asset asset, Path target) throws IOException {
        String sha256 = asset.sha256();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            forget(sha256);
            return false;
        }
        if (attributes.isRegularFile() && attributes.size() == asset.size()) {
            if (checkedUnchanged(sha256, attributes) || sha256Of(target).equals(sha256)) {
                return true;
            }
            LOG.log(Level.WARNING, "The cached copy of " + asset.fileName() + " (" + target
                    + ") was damaged on disk; fetching it again.");
        }
        forget(sha256);
        Files.deleteIfExists(target);
        return false;
    }

    private boolean checkedUnchanged(String sha256, BasicFileAttributes attributes) {
        synchronized (files) {
            Known known = files.get(sha256);
            return known != null && known.size() == attributes.size()
                    && attributes.lastModifiedTime().equals(known.checkedAt());
        }
    }

    /** Records the use in the file's modification time, so the order of use survives a restart. */
    private void markUsed(String sha256, Path target) throws IOException {
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        remember(sha256, Files.readAttributes(target, BasicFileAttributes.class));
    }

    /** The file is checked and was just used. */
    private void remember(String sha256, BasicFileAttributes attributes) {
        synchronized (files) {
            Known before = files.put(sha256, new Known(attributes.size(), attributes.lastModifiedTime()));
            totalBytes += attributes.size() - (before == null ? 0 : before.size());
        }
    }

    private void forget(String sha256) {
        synchronized (files) {
            Known before = files.remove(sha256);
            if (before != null) {
                totalBytes -= before.size();
            }
        }
    }

    private Path fetch(Asset asset, Download download, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), asset.sha256(), PARTIAL);
        try {
            String actual = copyHashing(asset, download, partial);
            if (!actual.equals(asset.sha256())) {
                throw new OrchestrationException(Kind.BAD_RESPONSE, 0, "media-damaged",
                        "The file " + asset.fileName() + " arrived damaged (its sha256 does not match). "
                                + "Open the item again; if this repeats, import the file again on the server.");
            }
            move(partial, target);
            remember(asset.sha256(), Files.readAttributes(target, BasicFileAttributes.class));
            synchronized (files) {
                evictToFit(asset.sha256());
            }
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Deletes the least recently used files until the total fits the cap. Spared are {@code keep}, pinned files,
     * and files another thread is checking or fetching right now. Called holding the monitor of {@code files}.
     */
    private void evictToFit(String keep) {
        Iterator<Map.Entry<String, Known>> leastRecentFirst = files.entrySet().iterator();
        while (totalBytes > capacityBytes && leastRecentFirst.hasNext()) {
            Map.Entry<String, Known> file = leastRecentFirst.next();
            String sha256 = file.getKey();
            if (sha256.equals(keep) || pins.containsKey(sha256)) {
                continue;
            }
            ReentrantLock lock = lockOf(sha256);
            if (!lock.tryLock()) {
                continue;
            }
            try {
                Files.deleteIfExists(pathOf(sha256));
                leastRecentFirst.remove();
                totalBytes -= file.getValue().size();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete " + pathOf(sha256) + " from the media cache", e);
            } finally {
                lock.unlock();
            }
        }
        boolean over = totalBytes > capacityBytes;
        if (over && !warnedOverCapacity) {
            LOG.log(Level.WARNING, "The media cache under " + root + " holds " + totalBytes + " bytes, over its cap of "
                    + capacityBytes + ", because the rest is media of leased items; it shrinks again once they are"
                    + " decided or released.");
        }
        warnedOverCapacity = over;
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

    private static String sha256Of(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
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

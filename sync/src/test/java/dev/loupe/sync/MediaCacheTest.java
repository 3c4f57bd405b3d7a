package dev.loupe.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.Asset;
import dev.loupe.core.Sha256;
import dev.loupe.core.port.OrchestrationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheTest {
    private static final byte[] CONTENT = "the scanned claim form".getBytes();
    private static final Asset ASSET = new Asset(Sha256.of(CONTENT), "image/png", "claim.png", CONTENT.length);
    /** Room for three of the ten-byte assets below. */
    private static final long THREE_FILES = 30;
    private static final Asset A = tenBytes("A");
    private static final Asset B = tenBytes("B");
    private static final Asset C = tenBytes("C");
    private static final Asset D = tenBytes("D");
    private static final Asset E = tenBytes("E");

    @TempDir
    Path root;

    private static Asset tenBytes(String name) {
        return new Asset(Sha256.of(contentOf(name)), "image/png", name + ".png", 10);
    }

    private static byte[] contentOf(String name) {
        return ("page " + name + "....").getBytes();
    }

    /** Serves the asset's content, as the server would. */
    private static MediaCache.Download served(Asset asset) {
        return () -> new ByteArrayInputStream(contentOf(asset.fileName().substring(0, 1)));
    }

    private static Path fetch(MediaCache cache, Asset asset) {
        return cache.get(asset, served(asset));
    }

    private Path fileOf(Asset asset) {
        return root.resolve(asset.sha256().substring(0, 2)).resolve(asset.sha256());
    }

    @Test
    void downloadsOnceAndServesTheCachedFileAfterwards() throws IOException {
        MediaCache cache = new MediaCache(root);
        AtomicInteger downloads = new AtomicInteger();
        MediaCache.Download download = () -> {
            downloads.incrementAndGet();
            return new ByteArrayInputStream(CONTENT);
        };

        Path first = cache.get(ASSET, download);
        Path second = cache.get(ASSET, download);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(first)).isEqualTo(CONTENT);
        assertThat(downloads).hasValue(1);
    }

    @Test
    void aDamagedDownloadIsRefusedAndLeavesNothingBehind() throws IOException {
        MediaCache cache = new MediaCache(root);
        byte[] damaged = CONTENT.clone();
        damaged[3] ^= 1;

        assertThatThrownBy(() -> cache.get(ASSET, () -> new ByteArrayInputStream(damaged)))
                .isInstanceOf(OrchestrationException.class)
                .hasMessageContaining("claim.png arrived damaged");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aDownloadCutOffHalfwaySaysSoAndIsFetchedAgainNextTime() throws IOException {
        MediaCache cache = new MediaCache(root);
        InputStream cutOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 5) {
                    return CONTENT[sent - 1];
                }
                throw new IOException("Connection reset");
            }
        };

        assertThatThrownBy(() -> cache.get(ASSET, () -> cutOff))
                .isInstanceOfSatisfying(OrchestrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OrchestrationException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("was cut off");
                });
        assertThat(Files.readAllBytes(cache.get(ASSET, () -> new ByteArrayInputStream(CONTENT)))).isEqualTo(CONTENT);
    }

    @Test
    void aTruncatedCachedFileIsFetchedAgain() throws IOException {
        MediaCache cache = new MediaCache(root);
        Path cached = cache.get(ASSET, () -> new ByteArrayInputStream(CONTENT));
        Files.write(cached, new byte[] {1, 2});

        assertThat(Files.readAllBytes(cache.get(ASSET, () -> new ByteArrayInputStream(CONTENT)))).isEqualTo(CONTENT);
    }

    @Test
    void evictsTheLeastRecentlyUsedFilesToKeepToItsCap() {
        MediaCache cache = new MediaCache(root, THREE_FILES);
        fetch(cache, A);
        fetch(cache, B);
        fetch(cache, C);
        fetch(cache, A);

        fetch(cache, D);

        assertThat(fileOf(B)).doesNotExist();
        assertThat(fileOf(A)).exists();
        assertThat(fileOf(C)).exists();
        assertThat(fileOf(D)).exists();
    }

    @Test
    void aPinnedFileIsNeverEvicted() {
        MediaCache cache = new MediaCache(root, THREE_FILES);
        try (MediaCache.Pin leased = cache.pin(A.sha256())) {
            fetch(cache, A);
            fetch(cache, B);
            fetch(cache, C);

            fetch(cache, D);

            assertThat(fileOf(A)).exists();
            assertThat(fileOf(B)).doesNotExist();
        }
    }

    @Test
    void whenEverythingIsPinnedTheCacheGrowsPastItsCapUntilPinsAreClosed() {
        MediaCache cache = new MediaCache(root, THREE_FILES);
        MediaCache.Pin a = cache.pin(A.sha256());
        cache.pin(B.sha256());
        MediaCache.Pin c = cache.pin(C.sha256());
        fetch(cache, A);
        fetch(cache, B);
        fetch(cache, C);

        fetch(cache, D);
        assertThat(Stream.of(A, B, C, D).map(this::fileOf)).allMatch(Files::exists);

        a.close();
        a.close();
        MediaCache.Pin cAgain = cache.pin(C.sha256());
        c.close();
        fetch(cache, E);

        assertThat(fileOf(A)).doesNotExist();
        assertThat(fileOf(B)).exists();
        assertThat(fileOf(C)).as("still pinned once").exists();
        assertThat(fileOf(D)).doesNotExist();
        assertThat(fileOf(E)).exists();
        cAgain.close();
    }

    @Test
    void recencySurvivesReopeningTheCache() throws IOException {
        MediaCache before = new MediaCache(root, THREE_FILES);
        fetch(before, A);
        fetch(before, B);
        fetch(before, C);
        Instant now = Instant.now();
        Files.setLastModifiedTime(fileOf(B), FileTime.from(now.minus(Duration.ofHours(3))));
        Files.setLastModifiedTime(fileOf(C), FileTime.from(now.minus(Duration.ofHours(2))));
        Files.setLastModifiedTime(fileOf(A), FileTime.from(now.minus(Duration.ofHours(1))));

        MediaCache after = new MediaCache(root, THREE_FILES);
        fetch(after, D);

        assertThat(fileOf(B)).doesNotExist();
        assertThat(fileOf(A)).exists();
        assertThat(fileOf(C)).exists();
    }

    @Test
    void aHitMarksTheFileAsRecentlyUsedOnDisk() throws IOException {
        MediaCache cache = new MediaCache(root, THREE_FILES);
        fetch(cache, A);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(fileOf(A), longAgo);

        fetch(new MediaCache(root, THREE_FILES), A);

        assertThat(Files.getLastModifiedTime(fileOf(A))).isGreaterThan(longAgo);
    }

    @Test
    void aSmallerCapEvictsTheLeastRecentlyUsedAtStart() throws IOException {
        MediaCache large = new MediaCache(root, THREE_FILES);
        fetch(large, B);
        fetch(large, A);
        Instant now = Instant.now();
        Files.setLastModifiedTime(fileOf(A), FileTime.from(now.minus(Duration.ofHours(2))));
        Files.setLastModifiedTime(fileOf(B), FileTime.from(now.minus(Duration.ofHours(1))));

        new MediaCache(root, 10);

        assertThat(fileOf(A)).doesNotExist();
        assertThat(fileOf(B)).exists();
    }

    @Test
    void aCachedFileWithTheRightSizeButWrongBytesIsFetchedAgain() throws IOException {
        AtomicInteger downloads = new AtomicInteger();
        MediaCache.Download download = () -> {
            downloads.incrementAndGet();
            return new ByteArrayInputStream(CONTENT);
        };
        Path cached = new MediaCache(root).get(ASSET, download);
        byte[] rotten = CONTENT.clone();
        rotten[0] ^= 1;
        Files.write(cached, rotten);

        Path again = new MediaCache(root).get(ASSET, download);

        assertThat(Files.readAllBytes(again)).isEqualTo(CONTENT);
        assertThat(downloads).hasValue(2);
    }

    @Test
    void aCachedFileChangedWhileInUseIsCheckedAgain() throws IOException {
        MediaCache cache = new MediaCache(root);
        AtomicInteger downloads = new AtomicInteger();
        MediaCache.Download download = () -> {
            downloads.incrementAndGet();
            return new ByteArrayInputStream(CONTENT);
        };
        Path cached = cache.get(ASSET, download);
        byte[] rotten = CONTENT.clone();
        rotten[0] ^= 1;
        Files.write(cached, rotten);
        Files.setLastModifiedTime(cached, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(Files.readAllBytes(cache.get(ASSET, download))).isEqualTo(CONTENT);
        assertThat(downloads).hasValue(2);
    }

    @Test
    void aStalePartialDownloadIsRemovedAtStart() throws IOException {
        Path folder = Files.createDirectories(fileOf(A).getParent());
        Path partial = Files.write(folder.resolve(A.sha256() + "8123456.part"), new byte[] {1, 2, 3});

        new MediaCache(root);

        assertThat(partial).doesNotExist();
    }

    @Test
    void concurrentGetsOfOneAssetDownloadItOnce() throws Exception {
        MediaCache cache = new MediaCache(root);
        AtomicInteger downloads = new AtomicInteger();
        CountDownLatch downloading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        MediaCache.Download slow = () -> {
            downloads.incrementAndGet();
            downloading.countDown();
            await(finish);
            return new ByteArrayInputStream(CONTENT);
        };
        AtomicReference<Path> first = new AtomicReference<>();
        AtomicReference<Path> second = new AtomicReference<>();
        Thread one = new Thread(() -> first.set(cache.get(ASSET, slow)));
        Thread two = new Thread(() -> second.set(cache.get(ASSET, slow)));

        one.start();
        await(downloading);
        two.start();
        awaitWaiting(two);
        finish.countDown();
        one.join(5_000);
        two.join(5_000);

        assertThat(downloads).hasValue(1);
        assertThat(second.get()).isEqualTo(first.get()).isNotNull();
    }

    @Test
    void differentAssetsDownloadInParallel() throws Exception {
        MediaCache cache = new MediaCache(root);
        CountDownLatch downloading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread slowA = new Thread(() -> cache.get(A, () -> {
            downloading.countDown();
            await(finish);
            return served(A).open();
        }));
        slowA.start();
        await(downloading);

        Path b = fetch(cache, B);

        assertThat(b).exists();
        assertThat(fileOf(A)).doesNotExist();
        finish.countDown();
        slowA.join(5_000);
        assertThat(fileOf(A)).exists();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Spins until the thread blocks, which for this thread means it waits for the asset's lock. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("thread blocked in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheTest {
    private static final byte[] CONTENT = "the scanned claim form".getBytes();
    private static final Asset ASSET = new Asset(Sha256.of(CONTENT), "image/png", "claim.png", CONTENT.length);

    @TempDir
    Path root;

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
}

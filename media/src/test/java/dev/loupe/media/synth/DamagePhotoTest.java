package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.PageImage;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.PageSource;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.MediaTypes;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagePhotoTest {
    /** The annotator's thumbnail resolution for telling a photograph from paper. */
    private static final int THUMBNAIL_DPI = 18;
    /** Clear of the annotator's own thresholds (15 and 20), as real photographs are. */
    private static final double COLOURFUL = 20;
    private static final double VARIED = 25;

    private final SyntheticDocuments photos = SyntheticDocuments.only(List.of(GeneratedDocument.DAMAGE_PHOTO));

    @TempDir
    Path dir;

    @Test
    void aDamagePhotoIsAColourfulVariedJpegWithNoTextAndNoFields() throws IOException {
        List<GeneratedDocument> written = photos.generate(dir, 12, 3);

        for (GeneratedDocument photo : written) {
            String where = photo.file().getFileName().toString();
            assertThat(where).matches("photo-\\d{4}\\.jpg");
            assertThat(photo.docType()).isEqualTo(GeneratedDocument.DAMAGE_PHOTO);
            assertThat(photo.format()).isEqualTo("photo");
            assertThat(photo.mediaType()).isEqualTo(MediaTypes.JPEG);
            assertThat(photo.fields()).isEmpty();
            assertThat(photo.pages()).isEqualTo(1);
            JsonNode truth = Json.mapper().readTree(photo.truthJson().toFile());
            assertThat(truth.path("type").asText()).isEqualTo("damage_photo");
            assertThat(truth.path("fields").isObject()).isTrue();
            assertThat(truth.path("fields").size()).isZero();
            assertThat(Files.size(photo.truthText())).isZero();
            try (PageSource source = new DocumentRenderer().open(photo.file(), photo.mediaType())) {
                assertThat(source.pageCount()).isEqualTo(1);
                PageImage thumbnail = source.render(0, THUMBNAIL_DPI);
                assertThat(colourfulness(thumbnail.argb())).as(where).isGreaterThan(COLOURFUL);
                assertThat(toneSpread(thumbnail.argb())).as(where).isGreaterThan(VARIED);
            }
        }
    }

    @Test
    void everySceneLooksLikeAPhotograph() {
        for (int index = 0; index < DamagePhoto.SCENES.size(); index++) {
            DamageScene scene = DamagePhoto.SCENES.get(index);
            for (long seed = 0; seed < 12; seed++) {
                BufferedImage picture = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = picture.createGraphics();
                scene.paint(g, picture.getWidth(), picture.getHeight(), new Random(seed));
                g.dispose();
                int[] pixels = picture.getRGB(0, 0, 160, 120, null, 0, 160);

                assertThat(colourfulness(pixels)).as("scene %d, seed %d", index, seed).isGreaterThan(COLOURFUL);
                assertThat(toneSpread(pixels)).as("scene %d, seed %d", index, seed).isGreaterThan(VARIED);
            }
        }
        assertThat(DamagePhoto.SCENES).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aDamagePhotoLaysOutAsOnePageWithoutWords() throws IOException {
        List<GeneratedDocument> written = photos.generate(dir, 4, 8);

        for (int number = 1; number <= written.size(); number++) {
            LaidOutDocument laidOut = photos.layOut(8, number);
            assertThat(laidOut.docType()).isEqualTo(GeneratedDocument.DAMAGE_PHOTO);
            assertThat(laidOut.format()).isEqualTo(written.get(number - 1).format());
            assertThat(laidOut.fields()).isEmpty();
            assertThat(laidOut.pages()).hasSize(1);
            assertThat(laidOut.pages().get(0).words()).isEmpty();
            BufferedImage image = ImageIO.read(written.get(number - 1).file().toFile());
            assertThat(laidOut.pages().get(0).widthPoints() * ScanPrinter.DPI / 72)
                    .isCloseTo(image.getWidth(), offset(0.5));
        }
    }

    /** Hasler and Süsstrunk's measure, as the annotator computes it. */
    private static double colourfulness(int[] pixels) {
        double[] rg = new double[pixels.length];
        double[] yb = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int r = pixels[i] >> 16 & 0xFF;
            int g = pixels[i] >> 8 & 0xFF;
            int b = pixels[i] & 0xFF;
            rg[i] = r - g;
            yb[i] = 0.5 * (r + g) - b;
        }
        return Math.sqrt(variance(rg) + variance(yb)) + 0.3 * Math.hypot(mean(rg), mean(yb));
    }

    private static double toneSpread(int[] pixels) {
        double[] tone = new double[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            tone[i] = 0.299 * (pixels[i] >> 16 & 0xFF) + 0.587 * (pixels[i] >> 8 & 0xFF) + 0.114 * (pixels[i] & 0xFF);
        }
        return Math.sqrt(variance(tone));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / values.length;
    }
}

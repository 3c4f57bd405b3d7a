package dev.loupe.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRendererTest {
    private static final long MAX_PIXELS = 120_000_000L;

    @TempDir
    static Path generated;

    private static GeneratedDocument pdf;
    private static GeneratedDocument png;

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer(MAX_PIXELS);

    @BeforeAll
    static void generateOneOfEachFormat() throws IOException {
        List<GeneratedDocument> documents = SyntheticDocuments.only(List.of(GeneratedDocument.CLAIM_FORM))
                .generate(generated, 12, 11);
        pdf = documents.stream().filter(d -> d.format().equals("pdf")).findFirst().orElseThrow();
        png = documents.stream().filter(d -> d.format().equals("png")).findFirst().orElseThrow();
    }

    @Test
    void rendersAPdfPageAtTheRequestedResolution() {
        try (PageSource source = renderer.open(pdf.file(), MediaTypes.PDF)) {
            assertThat(source.pageCount()).isEqualTo(1);
            PageImage atPoints = source.render(0, 72);
            PageImage doubled = source.render(0, 144);

            assertThat(atPoints.width()).isIn(612, 595);
            assertThat(atPoints.height()).isIn(792, 841);
            assertThat(doubled.width()).isBetween(2 * atPoints.width() - 1, 2 * atPoints.width() + 1);
            assertThat(doubled.height()).isBetween(2 * atPoints.height() - 1, 2 * atPoints.height() + 1);
            assertOpaqueWithInk(doubled);
        }
    }

    @Test
    void rendersAnImageAsA150DpiPage() throws IOException {
        BufferedImage original = ImageIO.read(png.file().toFile());
        try (PageSource source = renderer.open(png.file(), MediaTypes.PNG)) {
            assertThat(source.pageCount()).isEqualTo(1);
            PageImage native150 = source.render(0, 150);
            PageImage half = source.render(0, 75);

            assertThat(native150.width()).isEqualTo(original.getWidth());
            assertThat(native150.height()).isEqualTo(original.getHeight());
            assertThat(native150.argb()[original.getWidth() * 100 + 100]).isEqualTo(original.getRGB(100, 100));
            assertThat(half.width()).isEqualTo(Math.round(original.getWidth() / 2f));
            assertThat(half.height()).isEqualTo(Math.round(original.getHeight() / 2f));
            assertOpaqueWithInk(half);
        }
    }

    @Test
    void eachImageOfAMultiPageTiffIsAPage() throws IOException {
        List<BufferedImage> pages = List.of(page(100, 140), page(120, 160), page(80, 60));
        Path tiff = BadFiles.multiPageTiff(pages, dir.resolve("fax.tif"));

        try (PageSource source = renderer.open(tiff, MediaTypes.TIFF)) {
            assertThat(source.pageCount()).isEqualTo(3);
            PageImage third = source.render(2, 300);
            assertThat(third.width()).isEqualTo(160);
            assertThat(third.height()).isEqualTo(120);
            assertThat(source.render(1, 150).width()).isEqualTo(120);
        }
    }

    @Test
    void opensAJpeg() throws IOException {
        Path jpeg = dir.resolve("photo.jpg");
        ImageIO.write(page(300, 200), "jpeg", jpeg.toFile());

        try (PageSource source = renderer.open(jpeg, MediaTypes.JPEG)) {
            assertThat(source.render(0, 300).width()).isEqualTo(600);
        }
    }

    @Test
    void aPageOutsideTheDocumentIsAProgrammingError() {
        try (PageSource source = renderer.open(png.file(), MediaTypes.PNG)) {
            assertThatThrownBy(() -> source.render(1, 150)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> source.render(-1, 150)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> source.render(0, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = dir.resolve("gone.pdf");
        assertUnreadable(() -> renderer.open(missing, MediaTypes.PDF), missing, "does not exist");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertUnreadable(() -> renderer.open(empty, MediaTypes.PDF), empty, "is empty (0 bytes)",
                "Fetch the file again");
        assertUnreadable(() -> renderer.open(empty, MediaTypes.PNG), empty, "is empty (0 bytes)");
    }

    @Test
    void aTruncatedPdfIsRefused() throws IOException {
        Path half = BadFiles.truncated(pdf.file(), dir.resolve("half.pdf"));
        assertUnreadable(() -> renderer.open(half, MediaTypes.PDF), half, "is not a readable PDF", "intact copy");
    }

    @Test
    void somethingElseCalledPdfIsRefused() {
        assertUnreadable(() -> renderer.open(png.file(), MediaTypes.PDF), png.file(), "is not a readable PDF");
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        Path locked = BadFiles.passwordProtectedPdf(dir.resolve("locked.pdf"));
        assertUnreadable(() -> renderer.open(locked, MediaTypes.PDF), locked, "protected by a password",
                "copy without a password");
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws IOException {
        Path blank = BadFiles.pdfWithoutPages(dir.resolve("blank.pdf"));
        assertUnreadable(() -> renderer.open(blank, MediaTypes.PDF), blank, "no pages", "complete document");
    }

    @Test
    void aPdfPageTooLargeToRenderIsRefusedAtThatResolutionOnly() throws IOException {
        Path poster = BadFiles.pdfWithHugePage(dir.resolve("poster.pdf"));
        try (PageSource source = renderer.open(poster, MediaTypes.PDF)) {
            assertUnreadable(() -> source.render(0, 144), poster, "28800 x 28800 pixels (829 megapixels) at 144 dpi",
                    "more than the 120 megapixels", "Zoom out");
            assertThat(source.render(0, 9).width()).isEqualTo(1800);
        }
    }

    @Test
    void anUnsupportedMediaTypeIsRefusedWithWhatIsSupported() throws IOException {
        Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {1, 2, 3});
        assertUnreadable(() -> renderer.open(clip, "video/mp4"), clip, "'video/mp4'",
                "PDF (application/pdf), PNG (image/png), JPEG (image/jpeg) and TIFF (image/tiff)");
        assertUnreadable(() -> renderer.open(clip, null), clip, "has no media type", "Convert it to one of");
    }

    @Test
    void aCorruptImageIsRefused() throws IOException {
        byte[] noise = new byte[4096];
        Arrays.fill(noise, (byte) 0x5A);
        Path garbage = Files.write(dir.resolve("garbage.png"), noise);
        assertUnreadable(() -> renderer.open(garbage, MediaTypes.PNG), garbage, "not a readable PNG, JPEG or TIFF");
    }

    @Test
    void aTruncatedImageIsRefusedWhenItsPageIsDecoded() throws IOException {
        Path half = BadFiles.truncated(png.file(), dir.resolve("half.png"));
        try (PageSource source = renderer.open(half, MediaTypes.PNG)) {
            assertUnreadable(() -> source.render(0, 150), half, "could not be decoded", "intact copy");
        }
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        Path bomb = BadFiles.pngClaiming(30_000, 30_000, dir.resolve("bomb.png"));
        assertThat(Files.size(bomb)).isLessThan(100);
        assertUnreadable(() -> renderer.open(bomb, MediaTypes.PNG), bomb, "30000 x 30000 pixels (900 megapixels)",
                "more than the 120 megapixels", "smaller scan");
    }

    @Test
    void theDefaultLimitNeverExceeds120Megapixels() throws IOException {
        Path bomb = BadFiles.pngClaiming(11_000, 11_000, dir.resolve("bomb.png"));
        assertThatThrownBy(() -> new DocumentRenderer().open(bomb, MediaTypes.PNG))
                .isInstanceOf(UnreadableMediaException.class).hasMessageContaining("121 megapixels");
    }

    @Test
    void aFolderIsRefused() {
        assertUnreadable(() -> renderer.open(dir, MediaTypes.PDF), dir, "is a folder");
    }

    private static void assertUnreadable(ThrowingCallable call, Path file, String... phrases) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(UnreadableMediaException.class)
                .hasMessageContaining("'" + file + "'")
                .hasMessageContainingAll(phrases)
                .hasMessageEndingWith(".");
    }

    private static void assertOpaqueWithInk(PageImage page) {
        assertThat(Arrays.stream(page.argb()).allMatch(p -> p >>> 24 == 0xFF)).isTrue();
        assertThat(Arrays.stream(page.argb()).anyMatch(p -> (p & 0xFF) < 100)).as("some dark pixels").isTrue();
    }

    private static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }
}

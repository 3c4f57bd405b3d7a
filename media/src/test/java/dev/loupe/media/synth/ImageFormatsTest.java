package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.MediaTypes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFormatsTest {
    private static final Medium IMAGES = Medium.of(Format.PNG);
    private static final List<List<Integer>> LETTER_OR_A4_AT_150_DPI = List.of(List.of(1275, 1650),
            List.of(1240, 1754));

    @TempDir
    Path dir;

    @Test
    void eachImageFormatWritesAFileOfItsMediaTypeThatOpensAsOnePage() throws IOException {
        for (Format format : List.of(Format.JPEG, Format.TIFF, Format.PHONE_PHOTO)) {
            for (long seed = 0; seed < 3; seed++) {
                Path file = print(format, List.of(claimForm(seed), receipt(seed)).get((int) seed % 2), seed);

                assertThat(MediaTypes.fromFileName(file.getFileName().toString())).contains(format.mediaType);
                assertThat(format.hasTextLayer()).isFalse();
                BufferedImage image = ImageIO.read(file.toFile());
                assertThat(image).as(format.wireName).isNotNull();
                assertThat(image.getWidth()).isGreaterThan(800);
                try (PageSource source = new DocumentRenderer().open(file, format.mediaType)) {
                    assertThat(source.pageCount()).isEqualTo(1);
                    assertThat(source.render(0, 72).width()).isPositive();
                }
            }
        }
    }

    @Test
    void aJpegIsTheWholeScannedPageAt150Dpi() throws IOException {
        Path file = print(Format.JPEG, claimForm(4), 4);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xFF, 0xD8, 0xFF);
        try (PageSource source = new DocumentRenderer().open(file, MediaTypes.JPEG)) {
            PageImage page = source.render(0, 150);
            assertThat(List.of(page.width(), page.height())).isIn(LETTER_OR_A4_AT_150_DPI);
        }
    }

    @Test
    void aTiffHoldsEveryPageOfTheDocumentScanned() throws IOException {
        for (long seed = 0; seed < 4; seed++) {
            List<Sheet> pages = List.of(claimForm(seed), receipt(seed));
            Path file = dir.resolve("two-pages-" + seed + ".tif");

            Printing.print(Format.TIFF, pages, List.of(Optional.empty(), Optional.empty()), "Two pages", "id",
                    new Random(seed), file);

            assertThat(new String(Files.readAllBytes(file), 0, 2, StandardCharsets.ISO_8859_1)).isIn("II", "MM");
            try (PageSource source = new DocumentRenderer().open(file, MediaTypes.TIFF)) {
                assertThat(source.pageCount()).isEqualTo(2);
                for (int page = 0; page < 2; page++) {
                    PageImage image = source.render(page, 150);
                    assertThat(List.of(image.width(), image.height())).isIn(LETTER_OR_A4_AT_150_DPI);
                }
            }
        }
        assertThat(Medium.of(Format.TIFF).maxPages()).isEqualTo(2);
    }

    @Test
    void aScannedPdfHoldsEveryPageAsAPictureAndNoText() throws IOException {
        Path file = dir.resolve("scanned.pdf");

        Printing.print(Format.SCANNED_PDF, List.of(claimForm(5), receipt(5)), List.of(Optional.empty(),
                Optional.empty()), "Scanned", "id", new Random(5), file);

        assertThat(Format.SCANNED_PDF.hasTextLayer()).isFalse();
        assertThat(Medium.of(Format.SCANNED_PDF).maxPages()).isEqualTo(2);
        try (PageSource source = new DocumentRenderer().open(file, MediaTypes.PDF)) {
            assertThat(source.pageCount()).isEqualTo(2);
            PageImage first = source.render(0, 150);
            // PDF page sizes are in points, so a page rendered at 150 dpi can come out a pixel short.
            assertThat(LETTER_OR_A4_AT_150_DPI).anySatisfy(size -> {
                assertThat(first.width()).isCloseTo(size.get(0), org.assertj.core.api.Assertions.within(1));
                assertThat(first.height()).isCloseTo(size.get(1), org.assertj.core.api.Assertions.within(1));
            });
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).strip()).isEmpty();
        }
    }

    @Test
    void aPhonePhotoShowsThePageSmallerThanAScanWithTheTableAroundIt() throws IOException {
        for (long seed = 0; seed < 4; seed++) {
            Sheet sheet = claimForm(seed);
            BufferedImage photo = ImageIO.read(print(Format.PHONE_PHOTO, sheet, seed).toFile());

            double pageWidth = sheet.width() / 72;
            assertThat(photo.getWidth()).isBetween((int) (pageWidth * 100), (int) (pageWidth * 120 * 1.2));
            assertThat(photo.getWidth()).isLessThan((int) Math.round(pageWidth * ScanPrinter.DPI));
            int corner = photo.getRGB(2, 2);
            int middle = photo.getRGB(photo.getWidth() / 2, photo.getHeight() / 2);
            assertThat(Math.abs((corner >> 8 & 0xFF) - (middle >> 8 & 0xFF)) + Math.abs((corner & 0xFF)
                    - (middle & 0xFF))).as("seed %d: the table differs from the paper", seed).isGreaterThan(20);
        }
    }

    @Test
    void aBatchComesInEveryFormatAndEachDocumentIsLaidOutAsItIsWritten() throws IOException {
        SyntheticDocuments generator = new SyntheticDocuments();
        List<GeneratedDocument> written = generator.generate(dir, 40, 9);

        Set<Format> seen = EnumSet.noneOf(Format.class);
        for (int number = 1; number <= written.size(); number++) {
            GeneratedDocument document = written.get(number - 1);
            LaidOutDocument laidOut = generator.layOut(9, number);
            Format format = Arrays.stream(Format.values()).filter(f -> f.wireName.equals(document.format()))
                    .findFirst().orElseThrow();
            seen.add(format);
            assertThat(laidOut.format()).isEqualTo(document.format());
            assertThat(laidOut.pages()).hasSize(document.pages());
            assertThat(document.mediaType()).isEqualTo(format.mediaType);
            assertThat(document.file().getFileName().toString()).endsWith("." + format.extension);
            try (PageSource source = new DocumentRenderer().open(document.file(), document.mediaType())) {
                assertThat(source.pageCount()).as(document.file().toString()).isEqualTo(document.pages());
            }
            List<String> words = laidOut.pages().stream().flatMap(page -> page.words().stream())
                    .map(TruthWord::text).toList();
            String text = Files.readString(document.truthText(), StandardCharsets.UTF_8);
            assertThat(words).containsExactlyElementsOf(text.isBlank() ? List.of()
                    : Arrays.asList(text.trim().split("\\s+")));
        }
        assertThat(seen).containsExactlyInAnyOrder(Format.values());
    }

    private Path print(Format format, Sheet sheet, long seed) throws IOException {
        Path file = dir.resolve(format.wireName + "-" + seed + "." + format.extension);
        Printing.print(format, List.of(sheet), List.of(Optional.empty()), "A page", "id", new Random(seed), file);
        return file;
    }

    private static Sheet claimForm(long seed) {
        return ClaimForm.compose(new Random(seed), IMAGES).pages().get(0);
    }

    private static Sheet receipt(long seed) {
        return Receipt.compose(new Random(seed), IMAGES).pages().get(0);
    }
}

package dev.loupe.inference.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.Problem;
import dev.loupe.core.annotation.TextSource;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.ReadText;
import dev.loupe.media.BadFiles;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.MediaTypes;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Tesseract and PDFBox over real files, good and bad. */
class DocumentReaderTest {
    private static final DocumentReader.Limits LIMITS = new DocumentReader.Limits(100, Duration.ofSeconds(120),
            Duration.ofSeconds(20));
    private static TesseractOcr ocr;

    @TempDir
    Path folder;

    @BeforeAll
    static void startOcr(@TempDir Path cache) {
        ocr = new TesseractOcr(TessData.find(Optional.empty(), "eng", cache), 2);
    }

    @AfterAll
    static void stopOcr() {
        ocr.close();
    }

    private ReadText read(Path file) {
        return reader(Clock.systemUTC(), LIMITS).read(file, MediaTypes.fromFileName(file.toString()).orElse("x/y"),
                file.getFileName().toString());
    }

    private static DocumentReader reader(Clock clock, DocumentReader.Limits limits) {
        return new DocumentReader(new DocumentRenderer(), ocr, limits, clock);
    }

    @Test
    void aScanIsReadByOcrWithBoxesAroundItsWords() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("scan.png"), "Claim number CLM-2024-001234",
                "Total due 1,234.56");

        ReadText text = read(scan);

        assertThat(text.status()).isEqualTo(AnnotationStatus.COMPLETE);
        assertThat(text.pages()).singleElement().satisfies(page -> {
            assertThat(page.source()).isEqualTo(TextSource.OCR);
            assertThat(page.width()).isEqualTo(1240);
        });
        assertThat(text.lines()).extracting(line -> line.text())
                .containsExactly("Claim number CLM-2024-001234", "Total due 1,234.56");
        Word claim = text.words().get(2);
        assertThat(claim.text()).isEqualTo("CLM-2024-001234");
        assertThat(claim.model().name()).isEqualTo("tesseract");
        assertThat(claim.confidence()).isGreaterThan(0.8);
        // Drawn from x = 120 px at a baseline of 150 px on a 1240 x 1754 page, 30 px type.
        assertThat(claim.box().x()).isGreaterThan(0.2).isLessThan(0.5);
        assertThat(claim.box().y()).isBetween(120 / 1754.0, 150 / 1754.0);
        assertThat(claim.box().bottom()).isBetween(140 / 1754.0, 165 / 1754.0);
    }

    @Test
    void aPdfsTextLayerIsReadWithoutOcr() throws IOException {
        GeneratedDocument pdf = SyntheticDocuments.only(List.of(GeneratedDocument.CLAIM_FORM))
                .generate(folder, 6, 7).stream().filter(d -> d.mediaType().equals(MediaTypes.PDF)).findFirst()
                .orElseThrow();

        ReadText text = read(pdf.file());

        assertThat(text.status()).isEqualTo(AnnotationStatus.COMPLETE);
        assertThat(text.pages()).allSatisfy(page -> assertThat(page.source()).isEqualTo(TextSource.TEXT_LAYER));
        assertThat(text.words()).allSatisfy(word -> assertThat(word.confidence()).isEqualTo(1.0));
        String truth = Files.readString(pdf.truthText()).replaceAll("\\s+", " ").trim();
        String read = String.join(" ", text.words().stream().map(Word::text).toList());
        assertThat(read).isEqualTo(truth);
        assertThat(text.models()).extracting(m -> m.name()).containsExactly("pdf-text-layer");
    }

    @Test
    void aPageWithNoTextIsUnreadableWithASentence() throws IOException {
        ReadText text = read(TestDocuments.blank(folder.resolve("blank.png")));

        assertThat(text.status()).isEqualTo(AnnotationStatus.UNREADABLE);
        assertThat(text.problems()).extracting(Problem::code).containsExactly("no-text");
        assertThat(text.problems().get(0).message()).startsWith("No text could be read in 'blank.png'");
    }

    @Test
    void anEmptyFileIsUnreadable() throws IOException {
        ReadText text = read(Files.write(folder.resolve("empty.pdf"), new byte[0]));

        assertUnreadable(text, "empty", "'empty.pdf' is empty (0 bytes)");
    }

    @Test
    void aCorruptFileIsUnreadable() throws IOException {
        ReadText text = read(Files.write(folder.resolve("noise.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3, 4}));

        assertUnreadable(text, "unreadable", "'noise.pdf' is not a readable PDF");
    }

    @Test
    void aTruncatedScanIsUnreadableAndATruncatedPdfSaysWhatItCould() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("whole.png"), "Invoice INV-2024-00123");
        ReadText png = read(BadFiles.truncated(scan, folder.resolve("cut.png")));
        assertThat(png.status()).isEqualTo(AnnotationStatus.UNREADABLE);
        assertThat(png.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("cut.png"));

        Path pdf = TestDocuments.longPdf(folder.resolve("whole.pdf"), 3);
        ReadText cut = read(BadFiles.truncated(pdf, folder.resolve("cut.pdf")));
        assertThat(cut.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("cut.pdf"));
    }

    @Test
    void anEncryptedPdfIsUnreadable() throws IOException {
        ReadText text = read(BadFiles.passwordProtectedPdf(folder.resolve("locked.pdf")));

        assertUnreadable(text, "encrypted", "'locked.pdf' is protected by a password");
    }

    @Test
    void aHugeImageIsRefusedBeforeItIsDecoded() throws IOException {
        ReadText text = read(BadFiles.pngClaiming(30_000, 30_000, folder.resolve("huge.png")));

        assertUnreadable(text, "too-large", "'huge.png' is 30000 x 30000 pixels");
    }

    /** One page at a time, and only the first hundred: a 500-page PDF costs no more memory than one page. */
    @Test
    void aFiveHundredPagePdfIsReadUpToThePageCapAndSaysWhatWasLeft() throws IOException {
        ReadText text = read(TestDocuments.longPdf(folder.resolve("statement.pdf"), 500));

        assertThat(text.pages()).hasSize(100);
        assertThat(text.status()).isEqualTo(AnnotationStatus.PARTIAL);
        assertThat(text.problems()).extracting(Problem::code).containsExactly("pages-skipped");
        assertThat(text.problems().get(0).message()).contains("has 500 pages").contains("pages 101 to 500");
        assertThat(text.words().get(text.words().size() - 1).page()).isEqualTo(99);
    }

    @Test
    void pagesPastTheTimeBudgetAreLeftForTheReviewer() throws IOException {
        Path pdf = TestDocuments.longPdf(folder.resolve("slow.pdf"), 5);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        Clock ticking = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            /** Each page the reader starts costs it a minute. */
            @Override
            public Instant instant() {
                Instant now = clock.instant();
                clock.advance(Duration.ofMinutes(1));
                return now;
            }
        };

        ReadText text = reader(ticking, LIMITS).read(pdf, MediaTypes.PDF, "slow.pdf");

        assertThat(text.pages()).hasSize(2);
        assertThat(text.problems()).extracting(Problem::code).containsExactly("time-budget");
        assertThat(text.problems().get(0).message()).contains("Pages 3 to 5 of 'slow.pdf' were not read");
    }

    @Test
    void ocrStopsAtItsDeadline() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("dense.png"), lines(20));

        ReadText text = reader(Clock.systemUTC(), new DocumentReader.Limits(100, Duration.ofSeconds(120),
                Duration.ofMillis(1))).read(scan, MediaTypes.PNG, "dense.png");

        assertThat(text.problems()).extracting(Problem::code).contains("ocr-deadline");
        assertThat(text.problems().get(0).message()).contains("OCR of page 1 of 'dense.png' was stopped");
    }

    private static String[] lines(int count) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = "Line " + i + " of a dense page: 12 Jan 2024, INV-2024-" + (1000 + i) + ", total 1,234.56";
        }
        return lines;
    }

    private static void assertUnreadable(ReadText text, String code, String sentenceStart) {
        assertThat(text.status()).isEqualTo(AnnotationStatus.UNREADABLE);
        assertThat(text.words()).isEmpty();
        assertThat(text.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.message()).startsWith(sentenceStart).endsWith(".");
        });
    }
}

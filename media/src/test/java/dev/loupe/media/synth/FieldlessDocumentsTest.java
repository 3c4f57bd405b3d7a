package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldlessDocumentsTest {
    private static final List<DocType> FIELDLESS = List.of(DocType.POLICE_REPORT, DocType.ID_DOCUMENT,
            DocType.CORRESPONDENCE, DocType.OTHER);
    private static final List<Face> ALL_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);

    @TempDir
    Path dir;

    @Test
    void eachFieldlessTypeLaysOutInsideThePageWithNoRunsOverlappingAndNoFields() {
        for (DocType type : FIELDLESS) {
            for (int seed = 0; seed < 150; seed++) {
                for (Medium medium : List.of(new Medium(ALL_FACES, 1, 1), new Medium(List.of(Face.SANS), 1, 2))) {
                    Composed composed = type.compose(new Random(seed), medium);
                    String where = type + " seed " + seed;
                    assertThat(composed.fields()).as(where).isEmpty();
                    assertThat(composed.pages()).as(where).hasSizeBetween(1, medium.maxPages());
                    for (Sheet page : composed.pages()) {
                        assertWordsInside(page, where);
                        assertNoWordsOverlap(page, where);
                    }
                }
            }
        }
    }

    @Test
    void lettersAndPoliceReportsRunToASecondPageWhenAsked() {
        for (DocType type : List.of(DocType.POLICE_REPORT, DocType.CORRESPONDENCE)) {
            for (int seed = 0; seed < 30; seed++) {
                Composed composed = type.compose(new Random(seed), new Medium(List.of(Face.SANS), 2, 2));
                assertThat(composed.pages()).as(type + " seed " + seed).hasSize(2);
                assertThat(composed.pages().get(1).text()).as(type + " seed " + seed).isNotEmpty();
            }
        }
    }

    @Test
    void theTextNamesPeopleAndTheirDetailsAsRealDocumentsDo() {
        for (int seed = 0; seed < 40; seed++) {
            String police = text(DocType.POLICE_REPORT, seed);
            assertThat(police).containsAnyOf("Report", "REPORT").containsPattern("(?i)badge");
            String id = text(DocType.ID_DOCUMENT, seed);
            assertThat(id).containsPattern("(?i)(licen[cs]e|identi|passport|permis|rijbewijs|fuhrer)");
            String letter = text(DocType.CORRESPONDENCE, seed);
            assertThat(letter).containsPattern("\\d").containsPattern("(Dear|Hello|From:)");
        }
    }

    @Test
    void passportZonesCarryTheirCheckDigits() {
        assertThat(IdDocument.check("L898902C<")).isEqualTo(3);
        assertThat(IdDocument.check("690806")).isEqualTo(1);
        assertThat(IdDocument.check("940623")).isEqualTo(6);
    }

    @Test
    void theGeneratorWritesEachFieldlessTypeInItsFormatsWithItsText() throws IOException {
        for (DocType type : FIELDLESS) {
            List<GeneratedDocument> written = SyntheticDocuments.only(List.of(type.wireName))
                    .generate(dir.resolve(type.wireName), 4, 11);
            assertThat(written).extracting(GeneratedDocument::docType).containsOnly(type.wireName);
            assertThat(written).extracting(GeneratedDocument::format)
                    .isSubsetOf(type.formats.stream().map(format -> format.wireName).toList())
                    .doesNotHaveDuplicates();
            for (GeneratedDocument document : written) {
                assertThat(document.fields()).isEmpty();
                assertThat(document.file()).exists();
                assertThat(document.file().getFileName().toString()).startsWith(type.prefix + "-");
                List<String> text = Files.readAllLines(document.truthText(), StandardCharsets.UTF_8);
                assertThat(text).hasSizeGreaterThan(10);
            }
        }
    }

    private static String text(DocType type, int seed) {
        Composed composed = type.compose(new Random(seed), new Medium(ALL_FACES, 1, 2));
        return String.join("\n", composed.pages().stream().flatMap(page -> page.text().stream()).toList());
    }

    private static void assertWordsInside(Sheet page, String where) {
        for (TruthWord word : page.words(Optional.empty()).words()) {
            assertThat(word.x()).as("%s: %s", where, word.text()).isGreaterThanOrEqualTo(0.02);
            assertThat(word.x() + word.width()).as("%s: %s", where, word.text()).isLessThanOrEqualTo(0.98);
            assertThat(word.y()).as("%s: %s", where, word.text()).isGreaterThanOrEqualTo(0.02);
            assertThat(word.y() + word.height()).as("%s: %s", where, word.text()).isLessThanOrEqualTo(0.97);
        }
    }

    /** Words must not run into each other, or OCR reads them as one. */
    private static void assertNoWordsOverlap(Sheet page, String where) {
        List<TruthWord> words = page.words(Optional.empty()).words();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                TruthWord a = words.get(i);
                TruthWord b = words.get(j);
                boolean across = a.x() < b.x() + b.width() && b.x() < a.x() + a.width();
                boolean down = a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertThat(across && down).as("%s: '%s' overlaps '%s'", where, a.text(), b.text()).isFalse();
            }
        }
    }
}

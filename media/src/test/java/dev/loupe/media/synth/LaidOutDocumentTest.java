package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaidOutDocumentTest {
    private static final int COUNT = 12;
    /** Fields whose printed value differs from the normalised truth, or that no word prints. */
    private static final List<String> REFORMATTED = List.of("date", "date_of_loss", "date_of_service", "total",
            "currency");

    private final SyntheticDocuments generator = new SyntheticDocuments();

    @TempDir
    Path dir;

    @Test
    void aLaidOutDocumentIsTheOneGenerateWritesWordForWord() throws IOException {
        for (long seed : new long[] {1, 42, 20_261_122L}) {
            List<GeneratedDocument> written = generator.generate(dir.resolve("seed-" + seed), COUNT, seed);
            for (int number = 1; number <= COUNT; number++) {
                GeneratedDocument document = written.get(number - 1);
                LaidOutDocument laidOut = generator.layOut(seed, number);
                String where = "seed " + seed + ", document " + number;

                JsonNode truth = Json.mapper().readTree(document.truthJson().toFile());
                assertThat(laidOut.docType()).as(where).isEqualTo(truth.path("type").asText());
                Map<String, String> fields = new LinkedHashMap<>();
                truth.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                assertThat(laidOut.fields()).as(where).isEqualTo(fields);
                assertThat(laidOut.format()).as(where).isEqualTo(document.format());

                String text = Files.readString(document.truthText(), StandardCharsets.UTF_8);
                assertThat(words(laidOut)).as(where).containsExactlyElementsOf(text.isEmpty() ? List.of()
                        : Arrays.asList(text.trim().split("\\s+")));
            }
        }
    }

    @Test
    void eachFieldsTaggedWordsSpellItsPrintedValueAndNoLabel() {
        for (int number = 1; number <= COUNT; number++) {
            LaidOutDocument document = generator.layOut(7, number);
            Map<String, String> tagged = document.pages().stream().flatMap(page -> page.words().stream())
                    .filter(word -> word.field() != null)
                    .collect(Collectors.groupingBy(TruthWord::field, LinkedHashMap::new,
                            Collectors.mapping(TruthWord::text, Collectors.joining(" "))));

            assertThat(tagged.keySet()).containsExactlyInAnyOrderElementsOf(document.fields().keySet().stream()
                    .filter(field -> !field.equals("currency")).toList());
            for (Map.Entry<String, String> field : document.fields().entrySet()) {
                if (!REFORMATTED.contains(field.getKey())) {
                    assertThat(tagged.get(field.getKey())).as("document %d: %s", number, field.getKey())
                            .isEqualTo(field.getValue());
                }
            }
            if (document.fields().containsKey("total")) {
                assertThat(tagged.get("total").replaceAll("[^0-9]", ""))
                        .isEqualTo(document.fields().get("total").replace(".", ""));
            }
            assertThat(tagged.values()).noneMatch(value -> value.endsWith(":") || value.startsWith("Date"));
        }
    }

    @Test
    void everyWordsBoxLiesOnItsPage() {
        for (int number = 1; number <= 40; number++) {
            LaidOutDocument document = generator.layOut(3, number);
            for (LaidOutPage page : document.pages()) {
                if (!document.docType().equals(GeneratedDocument.DAMAGE_PHOTO)) {
                    assertThat(page.widthPoints()).isIn(612.0, 595.28);
                }
                for (TruthWord word : page.words()) {
                    assertThat(word.text()).isNotBlank().doesNotContain(" ");
                    assertThat(word.width()).as(word.text()).isPositive();
                    assertThat(word.height()).as(word.text()).isPositive();
                    assertThat(word.x()).as(word.text()).isBetween(0.0, 1.0 - word.width());
                    assertThat(word.y()).as(word.text()).isBetween(0.0, 1.0 - word.height());
                }
            }
        }
    }

    @Test
    void layingOutIsRepeatableAndIndependentOfWhatCameBefore() {
        assertThat(generator.layOut(5, 9)).isEqualTo(new SyntheticDocuments().layOut(5, 9));
        assertThat(generator.layOut(5, 9)).isNotEqualTo(generator.layOut(6, 9));
        assertThatThrownBy(() -> generator.layOut(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> words(LaidOutDocument document) {
        return document.pages().stream().flatMap(page -> page.words().stream()).map(TruthWord::text).toList();
    }
}

package dev.loupe.inference.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.inference.features.PageWords;
import dev.loupe.inference.features.TextView;
import dev.loupe.inference.normalize.Validators;
import dev.loupe.inference.training.DocumentModelTrainer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding the tagger's word probabilities into fields, with the product's reader of values. */
class FieldTaggerTest {
    private static final List<String> LABELS = DocumentModelTrainer.fieldLabels();
    private static final ModelRef MODEL = new ModelRef("field-tagger", "test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final FieldTagger tagger = new FieldTagger(LABELS, MODEL);

    private final TextView receipt = new PageWords()
            .line("Blue", "Fern", "Cafe")
            .line("Date:", "14/03/2024")
            .line("Subtotal", "12.50")
            .line("TOTAL", "$13.75")
            .view();

    private final FieldReader reader = NormalisingFieldReader.forDocument(receipt.words(), new Validators(CLOCK));

    @Test
    void aRunOfTaggedWordsBecomesTheFieldWithItsNormalValueAndBox() {
        float[][] p = none(receipt);
        give(p, 0, FieldName.VENDOR, 0.97f);
        give(p, 1, FieldName.VENDOR, 0.95f);
        give(p, 2, FieldName.VENDOR, 0.96f);
        give(p, 4, FieldName.DATE, 0.98f);
        give(p, 8, FieldName.TOTAL, 0.97f);

        List<Field> fields = tagger.fields(receipt, DocumentType.RECEIPT, p, reader);

        assertThat(fields).extracting(Field::name).containsExactly(FieldName.VENDOR, FieldName.DATE, FieldName.TOTAL);
        assertThat(fields.get(0).raw()).isEqualTo("Blue Fern Cafe");
        assertThat(fields.get(0).words()).containsExactly(0, 1, 2);
        assertThat(fields.get(1).value()).isEqualTo("2024-03-14");
        Field total = fields.get(2);
        assertThat(total.value()).isEqualTo("13.75");
        assertThat(total.currency()).isEqualTo("USD");
        assertThat(total.check()).isEqualTo(FieldCheck.VALID);
        assertThat(total.box()).isEqualTo(receipt.word(8).box());
        assertThat(total.model()).isEqualTo(MODEL);
    }

    @Test
    void aFieldNoWordIsGivenToIsMissing() {
        Field date = tagger.fields(receipt, DocumentType.RECEIPT, none(receipt), reader).get(1);

        assertThat(date.check()).isEqualTo(FieldCheck.MISSING);
        assertThat(date.note()).isEqualTo("No date was found on the document.");
    }

    @Test
    void aValidCandidateBeatsABetterScoredOneThatDoesNotRead() {
        float[][] p = none(receipt);
        give(p, 0, FieldName.DATE, 0.9f);
        give(p, 4, FieldName.DATE, 0.6f);

        Field date = tagger.fields(receipt, DocumentType.RECEIPT, p, reader).get(1);

        assertThat(date.value()).isEqualTo("2024-03-14");
        assertThat(date.check()).as("a close rival lowers the confidence").isEqualTo(FieldCheck.LOW_CONFIDENCE);
        assertThat(date.note()).isNotEmpty();
    }

    @Test
    void aValueThatFailsItsCheckIsShownAsInvalid() {
        TextView page = new PageWords().line("Date:", "31/02/2024").view();
        float[][] p = none(page);
        give(p, 1, FieldName.DATE, 0.99f);

        Field date = tagger.fields(page, DocumentType.RECEIPT, p,
                NormalisingFieldReader.forDocument(page.words(), new Validators(CLOCK))).get(1);

        assertThat(date.check()).isEqualTo(FieldCheck.INVALID);
        assertThat(date.note()).contains("February 2024 has 29 days");
        assertThat(date.confidence()).isLessThan(FieldTagger.CONFIDENT);
    }

    private static float[][] none(TextView view) {
        float[][] p = new float[view.words().size()][LABELS.size()];
        for (float[] row : p) {
            row[0] = 1;
        }
        return p;
    }

    private static void give(float[][] p, int word, FieldName field, float probability) {
        p[word][0] = 1 - probability;
        p[word][LABELS.indexOf(field.wire())] = probability;
    }
}

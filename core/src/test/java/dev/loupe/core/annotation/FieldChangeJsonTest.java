package dev.loupe.core.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.WorkItem;
import dev.loupe.core.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeJsonTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:15:30Z");
    private static final Lease LEASE = new Lease("ls-1", 7, T0.plusSeconds(300), new WorkItem("it-1", "claims",
            ItemKind.DOCUMENT, 5, T0.plusSeconds(3600), ItemState.LEASED, T0, List.of(), Map.of()));
    private static final ModelRef TAGGER = new ModelRef("field-tagger", "synth-1");

    private final List<FieldChange> changes = List.of(
            new FieldChange("receipt.pdf", FieldName.TOTAL, "12.50", "12.80", FieldChange.Method.TYPED, List.of()),
            new FieldChange("receipt.pdf", FieldName.VENDOR, "", "ACME LTD", FieldChange.Method.PICKED_WORD, List.of(3, 4)),
            new FieldChange("invoice.pdf", FieldName.DATE, "2024-01-12", "2024-01-21", FieldChange.Method.REGION, List.of(9)));

    @Test
    void aChangeSurvivesARoundTripWithLowerCaseMethods() throws JsonProcessingException {
        for (FieldChange change : changes) {
            String json = Json.mapper().writeValueAsString(change);
            assertThat(Json.mapper().readValue(json, FieldChange.class)).isEqualTo(change);
        }
        JsonNode picked = Json.mapper().valueToTree(changes.get(1));
        assertThat(picked.get("field").asText()).isEqualTo("vendor");
        assertThat(picked.get("how").asText()).isEqualTo("picked-word");
        assertThat(picked.get("words")).hasSize(2);
        assertThatThrownBy(() -> FieldChange.Method.fromWire("guessed")).hasMessageContaining("typed, picked-word");
    }

    @Test
    void aCorrectionCarriesItsDiffThroughADecision() throws JsonProcessingException {
        JsonNode proposals = Json.mapper().readTree("[{\"kind\":\"document\",\"annotation\":{\"name\":\"a.png\"}}]");
        JsonNode corrected = Json.mapper().readTree("[{\"kind\":\"document\",\"annotation\":{\"name\":\"b.png\"}}]");
        Decision decision = Decision.correct(LEASE, 3100, proposals, corrected, FieldChange.toDiff(changes),
                Map.of("field-tagger", "synth-1"));

        Decision back = Json.mapper().readValue(Json.mapper().writeValueAsString(decision), Decision.class);

        assertThat(back).isEqualTo(decision);
        assertThat(back.outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(back.timeSpentMs()).isEqualTo(3100);
        assertThat(FieldChange.fromDiff(back.diff())).isEqualTo(changes);
        assertThat(Json.mapper().valueToTree(back).get("outcome").asText()).isEqualTo("corrected");
    }

    @Test
    void aDiffElementOfAnotherShapeIsPassedOver() throws JsonProcessingException {
        JsonNode diff = Json.mapper().readTree(
                "[{\"type\":{\"before\":\"invoice\"}},{\"field\":\"total\",\"after\":\"3\",\"how\":\"typed\"}]");
        assertThat(FieldChange.fromDiff(diff)).containsExactly(
                new FieldChange("", FieldName.TOTAL, "", "3", FieldChange.Method.TYPED, List.of()));
    }

    @Test
    void aTypeChangeSitsInTheSameDiffAsTheFieldChangesAndEachReadsItsOwn() throws JsonProcessingException {
        TypeChange retyped = new TypeChange("scan.pdf", DocumentType.RECEIPT, DocumentType.INVOICE);
        ArrayNode diff = FieldChange.toDiff(changes);
        diff.insert(0, retyped.toJson());

        JsonNode back = Json.mapper().readTree(Json.mapper().writeValueAsString(diff));

        assertThat(back.get(0).toString())
                .isEqualTo("{\"document\":\"scan.pdf\",\"before\":\"receipt\",\"after\":\"invoice\",\"change\":\"type\"}");
        assertThat(TypeChange.fromDiff(back)).containsExactly(retyped);
        assertThat(FieldChange.fromDiff(back)).isEqualTo(changes);
        assertThat(back.get(1).get("document").asText()).isEqualTo("receipt.pdf");
        assertThatThrownBy(() -> new TypeChange("a.pdf", DocumentType.INVOICE, DocumentType.INVOICE))
                .hasMessageContaining("invoice for both");
    }

    @Test
    void aDocumentTheModelsGaveNoTypeCanBeGivenOne() {
        TypeChange typed = new TypeChange("photo.jpg", null, DocumentType.DAMAGE_PHOTO);
        assertThat(typed.toJson().get("before").isNull()).isTrue();
        assertThat(TypeChange.fromDiff(FieldChange.toDiff(List.of()).add(typed.toJson()))).containsExactly(typed);
    }

    @Test
    void anUnreadableRejectionKeepsTheProposalsAndTheNote() throws JsonProcessingException {
        JsonNode proposals = Json.mapper().readTree("[{\"kind\":\"document\"}]");
        Decision decision = Decision.rejectUnreadable(LEASE, 900, "blurred photo", proposals, Map.of("ocr", "5"));

        Decision back = Json.mapper().readValue(Json.mapper().writeValueAsString(decision), Decision.class);

        assertThat(back).isEqualTo(decision);
        assertThat(Json.mapper().valueToTree(back).get("outcome").asText()).isEqualTo("rejected-unreadable");
        assertThat(back.note()).isEqualTo("blurred photo");
        assertThat(back.annotations()).isEmpty();
    }

    @Test
    void aReviewerMayGiveAValueWithoutWordsButAModelMayNot() throws JsonProcessingException {
        Field typed = new Field(FieldName.TOTAL, "12.80", "12.80", "", -1, null, 1, List.of(), FieldCheck.VALID, "",
                ModelRef.REVIEWER);
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(typed), Field.class)).isEqualTo(typed);

        assertThatThrownBy(() -> new Field(FieldName.TOTAL, "1", "1", "", -1, null, 1, List.of(), FieldCheck.VALID,
                "", TAGGER)).hasMessageContaining("needs its page, box and words");
        assertThatThrownBy(() -> new Field(FieldName.TOTAL, "1", "1", "", 0, null, 1, List.of(), FieldCheck.VALID,
                "", ModelRef.REVIEWER)).hasMessageContaining("both a page and a box, or neither");
    }
}

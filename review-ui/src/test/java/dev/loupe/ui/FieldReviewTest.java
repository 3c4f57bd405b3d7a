package dev.loupe.ui;

import static dev.loupe.core.annotation.FieldName.CLAIMANT_NAME;
import static dev.loupe.core.annotation.FieldName.CLAIM_NUMBER;
import static dev.loupe.core.annotation.FieldName.DATE;
import static dev.loupe.core.annotation.FieldName.DATE_OF_LOSS;
import static dev.loupe.core.annotation.FieldName.INVOICE_NUMBER;
import static dev.loupe.core.annotation.FieldName.POLICY_NUMBER;
import static dev.loupe.core.annotation.FieldName.TOTAL;
import static dev.loupe.core.annotation.FieldName.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldChange.Method;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldReviewTest {
    private final DocumentAnnotation proposal = InvoiceProposal.annotation();
    private final FieldReview review = new FieldReview(proposal);

    @Test
    void fieldsNeedingALookComeFirstAndTheFirstHasTheFocus() {
        assertThat(names()).containsExactly(DATE, TOTAL, INVOICE_NUMBER, VENDOR);
        assertThat(review.rows()).extracting(FieldRow::state).containsExactly(
                FieldState.INVALID, FieldState.MISSING, FieldState.LOW_CONFIDENCE, FieldState.VALID);
        assertThat(review.rows().get(0).value()).isEqualTo("12/01/2024");
        assertThat(review.rows().get(0).note()).isEqualTo("The date could be read two ways.");
        assertThat(review.rows().get(2).confidence()).isEqualTo(0.55);
        assertThat(review.rows().get(3).box()).isEqualTo(InvoiceProposal.box(0, 1));
        assertThat(review.type().get()).isEqualTo(DocumentType.INVOICE);
        assertThat(focusedName()).isEqualTo(DATE);
    }

    @Test
    void tabAndShiftTabWrapAround() {
        review.previous();
        assertThat(focusedName()).isEqualTo(VENDOR);
        review.next();
        assertThat(focusedName()).isEqualTo(DATE);
        review.next();
        review.next();
        review.next();
        assertThat(focusedName()).isEqualTo(VENDOR);
        review.next();
        assertThat(focusedName()).isEqualTo(DATE);
    }

    @Test
    void withNoChangeThereAreNoChangesAndTheFinalAnnotationIsTheProposal() {
        assertThat(review.changed()).isFalse();
        assertThat(review.changes()).isEmpty();
        assertThat(review.finalAnnotation()).isEqualTo(proposal);
    }

    @Test
    void acceptingConfirmsTheFieldAndMovesOnWithoutChangingIt() {
        review.accept();

        assertThat(row(DATE).state()).isEqualTo(FieldState.ACCEPTED);
        assertThat(row(DATE).changed()).isFalse();
        assertThat(focusedName()).isEqualTo(TOTAL);
        assertThat(review.changed()).isFalse();
        assertThat(review.changes()).isEmpty();
        Field date = review.finalAnnotation().field(DATE).orElseThrow();
        assertThat(date.check()).isEqualTo(FieldCheck.VALID);
        assertThat(date.raw()).isEqualTo("12/01/2024");
        assertThat(date.model()).isEqualTo(InvoiceProposal.TAGGER);
    }

    @Test
    void typingReplacesTheFocusedValueWhereItWasRead() {
        review.type(" 2024-01-12 ");

        FieldRow date = row(DATE);
        assertThat(date.value()).isEqualTo("2024-01-12");
        assertThat(date.state()).isEqualTo(FieldState.EDITED);
        assertThat(date.changed()).isTrue();
        assertThat(review.focused().get()).isEqualTo(date);
        assertThat(review.changed()).isTrue();
        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", DATE, "12/01/2024", "2024-01-12", Method.TYPED, List.of()));
        Field typed = review.finalAnnotation().field(DATE).orElseThrow();
        assertThat(typed.value()).isEqualTo("2024-01-12");
        assertThat(typed.check()).isEqualTo(FieldCheck.VALID);
        assertThat(typed.model()).isEqualTo(ModelRef.REVIEWER);
        assertThat(typed.words()).containsExactly(4);
        assertThat(typed.box()).isEqualTo(InvoiceProposal.box(4, 4));
    }

    @Test
    void typingTheProposedValueAgainIsNoChange() {
        review.focus(VENDOR);
        review.type("ACME LTD");

        assertThat(row(VENDOR).state()).isEqualTo(FieldState.EDITED);
        assertThat(review.changed()).isFalse();
        assertThat(review.changes()).isEmpty();
    }

    @Test
    void clearingAFieldSaysTheDocumentHasNone() {
        review.focus(INVOICE_NUMBER);
        review.type("  ");

        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", INVOICE_NUMBER, "INV-7", "", Method.TYPED, List.of()));
        assertThat(review.finalAnnotation().field(INVOICE_NUMBER).orElseThrow().check())
                .isEqualTo(FieldCheck.MISSING);
    }

    @Test
    void pickingAWordFillsTheFocusedField() {
        review.next();
        review.pickWord(6, false);

        FieldRow total = row(TOTAL);
        assertThat(total.value()).isEqualTo("12.50");
        assertThat(total.state()).isEqualTo(FieldState.EDITED);
        assertThat(total.words()).containsExactly(6);
        assertThat(total.page()).isZero();
        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", TOTAL, "", "12.50", Method.PICKED_WORD, List.of(6)));
        Field picked = review.finalAnnotation().field(TOTAL).orElseThrow();
        assertThat(picked.box()).isEqualTo(InvoiceProposal.box(6, 6));
        assertThat(picked.words()).containsExactly(6);
        assertThatThrownBy(() -> review.pickWord(9, false)).hasMessageContaining("the document has 9 words");
    }

    @Test
    void shiftExtendsThePickToTheSpanFromTheFirstWordInReadingOrder() {
        review.focus(VENDOR);
        review.pickWord(2, false);
        review.pickWord(0, true);

        assertThat(row(VENDOR).value()).isEqualTo("ACME LTD Invoice");
        assertThat(row(VENDOR).words()).containsExactly(0, 1, 2);
        assertThat(row(VENDOR).box()).isEqualTo(InvoiceProposal.box(0, 2));
        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", VENDOR, "ACME LTD", "ACME LTD Invoice", Method.PICKED_WORD, List.of(0, 1, 2)));

        review.pickWord(1, true);
        assertThat(row(VENDOR).value()).isEqualTo("LTD Invoice");

        review.pickWord(8, true);
        assertThat(row(VENDOR).value()).as("a word on another page starts afresh").isEqualTo("Thanks");
        assertThat(row(VENDOR).page()).isEqualTo(1);
    }

    @Test
    void extendingOnAnotherFieldStartsFromItsOwnFirstWord() {
        review.focus(VENDOR);
        review.pickWord(0, false);
        review.focus(TOTAL);
        review.pickWord(6, true);

        assertThat(row(TOTAL).value()).isEqualTo("12.50");
    }

    @Test
    void aRegionFillsTheFocusedFieldWithWhatOcrReadThere() {
        review.focus(TOTAL);
        Box region = new Box(0.61, 0.79, 0.2, 0.04);
        review.fillFromRegion("", 0, region);
        assertThat(row(TOTAL).state()).as("a region with nothing read leaves the field").isEqualTo(FieldState.MISSING);

        review.fillFromRegion(" 12.50 EUR", 0, region);

        assertThat(row(TOTAL).value()).isEqualTo("12.50 EUR");
        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", TOTAL, "", "12.50 EUR", Method.REGION, List.of(6, 7)));
        Field read = review.finalAnnotation().field(TOTAL).orElseThrow();
        assertThat(read.box()).isEqualTo(region);
        assertThat(read.page()).isZero();
    }

    @Test
    void aFieldTheModelsMissedCanBeAddedAndCountsOnceItHasAValue() {
        review.addField(CLAIM_NUMBER);

        assertThat(names()).containsExactly(DATE, TOTAL, INVOICE_NUMBER, VENDOR, CLAIM_NUMBER);
        assertThat(row(CLAIM_NUMBER).state()).isEqualTo(FieldState.MISSING);
        assertThat(focusedName()).isEqualTo(CLAIM_NUMBER);
        assertThat(review.changed()).isFalse();
        assertThat(review.finalAnnotation().field(CLAIM_NUMBER)).isEmpty();

        review.type("CL-2024-0031");

        assertThat(review.changes()).containsExactly(
                new FieldChange("invoice-0001.png", CLAIM_NUMBER, "", "CL-2024-0031", Method.TYPED, List.of()));
        Field added = review.finalAnnotation().field(CLAIM_NUMBER).orElseThrow();
        assertThat(added.value()).isEqualTo("CL-2024-0031");
        assertThat(added.box()).isNull();
        assertThat(added.model()).isEqualTo(ModelRef.REVIEWER);

        review.addField(VENDOR);
        assertThat(review.rows()).hasSize(5);
        assertThat(focusedName()).isEqualTo(VENDOR);
    }

    @Test
    void changingTheTypeListsItsFieldsKeepingValuesOfThoseInBoth() {
        review.focus(VENDOR);
        review.type("ACME Limited");

        review.changeType(DocumentType.RECEIPT);

        assertThat(review.type().get()).isEqualTo(DocumentType.RECEIPT);
        assertThat(names()).containsExactly(DATE, TOTAL, VENDOR);
        assertThat(row(VENDOR).value()).isEqualTo("ACME Limited");
        assertThat(focusedName()).isEqualTo(DATE);
        assertThat(review.changed()).isTrue();
        DocumentAnnotation receipt = review.finalAnnotation();
        assertThat(receipt.type().type()).isEqualTo(DocumentType.RECEIPT);
        assertThat(receipt.type().model()).isEqualTo(ModelRef.REVIEWER);
        assertThat(receipt.fields()).extracting(Field::name).containsExactly(VENDOR, DATE, TOTAL);

        review.changeType(DocumentType.CLAIM_FORM);
        assertThat(names()).containsExactly(CLAIM_NUMBER, POLICY_NUMBER, CLAIMANT_NAME, DATE_OF_LOSS, TOTAL);
        assertThat(review.rows()).extracting(FieldRow::state).containsOnly(FieldState.MISSING);

        review.changeType(DocumentType.INVOICE);
        assertThat(names()).containsExactly(DATE, TOTAL, INVOICE_NUMBER, VENDOR);
        assertThat(row(VENDOR).value()).isEqualTo("ACME Limited");
        assertThat(row(INVOICE_NUMBER).state()).isEqualTo(FieldState.LOW_CONFIDENCE);
        assertThat(review.finalAnnotation().type()).isEqualTo(proposal.type());
    }

    @Test
    void anUnreadableDocumentHasNoFieldsUntilTheReviewerGivesItAType() {
        FieldReview unreadable = new FieldReview(DocumentAnnotation.unreadable("blur.jpg", "image/jpeg",
                Problem.ofDocument("no-text", "No text could be read."), 10));
        assertThat(unreadable.type().get()).isNull();
        assertThat(unreadable.rows()).isEmpty();
        unreadable.next();
        unreadable.accept();
        unreadable.type("x");
        assertThat(unreadable.focused().get()).isNull();
        assertThat(unreadable.changed()).isFalse();

        unreadable.changeType(DocumentType.RECEIPT);

        assertThat(unreadable.rows()).extracting(FieldRow::name).containsExactly(VENDOR, FieldName.DATE, TOTAL);
        assertThat(unreadable.changed()).isTrue();
        assertThat(unreadable.finalAnnotation().status()).isEqualTo(AnnotationStatus.UNREADABLE);
    }

    private List<FieldName> names() {
        return review.rows().stream().map(FieldRow::name).toList();
    }

    private FieldName focusedName() {
        return review.focused().get().name();
    }

    private FieldRow row(FieldName name) {
        return review.rows().stream().filter(row -> row.name() == name).findFirst().orElseThrow();
    }
}

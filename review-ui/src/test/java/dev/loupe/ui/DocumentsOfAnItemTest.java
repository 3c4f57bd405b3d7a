package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Decision;
import dev.loupe.core.Outcome;
import dev.loupe.core.PageImage;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentFeedback;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.TypeChange;
import dev.loupe.core.annotation.TypePrediction;
import dev.loupe.core.port.FieldValues;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An item of several documents, without a toolkit: each readable document's type and fields are reviewed in turn,
 * and one decision carries what the reviewer did to each, document by document.
 */
class DocumentsOfAnItemTest {
    /** Checks a total as the real checker would: zero fails, anything else is an amount with two decimals. */
    private static final FieldValues TOTALS = (field, given, words) -> {
        if (field != FieldName.TOTAL || given.isBlank()) {
            return FieldValues.asGiven().check(field, given, words);
        }
        String plain = given.replace(',', '.').replaceAll("[^0-9.]", "");
        return Double.parseDouble(plain) == 0
                ? new FieldValues.Checked("0.00", "", FieldCheck.INVALID, "The amount is zero; a total should be more than that.")
                : new FieldValues.Checked(String.format("%.2f", Double.parseDouble(plain)), "", FieldCheck.VALID, "");
    };

    private final ScriptedClient server = new ScriptedClient().withItems(1);
    private final ScriptedDesk desk = new ScriptedDesk();
    private final MutableClock clock = new MutableClock(ScriptedClient.T0);
    private final ReviewViewModel model = new ReviewViewModel(server, desk, new DocumentPages(new OnePageRenderer(2)),
            ReviewViewModel.Workers.sameThread(), clock, Optional.empty(), TOTALS);

    private final DocumentAnnotation invoice = InvoiceProposal.annotation();
    private final DocumentAnnotation receipt = renamed(invoice, "receipt-7.pdf", DocumentType.RECEIPT);
    private final DocumentAnnotation photo = renamed(invoice, "damage.jpg", DocumentType.DAMAGE_PHOTO);

    @Test
    void theFirstDocumentWithFieldsOpensAndTheOthersAreAKeyAway() {
        open(desk.item("it-9", List.of("cover.pdf", "invoice-0001.png", "receipt-7.pdf"))
                .withAnnotations(List.of(invoice, receipt)));

        assertThat(model.documentNames()).containsExactly("cover.pdf", "invoice-0001.png", "receipt-7.pdf");
        assertThat(model.documentIndexProperty().get()).isEqualTo(1);
        assertThat(model.shownProposalProperty().get()).isSameAs(invoice);
        assertThat(model.fieldReviewProperty().get().proposal()).isSameAs(invoice);
        assertThat(model.pages()).hasSize(2);

        model.nextDocument();
        assertThat(model.documentIndexProperty().get()).isEqualTo(2);
        assertThat(model.fieldReviewProperty().get().proposal()).isSameAs(receipt);
        assertThat(model.messageProperty().get()).isEqualTo("Document 3 of 3: receipt-7.pdf.");

        model.nextDocument();
        assertThat(model.documentIndexProperty().get()).isZero();
        assertThat(model.fieldReviewProperty().get()).as("the cover letter was not annotated").isNull();
        assertThat(model.shownProposalProperty().get()).isNull();
        assertThat(model.pages()).as("its pages still show").hasSize(2);

        model.previousDocument();
        assertThat(model.documentIndexProperty().get()).isEqualTo(2);
    }

    @Test
    void editsOnEveryDocumentGoInOneCorrectionThatSaysWhichDocumentEachIsOn() {
        open(desk.item("it-9", List.of("invoice-0001.png", "receipt-7.pdf"))
                .withAnnotations(List.of(invoice, receipt)));
        FieldReview first = model.fieldReviewProperty().get();
        first.changeType(DocumentType.MEDICAL_REPORT);
        model.nextDocument();
        FieldReview second = model.fieldReviewProperty().get();
        second.focus(FieldName.TOTAL);
        second.type("12,5");
        model.previousDocument();
        assertThat(model.fieldReviewProperty().get()).as("edits stay with their document").isSameAs(first);

        model.approve();

        Decision decision = desk.submitted.get(0).decision();
        assertThat(decision.outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(TypeChange.fromDiff(decision.diff())).containsExactly(
                new TypeChange("invoice-0001.png", DocumentType.INVOICE, DocumentType.MEDICAL_REPORT));
        assertThat(FieldChange.fromDiff(decision.diff())).containsExactly(
                new FieldChange("receipt-7.pdf", FieldName.TOTAL, "", "12.50", FieldChange.Method.TYPED, List.of()));
        assertThat(decision.diff().get(0).get("change").asText()).as("the type change comes first").isEqualTo("type");
        List<DocumentAnnotation> kept = DocumentFeedback.fromAnnotations(decision.annotations());
        assertThat(kept).extracting(DocumentAnnotation::name).containsExactly("invoice-0001.png", "receipt-7.pdf");
        assertThat(kept.get(0).typePrediction().map(TypePrediction::type)).contains(DocumentType.MEDICAL_REPORT);
        assertThat(kept.get(1).field(FieldName.TOTAL).orElseThrow().value()).isEqualTo("12.50");
        assertThat(kept.get(1).field(FieldName.TOTAL).orElseThrow().raw()).isEqualTo("12,5");
    }

    @Test
    void aDocumentTheModelsCouldNotTypeIsShownButHasNoFields() {
        DocumentAnnotation untyped = new DocumentAnnotation("scan.pdf", "application/pdf", invoice.status(),
                invoice.pages(), invoice.words(), invoice.lines(), null, List.of(), List.of(), List.of(),
                invoice.models(), 10);
        open(desk.item("it-9", List.of("scan.pdf", "damage.jpg")).withAnnotations(List.of(untyped, photo)));

        assertThat(model.documentIndexProperty().get()).as("the photo has a type, so it opens").isEqualTo(1);
        model.approve();

        assertThat(desk.submitted.get(0).decision().outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void aGivenValueThatFailsItsCheckIsShownAndStopsTheFirstApprovalOnly() {
        open(desk.item("it-9", List.of("invoice-0001.png", "receipt-7.pdf"))
                .withAnnotations(List.of(invoice, receipt)));
        model.nextDocument();
        FieldReview second = model.fieldReviewProperty().get();
        second.focus(FieldName.TOTAL);
        second.type("0");
        assertThat(second.focused().get().state()).isEqualTo(FieldState.INVALID);
        assertThat(second.focused().get().note()).isEqualTo("The amount is zero; a total should be more than that.");
        second.focus(FieldName.VENDOR);
        model.previousDocument();

        model.approve();

        assertThat(desk.submitted).as("the first approval is held back").isEmpty();
        assertThat(model.documentIndexProperty().get()).as("the field is shown").isEqualTo(1);
        assertThat(model.fieldReviewProperty().get().focused().get().name()).isEqualTo(FieldName.TOTAL);
        assertThat(model.problemProperty().get()).isEqualTo("The total you gave does not pass its check: The amount "
                + "is zero; a total should be more than that. Correct it, or approve again to keep it as it is.");

        model.approve();

        Decision decision = desk.submitted.get(0).decision();
        assertThat(decision.outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(DocumentFeedback.fromAnnotations(decision.annotations()).get(1).field(FieldName.TOTAL).orElseThrow())
                .satisfies(total -> {
                    assertThat(total.value()).isEqualTo("0.00");
                    assertThat(total.check()).isEqualTo(FieldCheck.INVALID);
                    assertThat(total.note()).startsWith("The amount is zero");
                });
    }

    @Test
    void correctingTheValueAfterTheWarningLetsTheApprovalThrough() {
        open(desk.item("it-9", List.of("receipt-7.pdf")).withAnnotations(List.of(receipt)));
        FieldReview review = model.fieldReviewProperty().get();
        review.focus(FieldName.TOTAL);
        review.type("0");
        model.approve();
        review.type("7.5");

        model.approve();

        assertThat(desk.submitted).singleElement().satisfies(sent -> assertThat(
                FieldChange.fromDiff(sent.decision().diff())).extracting(FieldChange::after).containsExactly("7.50"));
    }

    @Test
    void aDecidedItemLookedBackAtShowsItsDocumentsWithoutFields() {
        open(desk.item("it-9", List.of("invoice-0001.png", "receipt-7.pdf"))
                .withAnnotations(List.of(invoice, receipt)));
        model.approve();

        model.historyBack();

        assertThat(model.documentNames()).containsExactly("invoice-0001.png", "receipt-7.pdf");
        assertThat(model.shownProposalProperty().get()).isSameAs(invoice);
        assertThat(model.fieldReviewProperty().get()).isNull();
        model.nextDocument();
        assertThat(model.shownProposalProperty().get()).isSameAs(receipt);
    }

    @Test
    void anotherQueueCanBeChosenWhileAnUntouchedItemIsOpenButNotOneWithChanges() {
        open(desk.item("it-9", List.of("receipt-7.pdf")).withAnnotations(List.of(receipt)));
        model.fieldReviewProperty().get().focus(FieldName.TOTAL);
        model.fieldReviewProperty().get().type("3.10");

        model.selectQueue("receipts");

        assertThat(model.selectedQueueProperty().get()).isEqualTo("claims");
        assertThat(model.currentProperty().get()).isNotNull();
        assertThat(model.problemProperty().get()).isEqualTo("Decide or skip receipt-7.pdf in claims before choosing"
                + " another queue; your changes to it are kept until you do.");

        model.fieldReviewProperty().get().type("");
        model.selectQueue("receipts");

        assertThat(model.selectedQueueProperty().get()).isEqualTo("receipts");
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(desk.givenBack).containsExactly(new ScriptedDesk.GivenBack("it-9", ReleaseReason.SKIPPED));
        assertThat(model.messageProperty().get()).isEqualTo("Put receipt-7.pdf in claims back in its queue.");
    }

    @Test
    void theDocumentOnScreenIsRenderedFinerFromItsOwnFileWhenZoomedIn() {
        List<String> rendered = new ArrayList<>();
        PageRenderer recording = (file, mediaType, name) -> new PageSource() {
            @Override
            public int pageCount() {
                return 2;
            }

            @Override
            public PageImage render(int index, int dpi) {
                rendered.add(name + " p" + index + " " + dpi + " dpi");
                return new PageImage(4, 5, new int[20]);
            }

            @Override
            public void close() {
            }
        };
        ReviewViewModel viewing = new ReviewViewModel(server, desk, new DocumentPages(recording),
                ReviewViewModel.Workers.sameThread(), clock, Optional.empty(), TOTALS);
        desk.ready.add(desk.item("it-9", List.of("invoice-0001.png", "receipt-7.pdf"))
                .withAnnotations(List.of(invoice, receipt)));
        viewing.connect();
        viewing.openNext();
        viewing.nextDocument();
        rendered.clear();

        assertThat(viewing.sharperPagesProperty().get().render(1, 2.0)).isNotNull();
        assertThat(viewing.sharperPagesProperty().get().render(0, 9.0)).as("never past 300 dpi").isNotNull();
        assertThat(viewing.sharperPagesProperty().get().render(5, 2.0)).as("no such page").isNull();

        assertThat(rendered).containsExactly("receipt-7.pdf p1 220 dpi", "receipt-7.pdf p0 300 dpi");
        viewing.approve();
        assertThat(viewing.sharperPagesProperty().get()).as("nothing on screen").isNull();
    }

    private void open(ReadyItem item) {
        desk.ready.add(item);
        model.connect();
        model.openNext();
    }

    private static DocumentAnnotation renamed(DocumentAnnotation annotation, String name, DocumentType type) {
        return new DocumentAnnotation(name, annotation.mediaType(), annotation.status(), annotation.pages(),
                annotation.words(), annotation.lines(), new TypePrediction(type, 0.9, Map.of(type, 0.9),
                        InvoiceProposal.TYPES), type == DocumentType.DAMAGE_PHOTO ? List.of() : annotation.fields(),
                annotation.pii(), annotation.problems(), annotation.models(), annotation.millis());
    }
}

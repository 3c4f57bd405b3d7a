package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.Outcome;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentFeedback;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.port.RegionReader;
import dev.loupe.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The view model without a toolkit: background and UI work run on the test's thread, time is a fixed clock. */
class ReviewViewModelTest {
    private final ScriptedClient server = new ScriptedClient().withItems(3);
    private final ScriptedDesk desk = new ScriptedDesk().withItems(3);
    private final MutableClock clock = new MutableClock(ScriptedClient.T0);
    private ReviewViewModel model = modelWith(server, new OnePageRenderer(1));

    private ReviewViewModel modelWith(ScriptedClient client, OnePageRenderer renderer) {
        return new ReviewViewModel(client, desk, new DocumentPages(renderer), ReviewViewModel.Workers.sameThread(), clock);
    }

    @Test
    void connectingChoosesTheFirstQueueWithWorkAndTheDeskWorksFromIt() {
        model.connect();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(model.selectedQueueProperty().get()).isEqualTo("claims");
        assertThat(desk.queuesChosen).containsExactly("claims");
        assertThat(model.reviewerProperty().get().name()).isEqualTo("ana");
        assertThat(model.waiting()).extracting(WorkItem::id).containsExactly("it-1", "it-2", "it-3");
        assertThat(model.onlineProperty().get()).isTrue();
    }

    @Test
    void choosingAnotherQueueTellsTheDesk() {
        model.connect();
        model.selectQueue("receipts");

        assertThat(desk.queuesChosen).containsExactly("claims", "receipts");
    }

    @Test
    void approvingHandsTheDecisionWithTheTimeSpentToTheDeskAndOpensTheNextItem() {
        model.connect();
        model.openNext();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.pages()).hasSize(1);

        clock.advance(Duration.ofMillis(2_500));
        model.approve();

        assertThat(desk.submitted).singleElement().satisfies(sent -> {
            assertThat(sent.itemId()).isEqualTo("it-1");
            assertThat(sent.decision().outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(sent.decision().timeSpentMs()).isEqualTo(2_500);
            assertThat(sent.decision().leaseId()).isEqualTo("ls-1");
            assertThat(sent.key()).isNotBlank();
        });
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.decidedThisSessionProperty().get()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Approved claim-1.pdf in claims. Now reviewing claim-2.pdf in claims.");
    }

    @Test
    void anItemWithProposalsOpensItsFieldsForReviewAndUnchangedIsApproved() {
        desk.ready.addFirst(desk.item("it-0", "invoice-0001.png").withAnnotations(List.of(InvoiceProposal.annotation())));
        model.connect();
        model.openNext();

        assertThat(model.fieldReviewProperty().get().proposal()).isEqualTo(InvoiceProposal.annotation());
        model.fieldReviewProperty().get().accept();
        model.approve();

        assertThat(desk.submitted).singleElement().satisfies(sent ->
                assertThat(sent.decision().outcome()).isEqualTo(Outcome.APPROVED));
        assertThat(model.fieldReviewProperty().get()).isNull();
    }

    @Test
    void aFieldTheReviewerChangedIsSentAsACorrectionWithItsDiff() {
        desk.ready.addFirst(desk.item("it-0", "invoice-0001.png").withAnnotations(List.of(InvoiceProposal.annotation())));
        model.connect();
        model.openNext();
        FieldReview review = model.fieldReviewProperty().get();
        review.focus(FieldName.TOTAL);
        review.pickWord(6, false);

        clock.advance(Duration.ofMillis(4_000));
        model.approve();

        assertThat(desk.submitted).singleElement().satisfies(sent -> {
            Decision decision = sent.decision();
            assertThat(decision.outcome()).isEqualTo(Outcome.CORRECTED);
            assertThat(decision.timeSpentMs()).isEqualTo(4_000);
            assertThat(FieldChange.fromDiff(decision.diff())).singleElement().satisfies(change -> {
                assertThat(change.field()).isEqualTo(FieldName.TOTAL);
                assertThat(change.after()).isEqualTo("12.50");
                assertThat(change.how()).isEqualTo(FieldChange.Method.PICKED_WORD);
                assertThat(change.words()).containsExactly(6);
            });
            assertThat(DocumentFeedback.fromAnnotations(decision.annotations())).singleElement().satisfies(doc ->
                    assertThat(doc.field(FieldName.TOTAL).orElseThrow().value()).isEqualTo("12.50"));
        });
        assertThat(model.messageProperty().get()).startsWith("Corrected invoice-0001.png in claims.");
    }

    @Test
    void aRectangleIsReadIntoTheFocusedFieldAndNothingReadIsSaid() {
        Map<Box, String> printed = new HashMap<>(Map.of(InvoiceProposal.box(6, 7), "12.50 EUR"));
        RegionReader reader = new RegionReader() {
            @Override
            public String read(Path file, String mediaType, int page, Box region) {
                return printed.getOrDefault(region, "");
            }

            @Override
            public void close() {
            }
        };
        model = new ReviewViewModel(server, desk, new DocumentPages(new OnePageRenderer(1)),
                ReviewViewModel.Workers.sameThread(), clock, Optional.of(reader));
        desk.ready.addFirst(desk.item("it-0", "invoice-0001.png").withAnnotations(List.of(InvoiceProposal.annotation())));
        model.connect();
        model.openNext();
        FieldReview review = model.fieldReviewProperty().get();
        review.focus(FieldName.TOTAL);

        model.readRegion(0, new Box(0.9, 0.9, 0.05, 0.05));
        assertThat(model.regionNoteProperty().get()).startsWith("Nothing could be read in that rectangle");

        model.readRegion(0, InvoiceProposal.box(6, 7));
        assertThat(model.regionNoteProperty().get()).isEmpty();
        assertThat(review.changes()).singleElement().satisfies(change -> {
            assertThat(change.after()).isEqualTo("12.50 EUR");
            assertThat(change.how()).isEqualTo(FieldChange.Method.REGION);
        });
    }

    @Test
    void everyDecisionHasItsOwnIdempotencyKey() {
        model.connect();
        model.openNext();
        model.approve();
        model.approve();

        assertThat(desk.submitted).extracting(ScriptedDesk.Submitted::key).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void anEscalationNeedsAReasonAndCarriesTheNote() {
        model.connect();
        model.openNext();

        model.startEscalation();
        assertThat(model.canDecideProperty().get()).isFalse();
        model.sendEscalation();
        assertThat(desk.submitted).isEmpty();
        assertThat(model.problemProperty().get()).contains("Choose a reason");

        model.escalation().chooseReason(4);
        model.escalation().noteProperty().set("  page 2 missing  ");
        model.sendEscalation();

        assertThat(desk.submitted).singleElement().satisfies(sent -> {
            assertThat(sent.decision().outcome()).isEqualTo(Outcome.ESCALATED);
            assertThat(sent.decision().reasonCodes()).containsExactly(EscalationReason.MISSING_PAGES.wire());
            assertThat(sent.decision().note()).isEqualTo("page 2 missing");
        });
        assertThat(model.escalation().isOpen()).isFalse();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
    }

    @Test
    void cancellingAnEscalationKeepsTheItemOpen() {
        model.connect();
        model.openNext();
        model.startEscalation();
        model.sendEscalation();
        assertThat(model.problemProperty().get()).contains("Choose a reason");
        model.cancelEscalation();

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(desk.submitted).isEmpty();
        assertThat(model.canDecideProperty().get()).isTrue();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
    }

    @Test
    void skippingGivesTheItemBackAndOpensTheNext() {
        model.connect();
        model.openNext();

        model.skip();

        assertThat(desk.givenBack).containsExactly(new ScriptedDesk.GivenBack("it-1", ReleaseReason.SKIPPED));
        assertThat(desk.submitted).isEmpty();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.decidedThisSessionProperty().get()).isZero();
    }

    @Test
    void whenNothingIsReadyTheWorkstationWaitsAndOpensTheItemAsSoonAsItIs() {
        desk.ready.clear();
        model.connect();
        model.openNext();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.WAITING);
        assertThat(model.messageProperty().get()).isEqualTo("Preparing the next item of claims…");

        desk.arrive(desk.item("it-7", "late.pdf"));

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-7");
    }

    @Test
    void anEmptyQueueSaysSoDecisionKeysDoNothingAndNewWorkOpens() {
        desk.ready.clear();
        desk.queueEmpty = true;
        model.connect();
        model.openNext();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.QUEUE_EMPTY);
        model.approve();
        model.startEscalation();
        model.skip();
        assertThat(desk.submitted).isEmpty();
        assertThat(desk.givenBack).isEmpty();
        assertThat(model.escalation().isOpen()).isFalse();

        desk.arrive(desk.item("it-8", "new.pdf"));
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-8");
    }

    @Test
    void aLostLeaseIsSaidOnTheItemAndTheDecisionStillGoesAsAConflict() {
        model.connect();
        model.openNext();

        desk.loseLease("it-2", "Somebody else's item.");
        assertThat(model.leaseLostProperty().get()).isEmpty();
        desk.loseLease("it-1", "The lease expired at 09:05.");

        assertThat(model.leaseLostProperty().get())
                .isEqualTo("The lease on this item was lost (The lease expired at 09:05). "
                        + "Decide it anyway: your decision goes to a supervisor as a conflict.");
        assertThat(model.canDecideProperty().get()).isTrue();

        model.approve();

        assertThat(desk.submitted).singleElement().satisfies(sent -> assertThat(sent.itemId()).isEqualTo("it-1"));
        assertThat(model.messageProperty().get()).contains("goes to a supervisor as a conflict");
        assertThat(model.leaseLostProperty().get()).isEmpty();
    }

    @Test
    void offlineAndTheDecisionsWaitingShowInTheStatusBarAndWorkGoesOn() {
        model.connect();
        desk.online = false;
        desk.unsent = 2;
        desk.announce();

        assertThat(model.onlineProperty().get()).isFalse();
        assertThat(model.unsentProperty().get()).isEqualTo(2);
        assertThat(StatusBar.connectionText(model)).isEqualTo("● offline · 2 decisions waiting to sync");
        model.openNext();
        server.down = true;
        model.refresh();
        assertThat(model.problemProperty().get()).isEqualTo(ReviewViewModel.WORKING_OFFLINE);
        server.down = false;

        desk.online = true;
        desk.unsent = 0;
        desk.announce();
        assertThat(StatusBar.connectionText(model)).isEqualTo("● online");
        assertThat(model.problemProperty().get()).as("cleared once the server is back").isEmpty();
    }

    @Test
    void aDecisionRefusedForGoodIsSaid() {
        model.connect();
        desk.refuse("it-1", "The server refused the decision on it-1: the item was deleted.");

        assertThat(model.problemProperty().get()).isEqualTo("The server refused the decision on it-1: the item was deleted.");
    }

    @Test
    void aDecisionThatCannotBeKeptLeavesTheItemOpenAndSaysWhy() {
        model.connect();
        model.openNext();
        desk.submitFailure = new IllegalStateException("The outbox file cannot be written: the disk is full. Free some space.");

        model.approve();

        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.problemProperty().get()).isEqualTo("The outbox file cannot be written: the disk is full. Free some space.");
    }

    @Test
    void anUnreadableDocumentIsShownWithTheReasonAndCanBeEscalated() {
        desk.ready.clear();
        desk.ready.add(desk.item("it-9", "corrupt.pdf"));
        model.connect();
        model.openNext();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.pages()).isEmpty();
        assertThat(model.pageProblemProperty().get()).contains("is damaged");
        assertThat(model.canDecideProperty().get()).isTrue();
    }

    @Test
    void aFailedDownloadIsShownOnTheItem() {
        ReadyItem whole = desk.ready.poll();
        desk.ready.addFirst(new ReadyItem(whole.lease(), Arrays.asList((Path) null),
                "The document claim-1.pdf could not be downloaded: The file claim-1.pdf arrived damaged."));
        model.connect();
        model.openNext();

        assertThat(model.pageProblemProperty().get())
                .isEqualTo("The document claim-1.pdf could not be downloaded: The file claim-1.pdf arrived damaged.");
    }

    @Test
    void aLongDocumentShowsItsFirstPagesAndSaysHowManyThereAre() {
        model = modelWith(server, new OnePageRenderer(500));
        model.connect();
        model.openNext();

        assertThat(model.pages()).hasSize(DocumentPages.PAGES_SHOWN);
        assertThat(model.pageCountProperty().get()).isEqualTo(500);
    }

    @Test
    void anUnreachableServerAtStartSaysSoAndRefreshConnectsOnceItIsBack() {
        ScriptedClient down = new ScriptedClient();
        down.down = true;
        desk.ready.clear();
        model = modelWith(down, new OnePageRenderer(1));
        model.connect();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(model.onlineProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Cannot reach the Loupe server");

        down.down = false;
        model.refresh();

        assertThat(model.onlineProperty().get()).isTrue();
        assertThat(model.reviewerProperty().get().name()).isEqualTo("ana");
        assertThat(model.selectedQueueProperty().get()).isEqualTo("claims");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void unreadableRejectsTheItemAndOpensTheNext() {
        model.connect();
        model.openNext();

        model.rejectUnreadable();

        assertThat(desk.submitted).singleElement().satisfies(sent -> {
            assertThat(sent.itemId()).isEqualTo("it-1");
            assertThat(sent.decision().outcome()).isEqualTo(Outcome.REJECTED_UNREADABLE);
        });
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.messageProperty().get()).startsWith("Rejected as unreadable claim-1.pdf in claims.");
    }

    @Test
    void undoReopensTheLastDecidedItemAndTheOneItDisplacedOpensAfterIt() {
        model.connect();
        model.openNext();
        model.approve();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");

        model.undo();

        assertThat(desk.submitted).isEmpty();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.decidedThisSessionProperty().get()).isZero();
        assertThat(model.decided()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Undone: approved claim-1.pdf in claims. It is open again to decide anew.");

        model.skip();
        assertThat(model.currentProperty().get().item().id()).as("the item put aside").isEqualTo("it-2");
        model.approve();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-3");
    }

    @Test
    void aDecisionAlreadySentIsNotUndoneAndTheReviewerIsToldWhom() {
        model.connect();
        model.openNext();
        model.approve();
        desk.send();

        model.undo();

        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.decidedThisSessionProperty().get()).isEqualTo(1);
        assertThat(model.problemProperty().get()).isEqualTo("The decision on claim-1.pdf in claims (approved) has"
                + " already been sent to the server, so it cannot be undone here; ask a supervisor to change it.");
    }

    @Test
    void undoWithNothingDecidedSaysSo() {
        model.connect();
        model.openNext();

        model.undo();

        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.messageProperty().get()).startsWith("Nothing to undo");
    }

    @Test
    void historyGoesBackThroughTheDecidedItemsReadOnlyAndForwardToTheItemUnderReview() {
        model.connect();
        model.openNext();
        model.approve();
        model.rejectUnreadable();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-3");
        // Two decided, this one, and the three the scripted server still says wait in the queue.
        assertThat(model.queuePositionProperty().get()).isEqualTo("claims · 3 of 6");

        model.historyBack();
        assertThat(model.viewingProperty().get().outcome()).isEqualTo(Outcome.REJECTED_UNREADABLE);
        assertThat(model.shownItemProperty().get().id()).isEqualTo("it-2");
        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Decided: rejected unreadable at ");
        model.approve();
        assertThat(desk.submitted).hasSize(2);

        model.historyBack();
        model.historyBack();
        assertThat(model.shownItemProperty().get().id()).isEqualTo("it-1");
        assertThat(model.queuePositionProperty().get()).isEqualTo("looking back: 1 of 2 decided");

        model.historyForward();
        model.historyForward();
        assertThat(model.viewingProperty().get()).isNull();
        assertThat(model.shownItemProperty().get().id()).isEqualTo("it-3");
        assertThat(model.canDecideProperty().get()).isTrue();
        assertThat(model.pages()).hasSize(1);
    }

    @Test
    void onlyTheLatestDecidedItemsAreKeptToLookBackAtButThePositionCountsThemAll() {
        ScriptedDesk many = new ScriptedDesk().withItems(DecisionHistory.KEPT + 2);
        ReviewViewModel busy = new ReviewViewModel(server, many, new DocumentPages(new OnePageRenderer(1)),
                ReviewViewModel.Workers.sameThread(), clock);
        busy.connect();
        busy.openNext();
        for (int i = 0; i <= DecisionHistory.KEPT; i++) {
            busy.approve();
        }

        assertThat(busy.decided()).hasSize(DecisionHistory.KEPT);
        assertThat(busy.decided().get(0).item().item().id()).isEqualTo("it-2");
        assertThat(busy.queuePositionProperty().get()).startsWith("claims · " + (DecisionHistory.KEPT + 2) + " of ");
    }
}

package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Outcome;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The view model without a toolkit: background and UI work run on the test's thread, time is a fixed clock. */
class ReviewViewModelTest {
    private static final Executor SAME_THREAD = Runnable::run;

    private final ScriptedClient server = new ScriptedClient().withItems(3);
    private final MutableClock clock = new MutableClock(ScriptedClient.T0);
    private ReviewViewModel model = new ReviewViewModel(server, new DocumentPages(new OnePageRenderer(1)),
            SAME_THREAD, SAME_THREAD, clock);

    @Test
    void connectingChoosesTheFirstQueueWithWork() {
        model.connect();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(model.selectedQueueProperty().get()).isEqualTo("claims");
        assertThat(model.reviewerProperty().get().name()).isEqualTo("ana");
        assertThat(model.waiting()).extracting(WorkItem::id).containsExactly("it-1", "it-2", "it-3");
        assertThat(model.onlineProperty().get()).isTrue();
    }

    @Test
    void approvingSendsTheTimeSpentAndOpensTheNextItem() {
        model.connect();
        model.openNext();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.pages()).hasSize(1);

        clock.advance(Duration.ofMillis(2_500));
        model.approve();

        assertThat(server.decisionsSent).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(decision.timeSpentMs()).isEqualTo(2_500);
            assertThat(decision.leaseId()).isEqualTo("ls-1");
        });
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.decidedThisSessionProperty().get()).isEqualTo(1);
        assertThat(model.messageProperty().get()).contains("Reviewing claim-2.pdf");
    }

    @Test
    void anEscalationNeedsAReasonAndCarriesTheNote() {
        model.connect();
        model.openNext();

        model.startEscalation();
        assertThat(model.canDecideProperty().get()).isFalse();
        model.sendEscalation();
        assertThat(server.decisionsSent).isEmpty();
        assertThat(model.problemProperty().get()).contains("Choose a reason");

        model.escalation().chooseReason(4);
        model.escalation().noteProperty().set("  page 2 missing  ");
        model.sendEscalation();

        assertThat(server.decisionsSent).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(Outcome.ESCALATED);
            assertThat(decision.reasonCodes()).containsExactly(EscalationReason.MISSING_PAGES.wire());
            assertThat(decision.note()).isEqualTo("page 2 missing");
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
        assertThat(server.decisionsSent).isEmpty();
        assertThat(model.canDecideProperty().get()).isTrue();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
    }

    @Test
    void aDecisionThatCannotBeSentKeepsTheItemAndIsRetriedWithTheSameKey() {
        model.connect();
        model.openNext();
        server.decideFailures.add(ScriptedClient.unreachable());

        model.approve();

        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-1");
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.onlineProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("Cannot reach the Loupe server");

        clock.advance(Duration.ofSeconds(5));
        model.approve();

        assertThat(server.keysSent).hasSize(2);
        assertThat(server.keysSent.get(0)).isEqualTo(server.keysSent.get(1));
        assertThat(server.decisionsSent).hasSize(1);
        assertThat(model.onlineProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
    }

    @Test
    void aDifferentDecisionAfterAFailureGetsANewKey() {
        model.connect();
        model.openNext();
        server.decideFailures.add(ScriptedClient.unreachable());
        model.approve();

        model.startEscalation();
        model.escalation().chooseReason(1);
        model.sendEscalation();

        assertThat(server.keysSent).hasSize(2);
        assertThat(server.keysSent.get(0)).isNotEqualTo(server.keysSent.get(1));
    }

    @Test
    void aLostLeaseMovesOnAndSaysTheDecisionWasKept() {
        model.connect();
        model.openNext();
        server.decideFailures.add(new OrchestrationException(OrchestrationException.Kind.CONFLICT, 409, "lease-stale",
                "Your lease on this item expired; the decision was kept for a supervisor."));

        model.approve();

        assertThat(model.currentProperty().get().item().id()).isEqualTo("it-2");
        assertThat(model.messageProperty().get()).isNotEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void anUnreadableDocumentIsShownWithTheReasonAndCanBeEscalated() {
        server.waiting.clear();
        server.waiting.add(new WorkItem("it-9", "claims", ItemKind.DOCUMENT, 1, ScriptedClient.T0, ItemState.QUEUED,
                ScriptedClient.T0, List.of(new Asset("f".repeat(64), "application/pdf", "corrupt.pdf", 3)), Map.of()));
        model.connect();
        model.openNext();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.REVIEWING);
        assertThat(model.pages()).isEmpty();
        assertThat(model.pageProblemProperty().get()).contains("is damaged");
        assertThat(model.canDecideProperty().get()).isTrue();
    }

    @Test
    void aFailedDownloadIsShownOnTheItem() {
        server.mediaFailure = new OrchestrationException(OrchestrationException.Kind.BAD_RESPONSE, 0, "media-damaged",
                "The file claim-1.pdf arrived damaged.");
        model.connect();
        model.openNext();

        assertThat(model.pageProblemProperty().get())
                .isEqualTo("The document claim-1.pdf could not be downloaded: The file claim-1.pdf arrived damaged.");
    }

    @Test
    void aLongDocumentShowsItsFirstPagesAndSaysHowManyThereAre() {
        model = new ReviewViewModel(server, new DocumentPages(new OnePageRenderer(500)), SAME_THREAD, SAME_THREAD, clock);
        model.connect();
        model.openNext();

        assertThat(model.pages()).hasSize(DocumentPages.PAGES_SHOWN);
        assertThat(model.pageCountProperty().get()).isEqualTo(500);
    }

    @Test
    void anEmptyQueueSaysSoAndDecisionKeysDoNothing() {
        server.waiting.clear();
        model.connect();
        model.openNext();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.QUEUE_EMPTY);
        model.approve();
        model.startEscalation();
        assertThat(server.decisionsSent).isEmpty();
        assertThat(model.escalation().isOpen()).isFalse();
    }

    @Test
    void anUnreachableServerAtStartSaysSoAndRefreshConnectsOnceItIsBack() {
        ScriptedClient down = new ScriptedClient();
        down.down = true;
        model = new ReviewViewModel(down, new DocumentPages(new OnePageRenderer(1)), SAME_THREAD, SAME_THREAD, clock);
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

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package dev.loupe.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.PageImage;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentFeedback;
import dev.loupe.core.port.DeskStatus;
import dev.loupe.core.port.FieldValues;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.RegionReader;
import dev.loupe.core.port.ReviewDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the review workstation and the commands a reviewer gives it. It holds no nodes: views bind to its
 * properties. Items come from the {@link ReviewDesk}, which prepares them ahead, and decisions go to it, which keeps
 * them until the server has them. Server calls run on the remote executor and disk or rendering work on the local
 * one, so a slow server never delays keeping a decision or opening the next item; every property
 * changes on the UI executor, so tests can run both on the calling thread without a toolkit.
 */
public final class ReviewViewModel {
    static final String WORKING_OFFLINE =
            "Offline: the server is not answering. Keep working; your decisions are saved here and sent when it is back.";

    /** How many items of the chosen queue the waiting list shows. */
    static final int WAITING_SHOWN = 200;

    private final OrchestrationClient client;
    private final ReviewDesk desk;
    private final DocumentPages documentPages;
    private final Executor remote;
    private final Executor local;
    private final Executor ui;
    private final Clock clock;

    private final ObservableList<QueueSummary> queues = FXCollections.observableArrayList();
    private final ObservableList<WorkItem> waiting = FXCollections.observableArrayList();
    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    // Read-only views made once: an unmodifiable wrapper follows its list only weakly, so one made per call
    // could be collected and silence the listeners of whoever holds it.
    private final ObservableList<QueueSummary> queuesView = FXCollections.unmodifiableObservableList(queues);
    private final ObservableList<WorkItem> waitingView = FXCollections.unmodifiableObservableList(waiting);
    private final ObservableList<PageImage> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyStringWrapper selectedQueue = new ReadOnlyStringWrapper(this, "selectedQueue");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CONNECTING);
    private final ReadOnlyObjectWrapper<Lease> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper pageProblem = new ReadOnlyStringWrapper(this, "pageProblem", "");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Connecting to the server…");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyObjectWrapper<Identity> reviewer = new ReadOnlyObjectWrapper<>(this, "reviewer");
    private final ReadOnlyIntegerWrapper decidedThisSession = new ReadOnlyIntegerWrapper(this, "decidedThisSession");
    private final ReadOnlyIntegerWrapper unsent = new ReadOnlyIntegerWrapper(this, "unsent");
    private final ReadOnlyStringWrapper leaseLost = new ReadOnlyStringWrapper(this, "leaseLost", "");
    private final ObservableList<DocumentAnnotation> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FieldReview> fieldReview = new ReadOnlyObjectWrapper<>(this, "fieldReview");
    private final ReadOnlyObjectWrapper<DocumentAnnotation> shownProposal =
            new ReadOnlyObjectWrapper<>(this, "shownProposal");
    private final ObservableList<String> documentNames = FXCollections.observableArrayList();
    private final ObservableList<String> documentNamesView = FXCollections.unmodifiableObservableList(documentNames);
    private final ReadOnlyIntegerWrapper documentIndex = new ReadOnlyIntegerWrapper(this, "documentIndex");
    private final ReadOnlyObjectWrapper<SharperPages> sharperPages = new ReadOnlyObjectWrapper<>(this, "sharperPages");
    private final ReadOnlyStringWrapper regionNote = new ReadOnlyStringWrapper(this, "regionNote", "");
    private final ObservableList<DocumentAnnotation> proposalsView = FXCollections.unmodifiableObservableList(proposals);
    private final EscalationForm escalation = new EscalationForm();
    private final DecisionHistory history = new DecisionHistory();
    private final ReadOnlyObjectProperty<DecidedItem> viewing = history.viewingProperty();
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(this, "ready");
    private final BooleanBinding canDecide = Bindings.createBooleanBinding(
            () -> phase.get() == Phase.REVIEWING && !escalation.isOpen() && viewing.get() == null,
            phase, escalation.openProperty(), viewing);
    private final ObjectBinding<WorkItem> shownItem = Bindings.createObjectBinding(
            () -> viewing.get() != null ? viewing.get().item().item()
                    : current.get() == null ? null : current.get().item(), viewing, current);
    private final StringBinding queuePosition = Bindings.createStringBinding(this::queuePositionText,
            selectedQueue, queues, current, ready, history.items(), viewing);

    private Instant shownAt;
    private final Optional<RegionReader> regions;
    private final FieldValues values;
    private ReadyItem open;
    /** The documents under review of the open item and of items put aside, by item id, with the reviewer's edits. */
    private final Map<String, ItemReview> reviews = new HashMap<>();
    private PreparedItem openPrepared;
    /** The item on screen: the open one, or the decided one looked back at; null when none. */
    private OnScreen onScreen;
    /** The values given that failed their checks when the reviewer last approved; approving again sends anyway. */
    private List<ItemReview.Flagged> warnedInvalid = List.of();
    /** Items put aside when an undo reopened an earlier one; they open next, newest first. */
    private final Deque<ReadyItem> putAside = new ArrayDeque<>();
    private String lastDone = "";

    /**
     * @param client the API, for what the reviewer reads (who they are, queues, waiting items)
     * @param desk   where items to review come from and decisions go
     */
    public ReviewViewModel(OrchestrationClient client, ReviewDesk desk, DocumentPages documentPages,
            Workers workers, Clock clock) {
        this(client, desk, documentPages, workers, clock, Optional.empty());
    }

    /** @param regions reads a rectangle a reviewer drags over a page; empty where no OCR is at hand */
    public ReviewViewModel(OrchestrationClient client, ReviewDesk desk, DocumentPages documentPages,
            Workers workers, Clock clock, Optional<RegionReader> regions) {
        this(client, desk, documentPages, workers, clock, regions, FieldValues.asGiven());
    }

    /** @param values normalises and checks the values a reviewer gives fields */
    public ReviewViewModel(OrchestrationClient client, ReviewDesk desk, DocumentPages documentPages,
            Workers workers, Clock clock, Optional<RegionReader> regions, FieldValues values) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.values = Objects.requireNonNull(values, "values");
        this.client = Objects.requireNonNull(client, "client");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.documentPages = Objects.requireNonNull(documentPages, "documentPages");
        this.remote = workers.remote();
        this.local = workers.local();
        this.ui = workers.ui();
        this.clock = Objects.requireNonNull(clock, "clock");
        desk.listen(new DeskEvents());
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObservableList<QueueSummary> queues() {
        return queuesView;
    }

    /** Items waiting in the chosen queue, in the order they will be leased. */
    public ObservableList<WorkItem> waiting() {
        return waitingView;
    }

    /** What the local models proposed for the documents of the item under review; empty when nothing was. */
    public ObservableList<DocumentAnnotation> proposals() {
        return proposalsView;
    }

    /** The fields of the open item's document as the reviewer checks and corrects them; null when it has none. */
    public ReadOnlyObjectProperty<FieldReview> fieldReviewProperty() {
        return fieldReview.getReadOnlyProperty();
    }

    /** What the models proposed for the document on screen, drawn over its pages; null when nothing. */
    public ReadOnlyObjectProperty<DocumentAnnotation> shownProposalProperty() {
        return shownProposal.getReadOnlyProperty();
    }

    /** The file names of the documents of the item on screen, in the item's order. */
    public ObservableList<String> documentNames() {
        return documentNamesView;
    }

    /** Renders the document on screen's pages finer, for zooming past 100%; null when there is none to render. */
    public ReadOnlyObjectProperty<SharperPages> sharperPagesProperty() {
        return sharperPages.getReadOnlyProperty();
    }

    /** Which of {@link #documentNames()} is on screen, from 0. */
    public ReadOnlyIntegerProperty documentIndexProperty() {
        return documentIndex.getReadOnlyProperty();
    }

    /** What became of the last rectangle the reviewer dragged, when it read nothing; empty otherwise. */
    public ReadOnlyStringProperty regionNoteProperty() {
        return regionNote.getReadOnlyProperty();
    }

    /** The rendered pages of the document on screen, as they become ready. */
    public ObservableList<PageImage> pages() {
        return pagesView;
    }

    public ReadOnlyStringProperty selectedQueueProperty() {
        return selectedQueue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The lease on the item under review; null when none is open. */
    public ReadOnlyObjectProperty<Lease> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why the item's pages cannot be shown; empty when they can. */
    public ReadOnlyStringProperty pageProblemProperty() {
        return pageProblem.getReadOnlyProperty();
    }

    /** How many pages the document on screen has, including those not shown. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The last thing that happened, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong last and what to do; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Identity> reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty decidedThisSessionProperty() {
        return decidedThisSession.getReadOnlyProperty();
    }

    /** Decisions kept on this machine that the server has not confirmed yet. */
    public ReadOnlyIntegerProperty unsentProperty() {
        return unsent.getReadOnlyProperty();
    }

    /** Why the lease on the open item was lost, as a sentence; empty while it holds. */
    public ReadOnlyStringProperty leaseLostProperty() {
        return leaseLost.getReadOnlyProperty();
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    /** The items decided this session and not undone, oldest first; the last {@value DecisionHistory#KEPT}. */
    public ObservableList<DecidedItem> decided() {
        return history.items();
    }

    /** The decided item shown read-only while the reviewer looks back (K); null while the item under review is. */
    public ReadOnlyObjectProperty<DecidedItem> viewingProperty() {
        return viewing;
    }

    /** The item on screen: the one under review, or the decided one looked back at; null when none. */
    public ObjectBinding<WorkItem> shownItemProperty() {
        return shownItem;
    }

    /** Where the reviewer is in the chosen queue: "claims · 3 of 14". */
    public StringBinding queuePositionProperty() {
        return queuePosition;
    }

    public EscalationForm escalation() {
        return escalation;
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Reads who we are and the queues, and chooses the first queue with work when none is chosen. */
    public void connect() {
        runRemote(() -> {
            Identity me = client.whoAmI();
            List<QueueSummary> all = client.queues();
            return () -> {
                reviewer.set(me);
                Reconcile.update(queues, all, QueueSummary::name);
                if (selectedQueue.get() == null) {
                    all.stream().filter(q -> q.queued() > 0).findFirst().or(() -> all.stream().findFirst())
                            .ifPresent(q -> selectedQueue.set(q.name()));
                }
                if (selectedQueue.get() != null) {
                    desk.chooseQueue(selectedQueue.get());
                }
                if (phase.get() == Phase.CONNECTING) {
                    phase.set(Phase.CHOOSING);
                }
                message.set(all.isEmpty() ? "The server has no queues yet. Import work into a queue to start."
                        : "Choose a queue and press N to open its next item.");
                loadWaiting();
            };
        }, failure -> phase.set(Phase.CHOOSING));
    }

    /** Re-reads the queue counts and the waiting list; connects first when that has not worked yet. */
    public void refresh() {
        if (reviewer.get() == null) {
            connect();
            return;
        }
        runRemote(() -> {
            List<QueueSummary> all = client.queues();
            return () -> {
                Reconcile.update(queues, all, QueueSummary::name);
                loadWaiting();
            };
        }, failure -> { });
    }

    /**
     * Chooses the queue to review. An item open and untouched goes back to its queue, behind this reviewer's other
     * work; one the reviewer has changed stays open, and they are told to decide or skip it first.
     */
    public void selectQueue(String name) {
        if (Objects.equals(name, selectedQueue.get()) || phase.get() == Phase.LOADING
                || phase.get() == Phase.SENDING) {
            return;
        }
        if (current.get() != null) {
            if (!canDecide.get() || reviews.get(open.item().id()).changed()) {
                problem.set("Decide or skip " + describe(open.item()) + " before choosing another queue; your"
                        + " changes to it are kept until you do.");
                return;
            }
            ReadyItem item = open;
            desk.giveBack(item, ReleaseReason.SKIPPED);
            closeItem("Put " + describe(item.item()) + " back in its queue.", false, false);
        }
        selectedQueue.set(name);
        desk.chooseQueue(name);
        if (phase.get() == Phase.QUEUE_EMPTY || phase.get() == Phase.WAITING) {
            phase.set(Phase.CHOOSING);
        }
        loadWaiting();
    }

    /**
     * Opens the next ready item of the chosen queue. When none is ready yet the workstation waits and opens it as soon
     * as the desk has it.
     */
    public void openNext() {
        String queue = selectedQueue.get();
        if (queue == null || current.get() != null || phase.get() == Phase.LOADING || phase.get() == Phase.SENDING) {
            return;
        }
        Optional<ReadyItem> next = putAside.isEmpty() ? desk.take() : Optional.of(putAside.pop());
        if (next.isEmpty()) {
            DeskStatus status = desk.status();
            if (status.queueEmpty() && queue.equals(status.queue())) {
                phase.set(Phase.QUEUE_EMPTY);
                message.set("Nothing is waiting in " + queue + ". Choose another queue, or wait: new work opens here.");
            } else {
                phase.set(Phase.WAITING);
                message.set("Preparing the next item of " + queue + "…");
            }
            return;
        }
        ReadyItem item = next.get();
        phase.set(Phase.LOADING);
        runLocal(() -> {
            PreparedItem prepared = documentPages.prepare(item);
            return () -> show(item, prepared);
        });
    }

    /**
     * Approves the item under review as the reviewer leaves it: as proposed, or corrected when they changed a type or
     * a field of any of its documents. A value they gave that fails its check stops the first approval with a
     * sentence and shows that field; approving again sends it as it is.
     */
    public void approve() {
        if (canDecide.get()) {
            List<DocumentAnnotation> proposed = open.annotations();
            ItemReview review = reviews.get(open.item().id());
            if (review.changed() && stopForInvalid(review)) {
                return;
            }
            Lease lease = current.get();
            long spent = timeSpentMs();
            // What the reviewer left is read here; its JSON, which takes a while for a long document, is written
            // off the FX thread.
            if (review.changed()) {
                List<DocumentAnnotation> corrected = review.corrected(proposed);
                JsonNode diff = review.diff();
                send(() -> Decision.correct(lease, spent, DocumentFeedback.toAnnotations(proposed),
                        DocumentFeedback.toAnnotations(corrected), diff, DocumentFeedback.modelVersions(proposed)),
                        "Corrected");
            } else {
                send(() -> Decision.approve(lease, spent, DocumentFeedback.toAnnotations(proposed),
                        DocumentFeedback.modelVersions(proposed)), "Approved");
            }
        }
    }

    /**
     * Says why approving now would keep a value the reviewer gave that fails its check, and shows that field; false
     * when there is none, or when the reviewer was told of these already and approves again.
     */
    private boolean stopForInvalid(ItemReview review) {
        List<ItemReview.Flagged> invalid = review.givenInvalid();
        if (invalid.isEmpty() || invalid.equals(warnedInvalid)) {
            warnedInvalid = List.of();
            return false;
        }
        warnedInvalid = invalid;
        ItemReview.Flagged first = invalid.get(0);
        showDocument(first.document());
        fieldReview.get().focus(first.row().name());
        problem.set("The " + first.row().name().wire().replace('_', ' ') + " you gave does not pass its check: "
                + first.row().note() + " Correct it, or approve again to keep it as it is.");
        return true;
    }

    /** Shows the next document of the item on screen, after the last the first (Ctrl+Page Down). */
    public void nextDocument() {
        moveDocument(1);
    }

    /** Shows the previous document of the item on screen, before the first the last (Ctrl+Page Up). */
    public void previousDocument() {
        moveDocument(-1);
    }

    private void moveDocument(int step) {
        if (onScreen == null || documentNames.size() < 2 || phase.get() == Phase.SENDING) {
            return;
        }
        showDocument(Math.floorMod(documentIndex.get() + step, documentNames.size()));
        message.set("Document " + (documentIndex.get() + 1) + " of " + documentNames.size() + ": "
                + documentNames.get(documentIndex.get()) + ".");
    }

    /**
     * Reads the rectangle the reviewer dragged over a page of the document under review into the focused field, by
     * OCR in the background.
     */
    public void readRegion(int page, Box region) {
        FieldReview review = fieldReview.get();
        if (review == null || phase.get() != Phase.REVIEWING) {
            return;
        }
        if (regions.isEmpty()) {
            regionNote.set("Reading a region needs Loupe's local OCR, which this workstation was started without.");
            return;
        }
        int document = documentIndex.get();
        Path file = document < 0 || document >= open.files().size() ? null : open.files().get(document);
        if (file == null) {
            return;
        }
        String mediaType = open.item().assets().get(document).mediaType();
        regionNote.set("");
        runLocal(() -> {
            String text = regions.get().read(file, mediaType, page, region);
            return () -> {
                if (fieldReview.get() != review) {
                    return;
                }
                if (text.isBlank()) {
                    regionNote.set("Nothing could be read in that rectangle; drag over the value again, or type it.");
                } else {
                    review.fillFromRegion(text, page, region);
                }
            };
        });
    }

    /** Rejects the item under review as unreadable: nobody can review what its documents say. */
    public void rejectUnreadable() {
        if (canDecide.get()) {
            List<DocumentAnnotation> proposed = open.annotations();
            Lease lease = current.get();
            long spent = timeSpentMs();
            send(() -> Decision.rejectUnreadable(lease, spent, "", DocumentFeedback.toAnnotations(proposed),
                    DocumentFeedback.modelVersions(proposed)), "Rejected as unreadable");
        }
    }

    /**
     * Takes back the last decision while it is still on this machine, and opens its item again to decide anew; the
     * item that was open waits and opens after it. A decision already sent stays, and the reviewer is told so.
     */
    public void undo() {
        if (phase.get() == Phase.LOADING || phase.get() == Phase.SENDING || escalation.isOpen()) {
            return;
        }
        returnToCurrent();
        if (history.isEmpty()) {
            message.set("Nothing to undo: you have not decided anything this session.");
            return;
        }
        DecidedItem last = history.last().orElseThrow();
        runLocal(() -> {
            Optional<ReadyItem> back = desk.undoLast();
            if (back.isEmpty()) {
                return () -> problem.set("The decision on " + describe(last.item().item()) + " ("
                        + last.outcome().wire().replace('-', ' ') + ") has already been sent to the server, so it"
                        + " cannot be undone here; ask a supervisor to change it.");
            }
            PreparedItem prepared = documentPages.prepare(back.get());
            return () -> reopen(back.get(), prepared, last);
        });
    }

    /** Shows the item decided before the one on screen, read-only (K). */
    public void historyBack() {
        if (phase.get() == Phase.LOADING || phase.get() == Phase.SENDING || escalation.isOpen()) {
            return;
        }
        history.back().ifPresentOrElse(this::showDecided, () ->
                message.set("Nothing decided yet this session, so there is nothing to look back at."));
    }

    /** Shows the item decided after the one on screen, and at the end the item under review again (J). */
    public void historyForward() {
        if (history.lookingBack()) {
            history.forward().ifPresentOrElse(this::showDecided, this::returnToCurrent);
        }
    }

    /** Opens the escalation form for the item under review. */
    public void startEscalation() {
        if (canDecide.get()) {
            escalation.open();
        }
    }

    /** Sends the escalation with the chosen reason and note. */
    public void sendEscalation() {
        Lease lease = current.get();
        if (!escalation.isOpen() || lease == null || phase.get() != Phase.REVIEWING) {
            return;
        }
        EscalationReason reason = escalation.reasonProperty().get();
        if (reason == null) {
            problem.set("Choose a reason for the escalation (keys 1 to " + EscalationReason.values().length + ").");
            return;
        }
        String note = escalation.noteProperty().get().strip();
        escalation.close();
        long spent = timeSpentMs();
        send(() -> Decision.escalate(lease, reason, note, spent), "Escalated (" + reason.label() + ")");
    }

    /** Closes the escalation form; the item stays open and any prompt about the form goes with it. */
    public void cancelEscalation() {
        if (escalation.isOpen()) {
            escalation.close();
            problem.set("");
        }
    }

    /** Passes the open item by: it goes back to the queue, behind this reviewer's other work. */
    public void skip() {
        if (!canDecide.get()) {
            return;
        }
        ReadyItem item = open;
        desk.giveBack(item, ReleaseReason.SKIPPED);
        closeItem("Skipped " + describe(item.item()) + "; it waits behind your other work.", false, true);
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private void show(ReadyItem item, PreparedItem prepared) {
        history.stopLookingBack();
        open = item;
        openPrepared = prepared;
        // An item put aside by an undo comes back with the reviewer's edits as they left them.
        reviews.computeIfAbsent(item.item().id(), id -> new ItemReview(item, values));
        warnedInvalid = List.of();
        current.set(item.lease());
        leaseLost.set("");
        showPages(item, prepared);
        shownAt = clock.instant();
        phase.set(Phase.REVIEWING);
        // What became of the previous item stays in view until the reviewer moves on again.
        message.set(lastDone.isEmpty() ? "Reviewing " + describe(item.item()) + "."
                : lastDone + " Now reviewing " + describe(item.item()) + ".");
        lastDone = "";
        refresh();
    }

    private void reopen(ReadyItem item, PreparedItem prepared, DecidedItem undone) {
        if (open != null) {
            putAside.push(open);
        }
        history.remove(undone);
        decidedThisSession.set(decidedThisSession.get() - 1);
        lastDone = "";
        show(item, prepared);
        message.set("Undone: " + undone.outcome().wire().replace('-', ' ') + " " + describe(item.item())
                + ". It is open again to decide anew.");
    }

    private void showDecided(DecidedItem entry) {
        message.set(entry.banner(clock.getZone()) + ". J goes forward, back to the item under review.");
        runLocal(() -> {
            PreparedItem prepared = documentPages.prepare(entry.item());
            return () -> {
                if (viewing.get() == entry) {
                    showPages(entry.item(), prepared);
                }
            };
        });
    }

    /** Leaves the decided items and shows the item under review again. */
    private void returnToCurrent() {
        if (!history.lookingBack()) {
            return;
        }
        history.stopLookingBack();
        if (open == null) {
            showPages(null, null);
            message.set(lastDone.isEmpty() ? "Back to the queue." : lastDone);
        } else {
            showPages(open, openPrepared);
            message.set("Back to " + describe(open.item()) + ".");
        }
    }

    /**
     * Puts an item's documents on screen, the first with fields to review in view; none when the item is null. The
     * fields come up for review only for the item under review, never for one looked back at.
     */
    private void showPages(ReadyItem item, PreparedItem prepared) {
        regionNote.set("");
        if (item == null) {
            onScreen = null;
            sharperPages.set(null);
            pages.clear();
            proposals.clear();
            documentNames.clear();
            documentIndex.set(0);
            shownProposal.set(null);
            fieldReview.set(null);
            pageCount.set(0);
            pageProblem.set("");
            return;
        }
        ItemReview documents = item == open ? reviews.get(item.item().id()) : new ItemReview(item, values);
        onScreen = new OnScreen(item, prepared, documents);
        proposals.setAll(item.annotations());
        documentNames.setAll(onScreen.documents().documents().stream().map(ItemReview.Document::name).toList());
        showDocument(onScreen.documents().firstToReview());
    }

    /** Shows one of the documents of the item on screen: its pages, what the models made of it, and its fields. */
    private void showDocument(int index) {
        regionNote.set("");
        List<ItemReview.Document> documents = onScreen.documents().documents();
        ItemReview.Document document = index < documents.size() ? documents.get(index) : null;
        PreparedDocument rendered = onScreen.prepared().document(index);
        documentIndex.set(index);
        pages.setAll(rendered.pages());
        pageCount.set(rendered.pageCount());
        pageProblem.set(rendered.problem());
        shownProposal.set(document == null ? null : document.proposal());
        List<Path> files = onScreen.item().files();
        sharperPages.set(index < files.size() && files.get(index) != null
                ? documentPages.sharperFor(onScreen.item().item().assets().get(index), files.get(index)) : null);
        fieldReview.set(onScreen.item() == open && document != null ? document.review() : null);
    }

    private String queuePositionText() {
        String queue = selectedQueue.get();
        if (queue == null) {
            return "no queue chosen";
        }
        int done = history.decidedIn(queue);
        int waitingThere = queues.stream().filter(q -> q.name().equals(queue)).mapToInt(QueueSummary::queued)
                .findFirst().orElse(0);
        boolean reviewing = current.get() != null && current.get().item().queue().equals(queue);
        int total = done + (reviewing ? 1 : 0) + putAside.size() + ready.get() + waitingThere;
        if (history.lookingBack()) {
            return history.position();
        }
        if (!reviewing) {
            return queue + " · " + done + " done, " + (total - done) + " to go";
        }
        return queue + " · " + (done + 1) + " of " + total;
    }

    /** Keeps the decision, made in the background from what was read on the UI thread, and moves on. */
    private void send(Supplier<Decision> made, String verb) {
        ReadyItem item = open;
        phase.set(Phase.SENDING);
        boolean lost = !leaseLost.get().isEmpty();
        runLocal(() -> {
            Decision decision = made.get();
            desk.submit(item, decision, UUID.randomUUID().toString());
            String done = lost
                    ? verb + " " + describe(item.item()) + "; its lease was lost, so it goes to a supervisor as a conflict."
                    : verb + " " + describe(item.item()) + ".";
            return () -> {
                history.add(new DecidedItem(item, decision.outcome(), clock.instant()));
                closeItem(done, true, true);
            };
        });
    }

    /** Closes the open item, and opens the next of the queue when {@code openNext}. */
    private void closeItem(String sentence, boolean wasDecided, boolean andNext) {
        if (wasDecided) {
            decidedThisSession.set(decidedThisSession.get() + 1);
        }
        if (open != null) {
            reviews.remove(open.item().id());
        }
        open = null;
        openPrepared = null;
        current.set(null);
        leaseLost.set("");
        showPages(null, null);
        phase.set(Phase.CHOOSING);
        message.set(sentence);
        lastDone = sentence;
        if (andNext) {
            openNext();
        }
    }

    private void deskChanged(DeskStatus status) {
        unsent.set(status.unsent());
        ready.set(Objects.equals(status.queue(), selectedQueue.get()) ? status.ready() : 0);
        boolean back = status.online() && !online.get();
        online.set(status.online());
        if (back) {
            // The server answers again: what was said about it being away no longer holds; the lists may be old.
            problem.set("");
            refresh();
        }
        if (!status.problem().isEmpty()) {
            problem.set(status.problem());
        }
        if (!Objects.equals(status.queue(), selectedQueue.get())) {
            return;
        }
        if (phase.get() == Phase.WAITING && (status.ready() > 0 || status.queueEmpty())) {
            phase.set(Phase.CHOOSING);
            openNext();
        } else if (phase.get() == Phase.QUEUE_EMPTY && status.ready() > 0) {
            phase.set(Phase.CHOOSING);
            openNext();
        }
    }

    private void leaseLost(String itemId, String sentence) {
        if (open != null && open.item().id().equals(itemId)) {
            leaseLost.set("The lease on this item was lost (" + sentence.replaceAll("\\.$", "")
                    + "). Decide it anyway: your decision goes to a supervisor as a conflict.");
        }
    }

    private void loadWaiting() {
        String queue = selectedQueue.get();
        if (queue == null) {
            waiting.clear();
            return;
        }
        runRemote(() -> {
            List<WorkItem> items = client.items(queue, ItemState.QUEUED, WAITING_SHOWN);
            return () -> {
                if (queue.equals(selectedQueue.get())) {
                    Reconcile.update(waiting, items, WorkItem::id);
                }
            };
        }, failure -> { });
    }

    private long timeSpentMs() {
        return Math.max(0, Duration.between(shownAt, clock.instant()).toMillis());
    }

    private static String describe(WorkItem item) {
        String name = item.assets().isEmpty() ? item.id() : item.assets().get(0).fileName();
        return name + " in " + item.queue();
    }

    /** Runs local work (the disk, rendering) in the background and applies its result on the UI executor. */
    private void runLocal(BackgroundWork work) {
        local.execute(() -> {
            Runnable apply;
            try {
                apply = work.call();
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    problem.set(sentenceFor(e));
                    phase.set(open == null ? Phase.CHOOSING : Phase.REVIEWING);
                });
                return;
            }
            ui.execute(apply);
        });
    }

    /**
     * Runs remote work in the background and applies its result on the UI executor. A failure becomes a sentence
     * in {@link #problemProperty()}, marks the workstation offline when the server could not be reached, and runs
     * {@code onFailure} on the UI executor.
     */
    private void runRemote(BackgroundWork work, Consumer<RuntimeException> onFailure) {
        remote.execute(() -> {
            Runnable apply;
            try {
                apply = work.call();
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    boolean unreachable = e instanceof OrchestrationException oe
                            && oe.kind() == OrchestrationException.Kind.UNREACHABLE;
                    online.set(!unreachable);
                    // With work already here, the server being away is news, not a problem to solve first.
                    problem.set(unreachable && (open != null || desk.status().ready() > 0) ? WORKING_OFFLINE
                            : sentenceFor(e));
                    onFailure.accept(e);
                });
                return;
            }
            ui.execute(() -> {
                online.set(true);
                problem.set("");
                apply.run();
            });
        });
    }

    /**
     * Where the view model's work runs: server calls, local work (disk, rendering), and applying results (the UI
     * thread). Tests pass the calling thread for all three.
     */
    public record Workers(Executor remote, Executor local, Executor ui) {
        public Workers {
            Objects.requireNonNull(remote, "remote");
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(ui, "ui");
        }

        /** Everything on the calling thread, so a command has finished its round trip when it returns. */
        public static Workers sameThread() {
            Executor here = Runnable::run;
            return new Workers(here, here, here);
        }
    }

    private static String sentenceFor(RuntimeException e) {
        if (e instanceof OrchestrationException || e.getMessage() != null && e.getMessage().endsWith(".")) {
            return e.getMessage();
        }
        return "Something went wrong: " + e + ". Try again; if it repeats, report it with the log.";
    }

    /** An item on screen with its rendered documents and what the reviewer makes of them. */
    private record OnScreen(ReadyItem item, PreparedItem prepared, ItemReview documents) {
    }

    /** Work done off the UI thread, remote or local, that returns what to apply on it. */
    @FunctionalInterface
    private interface BackgroundWork {
        Runnable call();
    }

    /** Desk news arrives on the desk's threads; it is applied on the UI executor. */
    private final class DeskEvents implements ReviewDesk.Listener {
        @Override
        public void changed(DeskStatus status) {
            // Read afresh on the UI thread: news from the desk's threads may arrive out of order, the last read not.
            ui.execute(() -> deskChanged(desk.status()));
        }

        @Override
        public void leaseLost(String itemId, String sentence) {
            ui.execute(() -> ReviewViewModel.this.leaseLost(itemId, sentence));
        }

        @Override
        public void refused(String itemId, String sentence) {
            ui.execute(() -> problem.set(sentence));
        }
    }
}

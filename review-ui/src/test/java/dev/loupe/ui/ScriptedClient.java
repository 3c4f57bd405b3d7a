package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.Role;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory orchestration API for view-model tests that need faults injected (unreachable server, stale
 * lease). The real server is exercised by the app module's end-to-end tests.
 */
final class ScriptedClient implements OrchestrationClient {
    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    final Deque<WorkItem> waiting = new ArrayDeque<>();
    final List<String> keysSent = new ArrayList<>();
    final List<Decision> decisionsSent = new ArrayList<>();
    /** Failures to throw from the next decide calls, one per call. */
    final Deque<OrchestrationException> decideFailures = new ArrayDeque<>();
    OrchestrationException mediaFailure;
    /** When set, the server cannot be reached at all. */
    boolean down;
    private long fence;

    ScriptedClient withItems(int count) {
        for (int i = 1; i <= count; i++) {
            Asset asset = new Asset(String.format("%064x", i), "application/pdf", "claim-" + i + ".pdf", 100);
            waiting.add(new WorkItem("it-" + i, "claims", ItemKind.DOCUMENT, 3, T0.plusSeconds(3600),
                    ItemState.QUEUED, T0, List.of(asset), Map.of()));
        }
        return this;
    }

    static OrchestrationException unreachable() {
        return new OrchestrationException(OrchestrationException.Kind.UNREACHABLE, 0, "unreachable",
                "Cannot reach the Loupe server. Check that it is running; your work is kept.");
    }

    @Override
    public Identity whoAmI() {
        if (down) {
            throw unreachable();
        }
        return new Identity("ana", Role.REVIEWER);
    }

    @Override
    public List<QueueSummary> queues() {
        return List.of(new QueueSummary("claims", waiting.size(), 0, decisionsSent.size(), 0, T0, T0),
                new QueueSummary("receipts", 0, 0, 0, 0, null, null));
    }

    @Override
    public List<WorkItem> items(String queue, ItemState state, int limit) {
        return queue.equals("claims") ? List.copyOf(waiting) : List.of();
    }

    @Override
    public Optional<Lease> lease(String queue) {
        if (!queue.equals("claims") || waiting.isEmpty()) {
            return Optional.empty();
        }
        WorkItem item = waiting.poll().withState(ItemState.LEASED);
        fence++;
        return Optional.of(new Lease("ls-" + fence, fence, T0.plusSeconds(300), item));
    }

    @Override
    public Lease heartbeat(Lease lease) {
        if (down) {
            throw unreachable();
        }
        return new Lease(lease.leaseId(), lease.fencingToken(), lease.expiresAt().plusSeconds(300), lease.item());
    }

    @Override
    public WorkItem release(Lease lease, ReleaseReason reason) {
        if (down) {
            throw unreachable();
        }
        WorkItem back = lease.item().withState(ItemState.QUEUED);
        waiting.add(back);
        return back;
    }

    @Override
    public WorkItem item(String itemId) {
        throw new UnsupportedOperationException("not used by the view model");
    }

    @Override
    public Path media(Asset asset) {
        if (mediaFailure != null) {
            throw mediaFailure;
        }
        return Path.of(asset.fileName());
    }

    @Override
    public RecordedDecision decide(String itemId, Decision decision, String idempotencyKey) {
        keysSent.add(idempotencyKey);
        OrchestrationException failure = decideFailures.poll();
        if (failure != null) {
            throw failure;
        }
        decisionsSent.add(decision);
        return new RecordedDecision("dc-" + decisionsSent.size(), itemId, "ana", T0, decision);
    }

    @Override
    public List<RecordedDecision> decisions(String itemId) {
        throw new UnsupportedOperationException("not used by the view model");
    }
}

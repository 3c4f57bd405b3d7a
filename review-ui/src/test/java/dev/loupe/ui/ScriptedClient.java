package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading half of the orchestration API for view-model tests that need faults injected (an unreachable server).
 * Leases, media and decisions reach the view model through the desk, so they are not scripted here. The real server
 * is exercised by the sync and app modules' tests.
 */
final class ScriptedClient implements OrchestrationClient {
    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    final List<WorkItem> waiting = new ArrayList<>();
    /** When set, the server cannot be reached at all. */
    boolean down;

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

    private void answer() {
        if (down) {
            throw unreachable();
        }
    }

    @Override
    public Identity whoAmI() {
        answer();
        return new Identity("ana", Role.REVIEWER);
    }

    @Override
    public List<QueueSummary> queues() {
        answer();
        return List.of(new QueueSummary("claims", waiting.size(), 0, 0, 0, T0, T0),
                new QueueSummary("receipts", 0, 0, 0, 0, null, null));
    }

    @Override
    public List<WorkItem> items(String queue, ItemState state, int limit) {
        answer();
        return queue.equals("claims") ? List.copyOf(waiting) : List.of();
    }

    @Override
    public Optional<Lease> lease(String queue) {
        throw throughTheDesk();
    }

    @Override
    public Lease heartbeat(Lease lease) {
        throw throughTheDesk();
    }

    @Override
    public WorkItem release(Lease lease, ReleaseReason reason) {
        throw throughTheDesk();
    }

    @Override
    public WorkItem item(String itemId) {
        throw throughTheDesk();
    }

    @Override
    public Path media(Asset asset) {
        throw throughTheDesk();
    }

    @Override
    public RecordedDecision decide(String itemId, Decision decision, String idempotencyKey) {
        throw throughTheDesk();
    }

    @Override
    public List<RecordedDecision> decisions(String itemId) {
        throw throughTheDesk();
    }

    private static UnsupportedOperationException throughTheDesk() {
        return new UnsupportedOperationException("The view model reaches this through the desk, not the client.");
    }
}

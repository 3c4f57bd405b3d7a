package dev.loupe.core.port;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The orchestration API as the workstation sees it. Every method blocks on I/O: call it from a background
 * executor, never from the UI thread. Failures are {@link OrchestrationException}s with a sentence for people.
 */
public interface OrchestrationClient {

    /** Who the configured token belongs to. */
    Identity whoAmI();

    /** Every queue with its counts. */
    List<QueueSummary> queues();

    /** Up to {@code limit} items of a queue in the given state, in the order they would be leased. */
    List<WorkItem> items(String queue, ItemState state, int limit);

    /** Leases the next item of a queue; empty when nothing waits. */
    Optional<Lease> lease(String queue);

    /**
     * Renews a lease for the server's lease time. A lease that is stale or already expired cannot be renewed: that
     * is an {@link OrchestrationException} of kind {@code CONFLICT}.
     *
     * @return the lease with its new expiry; id and fencing token are unchanged
     */
    Lease heartbeat(Lease lease);

    /** Gives a lease back undecided; a skipped item goes to the back of this reviewer's line. */
    WorkItem release(Lease lease, ReleaseReason reason);

    /** Reads one item. */
    WorkItem item(String itemId);

    /** Makes the asset's bytes available as a local file whose sha256 has been checked, and returns its path. */
    Path media(Asset asset);

    /**
     * Records a decision. Sending the same decision again with the same key returns the same record and changes
     * nothing, so a retry after a lost answer is safe.
     */
    RecordedDecision decide(String itemId, Decision decision, String idempotencyKey);

    /** The decisions recorded for an item, oldest first. */
    List<RecordedDecision> decisions(String itemId);
}

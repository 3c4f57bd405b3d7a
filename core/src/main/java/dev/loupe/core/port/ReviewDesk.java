package dev.loupe.core.port;

import dev.loupe.core.Decision;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import java.util.Optional;

/**
 * Where the reviewer takes work from and leaves decisions, without ever waiting on the network: items are leased
 * and prepared ahead, kept alive by heartbeats, and decisions are kept on this machine until the server confirms
 * them. Every method returns at once or after a local disk write; none calls the server on the caller's thread.
 */
public interface ReviewDesk extends AutoCloseable {

    /** Chooses the queue to work from. Items prepared from another queue are given back. */
    void chooseQueue(String queue);

    /** The next ready item, at once; empty when none is ready yet (a listener hears when one is). */
    Optional<ReadyItem> take();

    /**
     * Keeps the decision on this machine (on disk when this returns) and sends it to the server in the background,
     * again and again until the server confirms it. The key makes a resend harmless.
     */
    void submit(ReadyItem item, Decision decision, String idempotencyKey);

    /**
     * Takes back the last decision {@link #submit submitted} while it is still on this machine, so it is never sent,
     * and holds the item's lease again: the server still leases the item to this reviewer, who may decide it anew.
     * Each call goes one decision further back.
     *
     * @return the item, under its latest lease, to review again; empty when no decision was submitted, or the last
     *         one has already left for the server (it is then kept, and a supervisor can change it)
     */
    Optional<ReadyItem> undoLast();

    /** Gives an item back undecided, in the background; a skipped item goes to the back of this reviewer's line. */
    void giveBack(ReadyItem item, ReleaseReason reason);

    /** How the desk stands now. */
    DeskStatus status();

    /** Adds a listener; it is called on the desk's own threads, never on the caller's. */
    void listen(Listener listener);

    /** Gives back every item not yet taken and stops, leaving unsent decisions on disk for the next start. */
    @Override
    void close();

    /** What the desk tells the workstation. Implementations must return quickly and not throw. */
    interface Listener {
        /** The status changed: an item became ready, the server went away or came back, a decision was sent. */
        void changed(DeskStatus status);

        /** The lease on an item taken for review was lost; a decision made on it will reach a supervisor as a conflict. */
        default void leaseLost(String itemId, String sentence) {
        }

        /** The server refused a decision for good (it is kept on this machine); the sentence says why. */
        default void refused(String itemId, String sentence) {
        }
    }
}

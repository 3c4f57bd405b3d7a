package dev.loupe.core;

import dev.loupe.core.annotation.DocumentAnnotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A leased item whose media is on this machine, checked, and ready to review without waiting on the network.
 *
 * @param lease   the lease on the item, as last renewed
 * @param files   the local copy of each of the item's assets, in the item's order; null where it could not be had
 * @param problem     why some media could not be had, as a sentence; empty when every file is here
 * @param annotations what the local models proposed for the item's documents, in the item's order; empty when
 *                    nothing was pre-annotated (a video, or models not ready yet)
 */
public record ReadyItem(Lease lease, List<Path> files, String problem, List<DocumentAnnotation> annotations) {
    public ReadyItem {
        Objects.requireNonNull(lease, "lease");
        files = Collections.unmodifiableList(new ArrayList<>(files));
        problem = problem == null ? "" : problem;
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        if (files.size() != lease.item().assets().size()) {
            throw new IllegalArgumentException("An item with " + lease.item().assets().size() + " assets needs as many "
                    + "files, got " + files.size() + ".");
        }
    }

    public WorkItem item() {
        return lease.item();
    }

    /** The same item under a renewed lease. */
    public ReadyItem withLease(Lease renewed) {
        if (!renewed.item().id().equals(lease.item().id())) {
            throw new IllegalArgumentException("A lease on " + renewed.item().id() + " cannot renew " + lease.item().id());
        }
        return new ReadyItem(renewed, files, problem, annotations);
    }

    /** An item not pre-annotated (yet). */
    public ReadyItem(Lease lease, List<Path> files, String problem) {
        this(lease, files, problem, List.of());
    }

    /** The same item with what the local models proposed for it. */
    public ReadyItem withAnnotations(List<DocumentAnnotation> proposed) {
        return new ReadyItem(lease, files, problem, proposed);
    }
}

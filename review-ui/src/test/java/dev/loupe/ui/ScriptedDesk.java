package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.DeskStatus;
import dev.loupe.core.port.ReviewDesk;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk port as the view model sees it, scripted: the test decides what is ready, what the server's state is,
 * and when a lease is lost. The real desk (prefetch, outbox, heartbeats) is tested in the sync module and end to
 * end in the app module.
 */
final class ScriptedDesk implements ReviewDesk {
    record Submitted(String itemId, Decision decision, String key) {
    }

    record GivenBack(String itemId, ReleaseReason reason) {
    }

    final Deque<ReadyItem> ready = new ArrayDeque<>();
    final List<Submitted> submitted = new ArrayList<>();
    final List<GivenBack> givenBack = new ArrayList<>();
    final List<String> queuesChosen = new ArrayList<>();
    /** Submitted items whose decisions have not "left" yet; {@link #send} makes them leave. */
    final List<ReadyItem> undoable = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();
    boolean queueEmpty;
    boolean online = true;
    int unsent;
    RuntimeException submitFailure;
    private int fence;

    ScriptedDesk withItems(int count) {
        for (int i = 1; i <= count; i++) {
            ready.add(item("it-" + i, "claim-" + i + ".pdf"));
        }
        return this;
    }

    ReadyItem item(String id, String fileName) {
        return item(id, List.of(fileName));
    }

    /** An item of several documents, one file each. */
    ReadyItem item(String id, List<String> fileNames) {
        List<Asset> assets = fileNames.stream().map(name -> new Asset(
                String.format("%064x", (id + name).hashCode() & 0xffffffffL), "application/pdf", name, 100)).toList();
        WorkItem item = new WorkItem(id, "claims", ItemKind.DOCUMENT, 3, ScriptedClient.T0.plusSeconds(3600),
                ItemState.LEASED, ScriptedClient.T0, assets, Map.of());
        fence++;
        return new ReadyItem(new Lease("ls-" + fence, fence, ScriptedClient.T0.plusSeconds(300), item),
                fileNames.stream().map(Path::of).toList(), "");
    }

    /** Every decision submitted so far leaves for the server: none can be undone any more. */
    void send() {
        undoable.clear();
    }

    /** An item arrives in the buffer, as the prefetcher would announce it. */
    void arrive(ReadyItem item) {
        ready.add(item);
        announce();
    }

    void announce() {
        DeskStatus status = status();
        listeners.forEach(l -> l.changed(status));
    }

    void loseLease(String itemId, String sentence) {
        listeners.forEach(l -> l.leaseLost(itemId, sentence));
    }

    void refuse(String itemId, String sentence) {
        listeners.forEach(l -> l.refused(itemId, sentence));
    }

    @Override
    public void chooseQueue(String queue) {
        queuesChosen.add(queue);
    }

    @Override
    public Optional<ReadyItem> take() {
        return Optional.ofNullable(ready.poll());
    }

    @Override
    public void submit(ReadyItem item, Decision decision, String idempotencyKey) {
        if (submitFailure != null) {
            throw submitFailure;
        }
        submitted.add(new Submitted(item.item().id(), decision, idempotencyKey));
        undoable.add(item);
    }

    @Override
    public Optional<ReadyItem> undoLast() {
        if (undoable.isEmpty()) {
            return Optional.empty();
        }
        ReadyItem item = undoable.remove(undoable.size() - 1);
        submitted.removeIf(s -> s.itemId().equals(item.item().id()));
        return Optional.of(item);
    }

    @Override
    public void giveBack(ReadyItem item, ReleaseReason reason) {
        givenBack.add(new GivenBack(item.item().id(), reason));
    }

    @Override
    public DeskStatus status() {
        String queue = queuesChosen.isEmpty() ? null : queuesChosen.get(queuesChosen.size() - 1);
        return new DeskStatus(queue, ready.size(), queueEmpty && ready.isEmpty(), online, unsent, "");
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
    }
}

package dev.loupe.sync;

import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A client whose answers to {@code decide} follow a script, one per call, for the faults a real server cannot be made
 * to produce on demand. Every other call fails: the sender must not make them.
 */
final class ScriptedClient implements OrchestrationClient {

    /** One answer to one {@code decide} call. */
    @FunctionalInterface
    interface Answer {
        RecordedDecision decide(String itemId, Decision decision, String idempotencyKey);
    }

    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<String> keys = new ArrayList<>();

    synchronized ScriptedClient then(Answer answer) {
        script.add(answer);
        return this;
    }

    synchronized ScriptedClient thenFail(RuntimeException failure) {
        return then((itemId, decision, key) -> {
            throw failure;
        });
    }

    synchronized ScriptedClient thenRecord() {
        return then(ScriptedClient::recorded);
    }

    /** The idempotency keys of every {@code decide} call, in order. */
    synchronized List<String> keysSent() {
        return List.copyOf(keys);
    }

    static OrchestrationException failure(Kind kind, int status) {
        return new OrchestrationException(kind, status, "scripted", "The script says " + kind + ".");
    }

    static RecordedDecision recorded(String itemId, Decision decision, String key) {
        return new RecordedDecision("dc-" + key, itemId, "admin", Instant.EPOCH, decision);
    }

    @Override
    public RecordedDecision decide(String itemId, Decision decision, String idempotencyKey) {
        Answer answer;
        synchronized (this) {
            keys.add(idempotencyKey);
            answer = script.poll();
        }
        if (answer == null) {
            throw new AssertionError("decide was called more often than the script says");
        }
        return answer.decide(itemId, decision, idempotencyKey);
    }

    @Override
    public Identity whoAmI() {
        throw notScripted();
    }

    @Override
    public List<QueueSummary> queues() {
        throw notScripted();
    }

    @Override
    public List<WorkItem> items(String queue, ItemState state, int limit) {
        throw notScripted();
    }

    @Override
    public Optional<Lease> lease(String queue) {
        throw notScripted();
    }

    @Override
    public Lease heartbeat(Lease lease) {
        throw notScripted();
    }

    @Override
    public WorkItem release(Lease lease, ReleaseReason reason) {
        throw notScripted();
    }

    @Override
    public WorkItem item(String itemId) {
        throw notScripted();
    }

    @Override
    public Path media(Asset asset) {
        throw notScripted();
    }

    @Override
    public List<RecordedDecision> decisions(String itemId) {
        throw notScripted();
    }

    private static AssertionError notScripted() {
        return new AssertionError("The outbox sender only decides");
    }
}

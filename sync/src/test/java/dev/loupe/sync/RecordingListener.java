package dev.loupe.sync;

import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationException;
import java.util.ArrayList;
import java.util.List;

/** Writes down what the sender reports, one short line per event, so a test can compare the whole story. */
final class RecordingListener implements OutboxSender.Listener {
    private final List<String> events = new ArrayList<>();
    private final List<RecordedDecision> recorded = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();

    @Override
    public synchronized void sent(Outbox.Entry entry, RecordedDecision decision) {
        events.add("sent " + entry.itemId() + " " + entry.state());
        recorded.add(decision);
    }

    @Override
    public synchronized void refused(Outbox.Entry entry, OrchestrationException refusal) {
        events.add("refused " + entry.itemId() + " " + refusal.kind() + " " + entry.state());
    }

    @Override
    public synchronized void waiting(int unsent, RuntimeException failure) {
        events.add("waiting " + unsent + " " + (failure instanceof OrchestrationException e
                ? e.kind().toString() : failure.getClass().getSimpleName()));
        failures.add(failure);
    }

    @Override
    public synchronized void drained() {
        events.add("drained");
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    synchronized List<RecordedDecision> recorded() {
        return List.copyOf(recorded);
    }

    synchronized RuntimeException lastFailure() {
        return failures.get(failures.size() - 1);
    }

    synchronized void clear() {
        events.clear();
        recorded.clear();
        failures.clear();
    }

    /** What every test expects of {@link #events()} after sending these items in one go. */
    static List<String> sentThenDrained(String... itemIds) {
        List<String> expected = new ArrayList<>();
        for (String itemId : itemIds) {
            expected.add("sent " + itemId + " SENT");
        }
        expected.add("drained");
        return expected;
    }
}

package dev.loupe.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The items decided this session, oldest first, and which of them the reviewer is looking back at (K and J). Only
 * the last {@value #KEPT} are kept, with their proposals; how many each queue saw decided is counted regardless,
 * for the position in the queue.
 */
final class DecisionHistory {
    static final int KEPT = 100;

    private final ObservableList<DecidedItem> decided = FXCollections.observableArrayList();
    private final ObservableList<DecidedItem> decidedView = FXCollections.unmodifiableObservableList(decided);
    private final ReadOnlyObjectWrapper<DecidedItem> viewing = new ReadOnlyObjectWrapper<>(this, "viewing");
    private final Map<String, Integer> perQueue = new HashMap<>();
    /** Which of {@link #decided} is on screen; -1 while the item under review is. */
    private int index = -1;

    ObservableList<DecidedItem> items() {
        return decidedView;
    }

    /** The decided item on screen; null while the item under review is. */
    ReadOnlyObjectProperty<DecidedItem> viewingProperty() {
        return viewing.getReadOnlyProperty();
    }

    boolean isEmpty() {
        return decided.isEmpty();
    }

    boolean lookingBack() {
        return index >= 0;
    }

    void add(DecidedItem item) {
        perQueue.merge(item.item().item().queue(), 1, Integer::sum);
        decided.add(item);
        if (decided.size() > KEPT) {
            decided.remove(0);
            if (index >= 0) {
                index = Math.max(0, index - 1);
            }
        }
    }

    /** Forgets a decision that was undone. */
    void remove(DecidedItem item) {
        perQueue.merge(item.item().item().queue(), -1, Integer::sum);
        decided.remove(item);
    }

    Optional<DecidedItem> last() {
        return decided.isEmpty() ? Optional.empty() : Optional.of(decided.get(decided.size() - 1));
    }

    int decidedIn(String queue) {
        return perQueue.getOrDefault(queue, 0);
    }

    /** Looks at the item decided before the one on screen, or the newest from the item under review. */
    Optional<DecidedItem> back() {
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lookAt(index < 0 ? decided.size() - 1 : Math.max(0, index - 1)));
    }

    /** Looks at the item decided after the one on screen; empty past the newest, where looking back ends. */
    Optional<DecidedItem> forward() {
        if (index < 0 || index + 1 >= decided.size()) {
            return Optional.empty();
        }
        return Optional.of(lookAt(index + 1));
    }

    void stopLookingBack() {
        index = -1;
        viewing.set(null);
    }

    /** "looking back: 2 of 5 decided". */
    String position() {
        return "looking back: " + (index + 1) + " of " + decided.size() + " decided";
    }

    private DecidedItem lookAt(int at) {
        index = at;
        viewing.set(decided.get(at));
        return decided.get(at);
    }
}

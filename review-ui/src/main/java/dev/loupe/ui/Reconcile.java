package dev.loupe.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Brings a shown list up to date with the fewest changes: rows gone are removed, new rows inserted where they
 * belong, and changed rows replaced in place. A list view given these small changes moves and updates its cells;
 * given {@code setAll} it would lay every cell out anew, which on the review screen cost more FX-thread time than
 * opening the item itself.
 */
final class Reconcile {
    private Reconcile() {
    }

    /**
     * Makes {@code shown} equal to {@code fresh}. Rows are matched by {@code key}; when the rows kept have changed
     * order (or keys repeat) the list is replaced whole.
     */
    static <T, K> void update(ObservableList<T> shown, List<T> fresh, Function<T, K> key) {
        if (shown.equals(fresh)) {
            return;
        }
        Set<K> freshKeys = new HashSet<>();
        for (T row : fresh) {
            if (!freshKeys.add(key.apply(row))) {
                shown.setAll(fresh);
                return;
            }
        }
        shown.removeIf(row -> !freshKeys.contains(key.apply(row)));
        Set<K> shownKeys = new HashSet<>();
        for (T row : shown) {
            shownKeys.add(key.apply(row));
        }
        for (int i = 0; i < fresh.size(); i++) {
            T row = fresh.get(i);
            K wanted = key.apply(row);
            if (i < shown.size() && Objects.equals(key.apply(shown.get(i)), wanted)) {
                if (!shown.get(i).equals(row)) {
                    shown.set(i, row);
                }
            } else if (shownKeys.contains(wanted)) {
                // A row kept has moved: not worth a minimal edit.
                shown.setAll(fresh);
                return;
            } else {
                shown.add(i, row);
            }
        }
    }
}

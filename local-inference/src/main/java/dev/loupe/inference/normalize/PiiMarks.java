package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The spans of personal data found so far: each word belongs to at most one, the first rule to claim it. */
final class PiiMarks {
    private final List<Word> words;
    private final boolean[] claimed;
    private final List<PiiSpan> spans = new ArrayList<>();

    PiiMarks(List<Word> words) {
        this.words = words;
        this.claimed = new boolean[words.size()];
    }

    List<Word> words() {
        return words;
    }

    boolean isFree(int word) {
        return !claimed[word];
    }

    /** Marks the words {@code first} to {@code end} (exclusive) when none is marked yet; says whether it did. */
    boolean claim(PiiKind kind, int first, int end) {
        if (first >= end) {
            return false;
        }
        for (int i = first; i < end; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        Box box = words.get(first).box();
        List<Integer> indexes = new ArrayList<>();
        for (int i = first; i < end; i++) {
            claimed[i] = true;
            indexes.add(i);
            if (i > first) {
                box = box.union(words.get(i).box());
            }
        }
        spans.add(new PiiSpan(kind, words.get(first).page(), box, indexes, PersonalData.MODEL));
        return true;
    }

    List<PiiSpan> spans() {
        List<PiiSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(span -> span.words().get(0)));
        return List.copyOf(sorted);
    }
}

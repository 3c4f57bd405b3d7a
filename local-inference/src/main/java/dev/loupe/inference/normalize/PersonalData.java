package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the personal data in a document's words, so logs and exports can mask it. Each span is consecutive words
 * on one line, and each word is in at most one span. The rules run from the surest to the loosest, and a later one
 * never takes a word an earlier one marked: e-mail addresses; the names the field tagger found; values after
 * labels ({@link PiiLabels}); IBANs and card numbers by their check digits; phone numbers by their form
 * ({@link PiiPatterns}).
 */
public final class PersonalData {
    public static final ModelRef MODEL = new ModelRef("pii-rules", "1");

    private PersonalData() {
    }

    /** @param words the document's words, page by page in reading order */
    public static List<PiiSpan> find(List<Word> words) {
        return find(words, List.of());
    }

    /**
     * @param words      the document's words, page by page in reading order
     * @param knownNames spans of people's names found otherwise (the field tagger's claimant and patient names), as
     *                   indexes into {@code words}; each is marked, split where it crosses a line
     */
    public static List<PiiSpan> find(List<Word> words, List<List<Integer>> knownNames) {
        PiiMarks marks = new PiiMarks(words);
        List<WordLines.Line> lines = WordLines.of(words);
        List<LineText> texts = new ArrayList<>();
        for (WordLines.Line line : lines) {
            texts.add(new LineText(words, line));
        }
        texts.forEach(line -> PiiPatterns.markEmails(line, marks));
        markKnownNames(words, lines, knownNames, marks);
        PiiLabels.mark(texts, marks);
        texts.forEach(line -> PiiPatterns.markAccounts(line, marks));
        texts.forEach(line -> PiiPatterns.markPhones(line, marks));
        return marks.spans();
    }

    private static void markKnownNames(List<Word> words, List<WordLines.Line> lines, List<List<Integer>> knownNames,
            PiiMarks marks) {
        int[] lineOf = new int[words.size()];
        for (int l = 0; l < lines.size(); l++) {
            for (int i = lines.get(l).first(); i < lines.get(l).end(); i++) {
                lineOf[i] = l;
            }
        }
        for (List<Integer> name : knownNames) {
            List<Integer> sorted = name.stream().distinct().sorted().toList();
            for (int word : sorted) {
                if (word < 0 || word >= words.size()) {
                    throw new IllegalArgumentException("A known name points at word " + word + ", but the document "
                            + "has " + words.size() + " words.");
                }
            }
            int runStart = -1;
            for (int n = 0; n <= sorted.size(); n++) {
                boolean continuesRun = n > 0 && n < sorted.size() && sorted.get(n) == sorted.get(n - 1) + 1
                        && lineOf[sorted.get(n)] == lineOf[sorted.get(n - 1)] && marks.isFree(sorted.get(n));
                if (!continuesRun) {
                    if (runStart >= 0) {
                        marks.claim(PiiKind.PERSON_NAME, runStart, sorted.get(n - 1) + 1);
                    }
                    runStart = n < sorted.size() && marks.isFree(sorted.get(n)) ? sorted.get(n) : -1;
                }
            }
        }
    }
}

package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.Word;
import java.util.List;

/** A document's text with its personal data replaced by the kind of it, such as {@code [phone]}, for logs and exports. */
public final class Masking {
    private Masking() {
    }

    /** The words, one line of text per line, each run of a span's words on a line printed as one {@code [kind]}. */
    public static String mask(List<Word> words, List<PiiSpan> spans) {
        PiiSpan[] spanOf = new PiiSpan[words.size()];
        for (PiiSpan span : spans) {
            for (int word : span.words()) {
                if (word < 0 || word >= words.size()) {
                    throw new IllegalArgumentException("A span of personal data points at word " + word + ", but the "
                            + "document has " + words.size() + " words.");
                }
                if (spanOf[word] == null) {
                    spanOf[word] = span;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (WordLines.Line line : WordLines.of(words)) {
            boolean firstOnLine = true;
            for (int i = line.first(); i < line.end(); i++) {
                PiiSpan span = spanOf[i];
                boolean continuesSpan = span != null && i > line.first() && spanOf[i - 1] == span;
                if (continuesSpan) {
                    continue;
                }
                text.append(firstOnLine ? "" : " ")
                        .append(span == null ? words.get(i).text() : "[" + span.kind().wire() + "]");
                firstOnLine = false;
            }
            text.append('\n');
        }
        return text.toString();
    }
}

package dev.loupe.inference;

import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotation with its personal data replaced by {@code [kind]}, for logs and exports: each marked word's text,
 * the lines' text, and the raw and normalised values of fields that are read from marked words.
 */
public final class PiiRedaction {
    private PiiRedaction() {
    }

    public static DocumentAnnotation redact(DocumentAnnotation annotation) {
        Map<Integer, String> masked = new HashMap<>();
        for (PiiSpan span : annotation.pii()) {
            span.words().forEach(index -> masked.put(index, "[" + span.kind().wire() + "]"));
        }
        if (masked.isEmpty()) {
            return annotation;
        }
        List<Word> words = new ArrayList<>(annotation.words().size());
        for (int i = 0; i < annotation.words().size(); i++) {
            Word word = annotation.words().get(i);
            String mask = masked.get(i);
            words.add(mask == null ? word : new Word(word.page(), mask, word.box(), word.confidence(), word.model()));
        }
        List<TextLine> lines = new ArrayList<>(annotation.lines().size());
        for (TextLine line : annotation.lines()) {
            StringBuilder text = new StringBuilder();
            for (int w = line.firstWord(); w < line.firstWord() + line.wordCount(); w++) {
                text.append(text.length() == 0 ? "" : " ").append(words.get(w).text());
            }
            lines.add(new TextLine(line.page(), text.toString(), line.box(), line.confidence(), line.firstWord(),
                    line.wordCount()));
        }
        List<Field> fields = new ArrayList<>(annotation.fields().size());
        for (Field field : annotation.fields()) {
            String mask = field.words().stream().map(masked::get).filter(m -> m != null).findFirst().orElse(null);
            fields.add(mask == null ? field : new Field(field.name(), mask, mask, field.currency(), field.page(),
                    field.box(), field.confidence(), field.words(), field.check(), field.note(), field.model()));
        }
        return new DocumentAnnotation(annotation.name(), annotation.mediaType(), annotation.status(), annotation.pages(),
                words, lines, annotation.type(), fields, annotation.pii(), annotation.problems(), annotation.models(),
                annotation.millis());
    }
}

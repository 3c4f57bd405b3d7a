package dev.loupe.inference;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.PageInfo;
import dev.loupe.core.annotation.Problem;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.List;

/**
 * A document's text as read from its pages, before any model looks at it.
 *
 * @param pages    the pages read
 * @param words    every word, page by page in reading order
 * @param lines    the lines over those words
 * @param problems what could not be read
 * @param status   complete, partial or unreadable
 * @param models   what read the words (OCR, a text layer)
 */
public record ReadText(List<PageInfo> pages, List<Word> words, List<TextLine> lines, List<Problem> problems,
        AnnotationStatus status, List<ModelRef> models) {
    public ReadText {
        pages = List.copyOf(pages);
        words = List.copyOf(words);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        models = List.copyOf(models);
    }
}

package dev.loupe.inference.ocr;

import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param words           in reading order
 * @param lines           over those words, their word indexes relative to this page's list
 * @param deadlineReached whether OCR was stopped by its deadline before it finished the page
 */
public record OcrPage(List<Word> words, List<TextLine> lines, boolean deadlineReached) {
    public OcrPage {
        words = List.copyOf(words);
        lines = List.copyOf(lines);
    }
}

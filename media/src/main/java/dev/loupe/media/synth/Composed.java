package dev.loupe.media.synth;

import java.util.List;
import java.util.Map;

/**
 * A document's content laid out on its pages, with its truth and what a stamp on it would say.
 *
 * @param title      the PDF's title
 * @param stampWords the words a stamp on it may say; empty where nobody stamps this kind of document
 */
record Composed(List<Sheet> pages, Map<String, String> fields, String title, List<String> stampWords) {
    Composed(Sheet page, Map<String, String> fields, String title, List<String> stampWords) {
        this(List.of(page), fields, title, stampWords);
    }
}

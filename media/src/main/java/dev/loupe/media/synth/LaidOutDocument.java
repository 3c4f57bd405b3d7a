package dev.loupe.media.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic document as laid out but not printed, for training models in memory.
 *
 * @param docType the wire name of its type, as in its truth JSON
 * @param fields  the true field values, normalised, as in its truth JSON
 * @param pages   its pages, whose words joined are the words of its truth text
 * @param format  how {@code generate} prints it, e.g. {@code pdf} or {@code png}
 */
public record LaidOutDocument(String docType, Map<String, String> fields, List<LaidOutPage> pages, String format) {
    public LaidOutDocument {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        pages = List.copyOf(pages);
    }
}

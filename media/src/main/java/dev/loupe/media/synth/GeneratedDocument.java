package dev.loupe.media.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One synthetic document and where its truth lies.
 *
 * @param file      the PDF or PNG
 * @param mediaType {@code application/pdf} or {@code image/png}
 * @param docType   {@code claim_form} or {@code receipt}
 * @param fields    the true field values, normalised (ISO dates, two-decimal amounts), as in the truth JSON
 * @param truthJson {@code NAME.json}: the type and the fields
 * @param truthText {@code NAME.txt}: the printed text, one line per printed line, in reading order
 */
public record GeneratedDocument(
        Path file, String mediaType, String docType, Map<String, String> fields, Path truthJson, Path truthText) {

    public static final String CLAIM_FORM = "claim_form";
    public static final String RECEIPT = "receipt";

    public GeneratedDocument {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

package dev.loupe.media.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One synthetic document and where its truth lies.
 *
 * @param file      the PDF or image
 * @param mediaType {@code application/pdf}, {@code image/png}, {@code image/jpeg} or {@code image/tiff}
 * @param docType   the wire name of its type, one of the constants here
 * @param fields    the true field values, normalised (ISO dates, two-decimal amounts), as in the truth JSON
 * @param truthJson {@code NAME.json}: the type and the fields
 * @param truthText {@code NAME.txt}: the printed text, one line per printed line, in reading order, page by page
 * @param format    how it was printed: {@code pdf} (with a text layer), {@code pdf-scan} (pages as pictures), {@code png},
 *                  {@code jpeg}, {@code tiff}, {@code phone-photo} (paper photographed) or {@code photo} (a
 *                  picture of damage, no paper)
 * @param pages     how many pages it has
 */
public record GeneratedDocument(Path file, String mediaType, String docType, Map<String, String> fields,
        Path truthJson, Path truthText, String format, int pages) {

    public static final String CLAIM_FORM = "claim_form";
    public static final String INVOICE = "invoice";
    public static final String RECEIPT = "receipt";
    public static final String MEDICAL_REPORT = "medical_report";
    public static final String POLICE_REPORT = "police_report";
    public static final String ID_DOCUMENT = "id_document";
    public static final String CORRESPONDENCE = "correspondence";
    public static final String DAMAGE_PHOTO = "damage_photo";
    public static final String OTHER = "other";

    public GeneratedDocument {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

package dev.loupe.ui;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.PageInfo;
import dev.loupe.core.annotation.TextSource;
import dev.loupe.core.annotation.TypePrediction;
import dev.loupe.core.annotation.Word;
import java.util.List;
import java.util.Map;

/**
 * A two-page invoice as the models might propose it: its vendor valid, its number low-confidence, its date invalid
 * and its total missing. Words, by index: 0 ACME, 1 LTD, 2 Invoice, 3 INV-7, 4 12/01/2024, 5 Total, 6 12.50, 7 EUR
 * on page 0, and 8 Thanks on page 1.
 */
final class InvoiceProposal {
    static final ModelRef OCR = new ModelRef("tesseract", "5.5.2/eng");
    static final ModelRef TYPES = new ModelRef("doc-type", "synth-1");
    static final ModelRef TAGGER = new ModelRef("field-tagger", "synth-1");
    static final List<Word> WORDS = List.of(
            word(0, "ACME", 0.10, 0.05), word(0, "LTD", 0.20, 0.05), word(0, "Invoice", 0.60, 0.05),
            word(0, "INV-7", 0.72, 0.05), word(0, "12/01/2024", 0.60, 0.12),
            word(0, "Total", 0.50, 0.80), word(0, "12.50", 0.62, 0.80), word(0, "EUR", 0.72, 0.80),
            word(1, "Thanks", 0.10, 0.10));

    private InvoiceProposal() {
    }

    static DocumentAnnotation annotation() {
        Field vendor = new Field(FieldName.VENDOR, "ACME LTD", "ACME LTD", "", 0, box(0, 1), 0.95, List.of(0, 1),
                FieldCheck.VALID, "", TAGGER);
        Field number = new Field(FieldName.INVOICE_NUMBER, "INV-7", "INV-7", "", 0, box(3, 3), 0.55, List.of(3),
                FieldCheck.LOW_CONFIDENCE, "The models are unsure of this number.", TAGGER);
        Field date = new Field(FieldName.DATE, "12/01/2024", "", "", 0, box(4, 4), 0.80, List.of(4),
                FieldCheck.INVALID, "The date could be read two ways.", TAGGER);
        Field total = Field.missing(FieldName.TOTAL, TAGGER);
        return new DocumentAnnotation("invoice-0001.png", "image/png", AnnotationStatus.COMPLETE,
                List.of(new PageInfo(0, 1000, 1400, 200, TextSource.OCR, 8, 40),
                        new PageInfo(1, 1000, 1400, 200, TextSource.OCR, 1, 30)),
                WORDS, List.of(), new TypePrediction(DocumentType.INVOICE, 0.91, Map.of(DocumentType.INVOICE, 0.91), TYPES),
                List.of(vendor, number, date, total), List.of(), List.of(), List.of(OCR, TYPES, TAGGER), 90);
    }

    /** The union of the boxes of words {@code first} to {@code last}. */
    static Box box(int first, int last) {
        Box box = WORDS.get(first).box();
        for (int i = first + 1; i <= last; i++) {
            box = box.union(WORDS.get(i).box());
        }
        return box;
    }

    private static Word word(int page, String text, double x, double y) {
        return new Word(page, text, new Box(x, y, 0.08, 0.02), 0.9, OCR);
    }
}

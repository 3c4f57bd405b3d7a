package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * The kinds of document the corpus holds: each one's wire name, file prefix, share of the plan, the formats it
 * comes in (repeated to weight them) and how one is composed.
 */
enum DocType {
    CLAIM_FORM(GeneratedDocument.CLAIM_FORM, "claim", 3, List.of(Format.PDF, Format.PDF, Format.SCANNED_PDF,
            Format.PNG, Format.PNG, Format.JPEG, Format.TIFF, Format.PHONE_PHOTO), ClaimForm::compose),
    RECEIPT(GeneratedDocument.RECEIPT, "receipt", 3, List.of(Format.PDF, Format.PDF, Format.PNG, Format.JPEG,
            Format.TIFF, Format.PHONE_PHOTO, Format.PHONE_PHOTO, Format.PHONE_PHOTO), Receipt::compose),
    INVOICE(GeneratedDocument.INVOICE, "invoice", 2, List.of(Format.PDF, Format.PDF, Format.SCANNED_PDF,
            Format.PNG, Format.JPEG, Format.TIFF, Format.PHONE_PHOTO), Invoice::compose),
    MEDICAL_REPORT(GeneratedDocument.MEDICAL_REPORT, "medical", 2, List.of(Format.PDF, Format.PDF,
            Format.SCANNED_PDF, Format.PNG, Format.JPEG, Format.TIFF), MedicalReport::compose),
    POLICE_REPORT(GeneratedDocument.POLICE_REPORT, "police", 1, List.of(Format.PDF, Format.SCANNED_PDF,
            Format.PNG, Format.JPEG, Format.TIFF), PoliceReport::compose),
    ID_DOCUMENT(GeneratedDocument.ID_DOCUMENT, "id", 1, List.of(Format.SCANNED_PDF, Format.PNG, Format.JPEG,
            Format.PHONE_PHOTO), IdDocument::compose),
    CORRESPONDENCE(GeneratedDocument.CORRESPONDENCE, "letter", 2, List.of(Format.PDF, Format.PDF,
            Format.SCANNED_PDF, Format.PNG, Format.JPEG, Format.TIFF), Letter::compose),
    OTHER(GeneratedDocument.OTHER, "other", 1, List.of(Format.PDF, Format.PNG, Format.JPEG, Format.TIFF),
            OtherDocument::compose),
    DAMAGE_PHOTO(GeneratedDocument.DAMAGE_PHOTO, "photo", 1, List.of(Format.PHOTO), DamagePhoto::compose);

    /** Lays one document of this type out in what {@code medium} allows. */
    interface Composer {
        Composed compose(Random random, Medium medium);
    }

    final String wireName;
    final String prefix;
    /** How many of each block of the plan are of this type. */
    final int share;
    final List<Format> formats;
    private final Composer composer;

    DocType(String wireName, String prefix, int share, List<Format> formats, Composer composer) {
        this.wireName = wireName;
        this.prefix = prefix;
        this.share = share;
        this.formats = formats;
        this.composer = composer;
    }

    Composed compose(Random random, Medium medium) {
        return composer.compose(random, medium);
    }
}

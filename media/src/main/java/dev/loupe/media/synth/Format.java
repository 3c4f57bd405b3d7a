package dev.loupe.media.synth;

import dev.loupe.media.MediaTypes;

/** How a document is printed to a file; its wire name is recorded with the document. */
enum Format {
    /** A PDF with a real text layer, drawn in Helvetica. */
    PDF("pdf", "pdf", MediaTypes.PDF, 1, 2),
    /** A scanner's PDF: every page an image of the scanned sheet, no text layer. */
    SCANNED_PDF("pdf-scan", "pdf", MediaTypes.PDF, 1, 2),
    /** A scanned-looking PNG, one page. */
    PNG("png", "png", MediaTypes.PNG, 1, 1),
    /** The scan saved as a JPEG at a modest quality, with its blocky artefacts, one page. */
    JPEG("jpeg", "jpg", MediaTypes.JPEG, 1, 1),
    /** A fax or office scanner's multi-page TIFF, every page scanned, in grey or black and white. */
    TIFF("tiff", "tif", MediaTypes.TIFF, 1, 2),
    /** A phone's photo of the paper lying on a table, one page. */
    PHONE_PHOTO("phone-photo", "jpg", MediaTypes.JPEG, 1, 1),
    /** A colour photograph of a thing, not of paper: no text at all. */
    PHOTO("photo", "jpg", MediaTypes.JPEG, 1, 1);

    final String wireName;
    final String extension;
    final String mediaType;
    final int minPages;
    final int maxPages;

    Format(String wireName, String extension, String mediaType, int minPages, int maxPages) {
        this.wireName = wireName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.minPages = minPages;
        this.maxPages = maxPages;
    }

    /** Whether the file keeps the text as text; every other format is an image of the page. */
    boolean hasTextLayer() {
        return this == PDF;
    }
}

package dev.loupe.media.synth;

import dev.loupe.media.MediaTypes;

/** How a document is printed to a file; its wire name is recorded with the document. */
enum Format {
    /** A PDF with a real text layer, drawn in Helvetica. */
    PDF("pdf", "pdf", MediaTypes.PDF, 1, 2),
    /** A scanned-looking PNG, one page. */
    PNG("png", "png", MediaTypes.PNG, 1, 1);

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

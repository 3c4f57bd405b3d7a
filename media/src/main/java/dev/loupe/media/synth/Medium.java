package dev.loupe.media.synth;

import java.util.List;

/**
 * What a document's format allows its layout: the typefaces that print right in it and how many pages it holds.
 * A layout that can run to a second page does so only when {@code maxPages} allows, and must when
 * {@code minPages} asks.
 */
record Medium(List<Face> faces, int minPages, int maxPages) {
    /**
     * PDFs use Helvetica only: PDFBox falls back to its bundled Liberation Sans, Helvetica's metric twin, where a
     * machine lacks the Standard 14 fonts, and would draw Courier or Times with the wrong glyphs there.
     */
    private static final List<Face> TEXT_LAYER_FACES = List.of(Face.SANS);
    private static final List<Face> IMAGE_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);

    static Medium of(Format format) {
        return new Medium(format.hasTextLayer() ? TEXT_LAYER_FACES : IMAGE_FACES, format.minPages, format.maxPages);
    }

    /** The faces a till printer would use: mostly monospaced, where the format can print them. */
    List<Face> tillFaces() {
        return faces.contains(Face.MONO) ? List.of(Face.MONO, Face.MONO, Face.SANS) : faces;
    }

    /** Whether a document that may take a second page takes one; {@code roll} is drawn whatever the answer. */
    boolean secondPage(boolean roll) {
        return minPages > 1 || (maxPages > 1 && roll);
    }
}

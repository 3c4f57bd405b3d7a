package dev.loupe.core.port;

import java.nio.file.Path;

/** Opens documents (PDF, PNG, JPEG, TIFF) for page-by-page rendering. Blocking: call it off the UI thread. */
public interface PageRenderer {

    /**
     * Opens a document.
     *
     * @param file      where its bytes are
     * @param mediaType e.g. {@code application/pdf}
     * @param name      how people know the document, e.g. {@code claim-0001.pdf}; errors speak of it by this name,
     *                  not by the path of a cached copy
     * @throws UnreadableMediaException when the file is not a readable document of that type
     */
    PageSource open(Path file, String mediaType, String name);

    /** Opens a document that people know by its path. */
    default PageSource open(Path file, String mediaType) {
        return open(file, mediaType, file.toString());
    }
}

package dev.loupe.core.port;

import java.nio.file.Path;

/** Opens documents (PDF, PNG, JPEG, TIFF) for page-by-page rendering. Blocking: call it off the UI thread. */
public interface PageRenderer {

    /**
     * Opens a document.
     *
     * @throws UnreadableMediaException when the file is not a readable document of that type
     */
    PageSource open(Path file, String mediaType);
}

package dev.loupe.core.port;

import dev.loupe.core.annotation.Box;
import java.nio.file.Path;

/**
 * Reads the text inside a rectangle of a document's page: what a reviewer drags over when the models missed a
 * value. Blocking: call it off the UI thread. It never throws for a bad file or an empty rectangle; it reads nothing.
 */
public interface RegionReader extends AutoCloseable {

    /**
     * @param file      where the document's bytes are
     * @param mediaType e.g. {@code image/png}
     * @param page      zero-based page
     * @param region    the rectangle, relative to the page (0 to 1)
     * @return the words read, in reading order, joined by single spaces; empty when nothing could be read
     */
    String read(Path file, String mediaType, int page, Box region);

    @Override
    void close();
}

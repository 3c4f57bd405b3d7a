package dev.loupe.inference;

import java.nio.file.Path;

/** Reads a document's words from its pages: a PDF's text layer where it has one, OCR elsewhere. Thread-safe. */
public interface TextReader extends AutoCloseable {
    /** Never throws for a bad file: what is wrong is in the result's problems and status. */
    ReadText read(Path file, String mediaType, String name);

    @Override
    void close();
}

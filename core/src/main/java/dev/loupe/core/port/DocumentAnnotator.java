package dev.loupe.core.port;

import dev.loupe.core.annotation.DocumentAnnotation;
import java.nio.file.Path;

/**
 * Pre-annotates documents on this machine: OCR, document type, fields and personal data. Blocking: call it off the
 * UI thread. It never throws for a bad file; what is wrong is in the annotation's problems and status.
 */
public interface DocumentAnnotator extends AutoCloseable {

    /**
     * Reads one document.
     *
     * @param file      where its bytes are
     * @param mediaType e.g. {@code application/pdf}
     * @param name      how people know it; problems speak of it by this name
     */
    DocumentAnnotation annotate(Path file, String mediaType, String name);

    @Override
    void close();
}

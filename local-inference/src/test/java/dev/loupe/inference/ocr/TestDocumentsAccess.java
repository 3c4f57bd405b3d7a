package dev.loupe.inference.ocr;

import java.io.IOException;
import java.nio.file.Path;

/** The reader's test documents, for the annotator's tests in the package above. */
public final class TestDocumentsAccess {
    private TestDocumentsAccess() {
    }

    public static Path photo(Path file) throws IOException {
        return TestDocuments.photo(file, 5);
    }

    public static Path blank(Path file) throws IOException {
        return TestDocuments.blank(file);
    }
}

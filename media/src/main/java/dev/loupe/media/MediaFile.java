package dev.loupe.media;

import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.core.port.UnreadableMediaException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks made on a file before any reader looks inside it, with the sentences a reviewer sees. */
final class MediaFile {
    private MediaFile() {
    }

    /** Refuses a file that is missing, a folder, unreadable or empty. */
    static void requireContent(Path file, String name) {
        if (!Files.exists(file)) {
            throw new UnreadableMediaException("'" + name + "' does not exist. "
                    + "Check that it was not moved or deleted, then open it again.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableMediaException("'" + name + "' is a folder, not a file. Choose a document inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableMediaException("'" + name + "' cannot be read with your permissions. "
                    + "Ask whoever manages the folder to give you read access.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableMediaException("'" + name + "' cannot be read right now. "
                    + "Check the disk or network share and try again.", e);
        }
        if (size == 0) {
            throw new UnreadableMediaException(Reason.EMPTY, "'" + name + "' is empty (0 bytes), probably from an "
                    + "interrupted copy or download. Fetch the file again.");
        }
    }
}

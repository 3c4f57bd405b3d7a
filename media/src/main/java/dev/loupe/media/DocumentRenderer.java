package dev.loupe.media;

import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens PDFs (PDFBox) and PNG, JPEG and TIFF images (ImageIO) as pages rendered on demand. Every problem with a
 * file surfaces as an {@link UnreadableMediaException} whose message a reviewer can act on.
 */
public final class DocumentRenderer implements PageRenderer {
    private final PixelLimit limit;

    /** Refuses pages over 120 megapixels, or fewer when the heap is small. */
    public DocumentRenderer() {
        this(PixelLimit.forThisJvm());
    }

    /** Refuses images, and renderings, with more than {@code maxPixels} pixels. */
    public DocumentRenderer(long maxPixels) {
        this(new PixelLimit(maxPixels));
    }

    private DocumentRenderer(PixelLimit limit) {
        this.limit = limit;
    }

    @Override
    public PageSource open(Path file, String mediaType, String name) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        if (!MediaTypes.isDocument(mediaType)) {
            String stated = mediaType == null || mediaType.isBlank() ? "no media type"
                    : "the media type '" + mediaType + "'";
            throw new UnreadableMediaException("'" + name + "' has " + stated + ", which Loupe cannot show. "
                    + "Convert it to one of " + MediaTypes.supported() + ".");
        }
        requireContent(file, name);
        return MediaTypes.isImage(mediaType) ? ImagePages.open(file, name, limit) : PdfPages.open(file, name, limit);
    }

    private static void requireContent(Path file, String name) {
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
            throw new UnreadableMediaException("'" + name + "' is empty (0 bytes), probably from an interrupted copy "
                    + "or download. Fetch the file again.");
        }
    }
}

package dev.loupe.media;

import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
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
        if (MediaTypes.isImage(mediaType)) {
            MediaFile.requireContent(file, name);
            return ImagePages.open(file, name, limit);
        }
        return PdfPages.open(file, name, limit);
    }
}

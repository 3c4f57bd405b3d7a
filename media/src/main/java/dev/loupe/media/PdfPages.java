package dev.loupe.media;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF opened with PDFBox (see {@link PdfFile}) whose pages are drawn on demand. */
final class PdfPages implements PageSource {
    private static final float POINTS_PER_INCH = 72f;

    private final Path file;
    private final String name;
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final PixelLimit limit;
    private final int pageCount;
    private boolean closed;

    private PdfPages(Path file, String name, PDDocument document, PixelLimit limit, int pageCount) {
        this.file = file;
        this.name = name;
        this.document = document;
        this.limit = limit;
        this.pageCount = pageCount;
        this.renderer = new PDFRenderer(document);
        // Embedded scans larger than the output are read subsampled, which bounds memory on huge images.
        this.renderer.setSubsamplingAllowed(true);
    }

    static PdfPages open(Path file, String name, PixelLimit limit) {
        PDDocument document = PdfFile.open(file, name);
        return new PdfPages(file, name, document, limit, document.getNumberOfPages());
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public synchronized PageImage render(int index, int dpi) {
        RenderRequest.check(name, closed, index, pageCount, dpi);
        try {
            requireWithinLimit(index, dpi);
            return PageImages.fromRgb(renderer.renderImageWithDPI(index, dpi, ImageType.RGB));
        } catch (UnreadableMediaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableMediaException("Page " + (index + 1) + " of '" + name + "' could not be drawn because "
                    + "the PDF is damaged. Other pages may still open; ask the sender for an intact copy.", e);
        }
    }

    /** Sized as PDFRenderer sizes its image: the crop box at the scale, turned by the page's rotation. */
    private void requireWithinLimit(int index, int dpi) {
        PDPage page = document.getPage(index);
        PDRectangle crop = page.getCropBox();
        float scale = dpi / POINTS_PER_INCH;
        long width = (long) Math.max(Math.floor(crop.getWidth() * scale), 1);
        long height = (long) Math.max(Math.floor(crop.getHeight() * scale), 1);
        boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
        if (!limit.allows(width, height)) {
            throw turned ? limit.renderTooLarge(name, index, dpi, height, width)
                    : limit.renderTooLarge(name, index, dpi, width, height);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            IOUtils.closeQuietly(document);
        }
    }
}

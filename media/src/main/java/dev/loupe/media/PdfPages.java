package dev.loupe.media;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF opened with PDFBox: read from the file as needed, with its stream cache in temporary files, not the heap. */
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
        PDDocument document = load(file, name);
        int pages;
        try {
            pages = document.getNumberOfPages();
        } catch (RuntimeException e) {
            IOUtils.closeQuietly(document);
            throw damaged(name, e);
        }
        if (pages == 0) {
            IOUtils.closeQuietly(document);
            throw new UnreadableMediaException("'" + name + "' is a PDF with no pages, so there is nothing to review. "
                    + "Ask the sender for the complete document.");
        }
        return new PdfPages(file, name, document, limit, pages);
    }

    private static PDDocument load(Path file, String name) {
        RandomAccessRead source = null;
        try {
            source = new RandomAccessReadBufferedFile(file.toFile());
            return Loader.loadPDF(source, "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            IOUtils.closeQuietly(source);
            throw new UnreadableMediaException("'" + name + "' is protected by a password, and Loupe does not open "
                    + "protected PDFs. Ask the sender for a copy without a password.", e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(source);
            throw damaged(name, e);
        }
    }

    private static UnreadableMediaException damaged(String name, Exception cause) {
        return new UnreadableMediaException("'" + name + "' is not a readable PDF: it is damaged, incomplete or not "
                + "a PDF at all. Ask the sender for an intact copy.", cause);
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

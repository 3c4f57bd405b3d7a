package dev.loupe.media;

import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.UnreadableMediaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The words a PDF's text layer holds, page by page, with their boxes on the page as it is shown: turned by its
 * {@code /Rotate} and cut to its crop box. A page whose layer holds no usable text (none, only whitespace, a few
 * stray characters, or characters in a broken encoding) gives no words, so that it can be read with OCR instead.
 * Pages are read one at a time from the file; the file is never held in the heap.
 */
public final class PdfTextLayer implements AutoCloseable {
    /** What read the words: PDFBox's text extraction. */
    public static final ModelRef MODEL = new ModelRef("pdf-text-layer", "pdfbox-3.0.8");

    private final String name;
    private final PDDocument document;
    private final int pageCount;
    private boolean closed;

    /**
     * One page of the layer.
     *
     * @param index  zero-based
     * @param width  as shown, in points (1/72 inch), after its rotation
     * @param height as shown, in points
     * @param words  its words in the order PDFBox reads them (rows top to bottom, left to right); empty when the
     *               page has no usable text layer
     */
    public record Page(int index, double width, double height, List<Word> words) {
        public Page {
            words = List.copyOf(words);
        }
    }

    private PdfTextLayer(String name, PDDocument document) {
        this.name = name;
        this.document = document;
        this.pageCount = document.getNumberOfPages();
    }

    /**
     * Opens a PDF's text layer.
     *
     * @param file where its bytes are
     * @param name how people know it; errors speak of it by this name
     * @throws UnreadableMediaException when it is not a readable PDF, as {@link DocumentRenderer} says it
     */
    public static PdfTextLayer open(Path file, String name) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        return new PdfTextLayer(name, PdfFile.open(file, name));
    }

    public int pageCount() {
        return pageCount;
    }

    /**
     * Reads one page's words.
     *
     * @param index zero-based page index
     * @throws UnreadableMediaException when the page's content is damaged
     */
    public synchronized Page page(int index) {
        if (closed) {
            throw new IllegalStateException("'" + name + "' was closed; open it again to read its text.");
        }
        if (index < 0 || index >= pageCount) {
            throw new IllegalArgumentException("Page index " + index + " is outside 0.." + (pageCount - 1) + ".");
        }
        try {
            PDPage page = document.getPage(index);
            PageFrame frame = PageFrame.of(page);
            List<Word> words = TextLayerWords.read(document, index, frame);
            return new Page(index, frame.width(), frame.height(),
                    LayerQuality.isUsable(words) ? words : List.of());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableMediaException("The text of page " + (index + 1) + " of '" + name + "' could not be "
                    + "read because the PDF is damaged there. Other pages may still read; ask the sender for an "
                    + "intact copy.", e);
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

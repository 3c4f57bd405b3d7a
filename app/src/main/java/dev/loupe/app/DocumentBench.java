package dev.loupe.app;

import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.PageInfo;
import dev.loupe.core.annotation.TextSource;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pre-annotates a synthetic set one document after another, as the prefetcher does, and times each page: a page's
 * time is its document's whole time (reading, OCR, type, fields, personal data) shared over its pages.
 */
final class DocumentBench {
    /**
     * @param pages          pages annotated (after the warm-up)
     * @param documents      documents annotated
     * @param pagesPerS      pages over the whole wall time
     * @param pageMs         every page
     * @param ocrPageMs      pages read by OCR, their reading time alone
     * @param textLayerPageMs pages read from a PDF's text layer, their reading time alone
     * @param peakRssMb      the process's peak resident memory, models and natives included
     * @param heapMaxMb      the heap limit it ran under
     */
    record Result(int pages, int documents, double pagesPerS, Latency.Summary pageMs, Latency.Summary ocrPageMs,
            Latency.Summary textLayerPageMs, long peakRssMb, long heapMaxMb) {
    }

    private final DocumentAnnotator annotator;

    DocumentBench(DocumentAnnotator annotator) {
        this.annotator = annotator;
    }

    Result run(Path folder, int count, long seed, int warmup) throws IOException {
        List<GeneratedDocument> documents = new SyntheticDocuments().generate(folder, count + warmup, seed);
        for (GeneratedDocument document : documents.subList(0, warmup)) {
            annotate(document);
        }
        List<GeneratedDocument> measured = documents.subList(warmup, documents.size());
        Latency pages = new Latency(100_000);
        Latency ocr = new Latency(100_000);
        Latency layer = new Latency(100_000);
        int pageCount = 0;
        long start = System.nanoTime();
        for (GeneratedDocument document : measured) {
            long began = System.nanoTime();
            DocumentAnnotation annotation = annotate(document);
            long elapsed = System.nanoTime() - began;
            int read = Math.max(1, annotation.pages().size());
            for (int i = 0; i < read; i++) {
                pages.record(elapsed / read);
            }
            for (PageInfo page : annotation.pages()) {
                (page.source() == TextSource.OCR ? ocr : layer).record(page.millis() * 1_000_000);
            }
            pageCount += read;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pageCount, measured.size(), Math.round(pageCount / seconds * 100) / 100.0, pages.summary(),
                ocr.summary(), layer.summary(), PeakMemory.residentMb(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private DocumentAnnotation annotate(GeneratedDocument document) {
        return annotator.annotate(document.file(), document.mediaType(), document.file().getFileName().toString());
    }

    static Path folder() throws IOException {
        return Files.createTempDirectory("loupe-bench-documents");
    }
}

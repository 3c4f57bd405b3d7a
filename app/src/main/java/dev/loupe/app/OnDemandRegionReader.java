package dev.loupe.app;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.port.RegionReader;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.LocalAnnotators;
import java.nio.file.Path;

/**
 * Loupe's OCR for dragged rectangles, started on the first rectangle rather than with the window: loading the OCR
 * data takes a moment, and it happens on the worker that reads the rectangle, never on the FX thread.
 */
final class OnDemandRegionReader implements RegionReader {
    private final AnnotatorSettings settings;
    private RegionReader reader;
    private boolean closed;

    OnDemandRegionReader(AnnotatorSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized String read(Path file, String mediaType, int page, Box region) {
        if (closed) {
            return "";
        }
        if (reader == null) {
            reader = LocalAnnotators.openRegionReader(settings);
        }
        return reader.read(file, mediaType, page, region);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}

package dev.loupe.app;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageSource;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.ui.PageView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Zoom and pan on a claim form rendered at 300 dpi, in the real {@link PageView} filling a 1280x800 window. Each
 * step is one FX task, as a key press is: the command (zoom in or out, or a scroll by a third of the view), the
 * scene's CSS and layout, then a full render; pulses run between the steps.
 */
final class PageZoomBench {
    static final int DPI = 300;
    private static final long SEED = 7L;
    /** How far one pan step scrolls, as a share of the scrollable range. */
    private static final double PAN_STEP = 0.1;

    /** The figures, in nanoseconds until summarised; each step's frame is its layout plus its render. */
    record Result(PageImage page, Latency zoomLayout, Latency zoomRender, Latency zoomFrame, Latency panLayout,
            Latency panRender, Latency panFrame) {
    }

    private final int steps;
    private final int warmup;
    private Stage stage;
    private PageView view;
    private ScrollPane scroller;
    private WritableImage pixels;
    private int zoomDirection = 1;
    private double panDirection = 1;

    PageZoomBench(int steps, int warmup) {
        this.steps = steps;
        this.warmup = warmup;
    }

    Result run(Path folder) throws IOException, InterruptedException {
        PageImage page = claimFormPage(folder);
        BenchToolkit.onFx(() -> show(page));
        try {
            Latency zoomLayout = new Latency(steps);
            Latency zoomRender = new Latency(steps);
            Latency zoomFrame = new Latency(steps);
            for (int i = 0; i < warmup + steps; i++) {
                BenchToolkit.Frame frame = BenchToolkit.onFx(this::zoomStep);
                if (i >= warmup) {
                    record(frame, zoomLayout, zoomRender, zoomFrame);
                }
            }
            BenchToolkit.onFx(() -> {
                view.actualSize();
                return null;
            });
            Latency panLayout = new Latency(steps);
            Latency panRender = new Latency(steps);
            Latency panFrame = new Latency(steps);
            for (int i = 0; i < warmup + steps; i++) {
                BenchToolkit.Frame frame = BenchToolkit.onFx(this::panStep);
                if (i >= warmup) {
                    record(frame, panLayout, panRender, panFrame);
                }
            }
            return new Result(page, zoomLayout, zoomRender, zoomFrame, panLayout, panRender, panFrame);
        } finally {
            BenchToolkit.onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** The first page of a synthetic claim form printed as a PDF, rendered at {@value #DPI} dpi. */
    private static PageImage claimFormPage(Path folder) throws IOException {
        List<GeneratedDocument> forms = SyntheticDocuments.only(List.of(GeneratedDocument.CLAIM_FORM))
                .generate(folder.resolve("claim-forms"), 6, SEED);
        GeneratedDocument form = forms.stream().filter(f -> f.mediaType().equals("application/pdf")).findFirst()
                .orElse(forms.get(0));
        try (PageSource source = new DocumentRenderer().open(form.file(), form.mediaType(),
                form.file().getFileName().toString())) {
            return source.render(0, DPI);
        }
    }

    private Void show(PageImage page) {
        view = new PageView(FXCollections.observableArrayList(page));
        stage = new Stage();
        stage.setScene(new Scene(view, ReviewScreenBench.WIDTH, ReviewScreenBench.HEIGHT));
        stage.show();
        view.applyCss();
        view.layout();
        scroller = (ScrollPane) view.lookup(".page-scroller");
        pixels = new WritableImage(ReviewScreenBench.WIDTH, ReviewScreenBench.HEIGHT);
        return null;
    }

    /** Zooms in level by level up to the view's largest zoom, then out to its smallest, and in again. */
    private BenchToolkit.Frame zoomStep() {
        long start = System.nanoTime();
        double was = view.zoomProperty().get();
        zoom();
        if (view.zoomProperty().get() == was) {
            zoomDirection = -zoomDirection;
            zoom();
        }
        return framed(start);
    }

    private void zoom() {
        if (zoomDirection > 0) {
            view.zoomIn();
        } else {
            view.zoomOut();
        }
    }

    /** Scrolls down and right by a tenth of the range, and back up at the end. */
    private BenchToolkit.Frame panStep() {
        long start = System.nanoTime();
        double next = scroller.getVvalue() + panDirection * PAN_STEP;
        if (next > 1 || next < 0) {
            panDirection = -panDirection;
            next = scroller.getVvalue() + panDirection * PAN_STEP;
        }
        scroller.setVvalue(next);
        scroller.setHvalue(next);
        return framed(start);
    }

    /** The step's frame, its command counted with the layout. */
    private BenchToolkit.Frame framed(long start) {
        long command = System.nanoTime() - start;
        BenchToolkit.Frame frame = BenchToolkit.frame(stage.getScene(), pixels);
        return new BenchToolkit.Frame(command + frame.layoutNanos(), frame.renderNanos());
    }

    private static void record(BenchToolkit.Frame frame, Latency layout, Latency render, Latency whole) {
        layout.record(frame.layoutNanos());
        render.record(frame.renderNanos());
        whole.record(frame.layoutNanos() + frame.renderNanos());
    }
}

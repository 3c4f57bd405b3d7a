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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Zoom and pan on a claim form rendered at 300 dpi, in the real {@link PageView} filling a 1280x800 window. Each
 * step is one FX task, as a key press is (zoom in or out a level, or a scroll by a tenth of the range), and the
 * {@link FrameTimer} times the frame after it. Panning is done fitted to the width, once the page's copy scaled to
 * that size is drawn.
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
    private FrameTimer frames;
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
                FrameTimer.Frame frame = step(this::zoom);
                if (i >= warmup) {
                    record(frame, zoomLayout, zoomRender, zoomFrame);
                }
            }
            // Pan as a reviewer reads down a page: fitted to the width, drawn from its copy scaled to that size.
            BenchToolkit.onFx(() -> {
                view.fitWidth();
                return null;
            });
            waitForScaledCopies();
            Latency panLayout = new Latency(steps);
            Latency panRender = new Latency(steps);
            Latency panFrame = new Latency(steps);
            for (int i = 0; i < warmup + steps; i++) {
                FrameTimer.Frame frame = step(this::pan);
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
        frames = new FrameTimer(stage.getScene());
        return null;
    }

    /** Waits, a frame at a time, until the page is drawn from its copy scaled to the size it is shown at. */
    private void waitForScaledCopies() throws InterruptedException {
        for (int frame = 0; frame < 600; frame++) {
            if (BenchToolkit.onFx(view::scaledCopiesReady)) {
                return;
            }
            step(() -> { });
        }
        throw new UserError("The page's copy scaled to the window was not made within 600 frames.");
    }

    /** One step as one FX task: the command, then the frame after it; the command counts with the layout. */
    private FrameTimer.Frame step(Runnable command) throws InterruptedException {
        CompletableFuture<FrameTimer.Frame> done = new CompletableFuture<>();
        BenchToolkit.onFx(() -> {
            long start = System.nanoTime();
            command.run();
            long took = System.nanoTime() - start;
            frames.timeNextFrame(frame -> done.complete(
                    new FrameTimer.Frame(took + frame.layoutNanos(), frame.layoutCpuNanos(), frame.renderNanos())));
            return null;
        });
        try {
            return done.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new UserError("A zoom or pan step got no frame within a minute.", e);
        }
    }

    /** Zooms in level by level up to the view's largest zoom, then out to its smallest, and in again. */
    private void zoom() {
        double was = view.zoomProperty().get();
        zoomOnce();
        if (view.zoomProperty().get() == was) {
            zoomDirection = -zoomDirection;
            zoomOnce();
        }
    }

    private void zoomOnce() {
        if (zoomDirection > 0) {
            view.zoomIn();
        } else {
            view.zoomOut();
        }
    }

    /** Scrolls down and right by a tenth of the range, and back at the end. */
    private void pan() {
        double next = scroller.getVvalue() + panDirection * PAN_STEP;
        if (next > 1 || next < 0) {
            panDirection = -panDirection;
            next = scroller.getVvalue() + panDirection * PAN_STEP;
        }
        scroller.setVvalue(next);
        scroller.setHvalue(next);
    }

    private static void record(FrameTimer.Frame frame, Latency layout, Latency render, Latency whole) {
        layout.record(frame.layoutNanos());
        render.record(frame.renderNanos());
        whole.record(frame.layoutNanos() + frame.renderNanos());
    }
}

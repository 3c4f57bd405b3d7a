package dev.loupe.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.LocalAnnotators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loupe bench review-screen}: what opening an item, zooming and panning cost the FX thread. */
@Command(name = "review-screen", mixinStandardHelpOptions = true,
        description = {
            "Opens the workstation at 1280x800 (headless when there is no display) on an embedded server with "
                    + "synthetic documents, and approves item after item, each opening from the ready buffer. Prints "
                    + "the FX thread's time per open: the view model's task that shows the item plus the CSS and "
                    + "layout of the next pulse (open_ms, and how many took over 16 ms), and a full render of that "
                    + "frame apart (open_render_ms).",
            "Then zooms and pans a claim form rendered at 300 dpi in the page view, and prints each step's "
                    + "layout and render times."
        })
final class ReviewScreenBenchCommand implements Callable<Integer> {
    /** One frame at 60 Hz. */
    static final double FRAME_MS = 16;
    static final String METHOD = "FX-thread wall time on this machine. open: the view model's UI-executor task that "
            + "shows the item (timed by wrapping that executor) plus the CSS and layout of the next pulse (timed "
            + "between the scene's pre- and post-layout pulse listeners, so only what the open made dirty); "
            + "open_ms is their sum; open_cpu_ms is the same span in CPU time of the FX thread, which is what the "
            + "open costs whatever else (the prefetcher's OCR) ran on the cores meanwhile. open_render_ms apart, in the FX task after that pulse: Scene.snapshot of the "
            + "whole 1280x800 scene, a full software render plus reading the pixels back, an upper bound of what "
            + "the render thread draws for that frame. The pulse's sync of changed nodes to the renderer is not "
            + "counted. zoom and pan: one FX task per step (the PageView command, its own layout included) plus the "
            + "next pulse's CSS and layout as *_layout_ms, the snapshot after it as *_render_ms, their sum as "
            + "*_frame_ms. Percentiles are nearest-rank; warm-up opens and steps are not counted.";

    private final Surroundings surroundings;

    @Spec
    CommandSpec spec;

    @Mixin
    AnnotatorOptions annotatorOptions = new AnnotatorOptions();

    @Option(names = "--items", paramLabel = "N", defaultValue = "30", description = "Items opened and timed "
            + "(default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--zoom-steps", paramLabel = "N", defaultValue = "40",
            description = "Zoom steps, and as many pan steps, timed (default: ${DEFAULT-VALUE}).")
    int zoomSteps;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "2",
            description = "Items opened, and zoom and pan steps taken, first and not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-models", description = "Open the items without the models' proposals, so without fields "
            + "to review; quicker, but lighter than real work.")
    boolean noModels;

    @Option(names = "--keep", description = "Keep the benchmark's temporary data folder and print where it is.")
    boolean keep;

    ReviewScreenBenchCommand(Surroundings surroundings) {
        this.surroundings = surroundings;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (items < 1 || items > 1000 || zoomSteps < 1 || zoomSteps > 10_000 || warmup < 0 || warmup > 100) {
            throw new UserError("--items must be between 1 and 1000, --zoom-steps between 1 and 10000 and --warmup "
                    + "between 0 and 100.");
        }
        String toolkit = BenchToolkit.start(surroundings.environment());
        Path dataDir = Files.createTempDirectory("loupe-bench-review-screen");
        try (DocumentAnnotator annotator = noModels ? null : LocalAnnotators.open(annotatorOptions.settings(),
                message -> spec.commandLine().getErr().println("loupe: " + message))) {
            ReviewScreenBench.Result opening = new ReviewScreenBench(dataDir, items, warmup,
                    Optional.ofNullable(annotator)).run();
            PageZoomBench.Result zooming = new PageZoomBench(zoomSteps, warmup).run(dataDir);
            spec.commandLine().getOut().println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(opening, zooming, toolkit)));
        } finally {
            if (keep) {
                spec.commandLine().getErr().println("loupe: the benchmark's data folder is " + dataDir);
            } else {
                TempFolders.delete(dataDir);
            }
        }
        return 0;
    }

    private ObjectNode json(ReviewScreenBench.Result opening, PageZoomBench.Result zooming, String toolkit) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("items", opening.open().count());
        root.set("open_ms", spread(opening.open()));
        root.put("open_over_16_ms", opening.open().over(FRAME_MS));
        root.set("open_cpu_ms", spread(opening.openCpu()));
        root.put("open_cpu_over_16_ms", opening.openCpu().over(FRAME_MS));
        root.set("open_show_ms", spread(opening.show()));
        root.set("open_layout_ms", spread(opening.layout()));
        root.set("open_render_ms", spread(opening.render()));
        root.put("with_proposals", opening.withProposals());
        root.put("ui_tasks", opening.uiTasks().count());
        root.set("ui_task_ms", spread(opening.uiTasks()));
        ObjectNode page = root.putObject("page");
        page.put("dpi", PageZoomBench.DPI);
        page.put("width", zooming.page().width());
        page.put("height", zooming.page().height());
        root.put("zoom_steps", zooming.zoomFrame().count());
        root.set("zoom_layout_ms", spread(zooming.zoomLayout()));
        root.set("zoom_render_ms", spread(zooming.zoomRender()));
        root.set("zoom_frame_ms", spread(zooming.zoomFrame()));
        root.put("zoom_over_16_ms", zooming.zoomFrame().over(FRAME_MS));
        root.put("pan_steps", zooming.panFrame().count());
        root.set("pan_layout_ms", spread(zooming.panLayout()));
        root.set("pan_render_ms", spread(zooming.panRender()));
        root.set("pan_frame_ms", spread(zooming.panFrame()));
        root.put("pan_over_16_ms", zooming.panFrame().over(FRAME_MS));
        root.put("warmup", warmup);
        root.put("window", ReviewScreenBench.WIDTH + "x" + ReviewScreenBench.HEIGHT);
        root.put("toolkit", toolkit);
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("method", METHOD);
        return root;
    }

    private static ObjectNode spread(Latency latency) {
        Latency.Summary summary = latency.summary();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("p50", summary.p50());
        node.put("p95", summary.p95());
        node.put("max", latency.maxMs());
        return node;
    }
}

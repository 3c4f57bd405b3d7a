package dev.loupe.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.model.Devices;
import dev.loupe.inference.LocalAnnotators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loupe bench documents}: pre-annotation speed and memory on a synthetic set. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Writes a synthetic set of every type and format to a temporary folder, pre-annotates it one document "
                + "after another (after a short warm-up), and prints pages, pages_per_s, page_ms {p50, p95} (a document's "
                + "whole time shared over its pages), the OCR and text-layer reading times alone, and peak_rss_mb.")
final class DocumentBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnnotatorOptions options;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "60",
            description = "Documents measured (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "11",
            description = "Which synthetic set (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "4",
            description = "Documents annotated first and not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        if (documents < 1 || documents > 10_000 || warmup < 0 || warmup > 1000) {
            throw new UserError("--documents must be between 1 and 10000 and --warmup between 0 and 1000.");
        }
        Path folder = DocumentBench.folder();
        try (DocumentAnnotator annotator = LocalAnnotators.open(options.settings(),
                message -> spec.commandLine().getErr().println("loupe: " + message))) {
            DocumentBench.Result result = new DocumentBench(annotator).run(folder, documents, seed, warmup);
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(json(result)));
        } finally {
            TempFolders.delete(folder);
        }
        return 0;
    }

    private static ObjectNode json(DocumentBench.Result result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("pages", result.pages());
        root.put("pages_per_s", result.pagesPerS());
        root.set("page_ms", percentiles(result.pageMs()));
        root.put("peak_rss_mb", result.peakRssMb());
        root.put("documents", result.documents());
        root.set("ocr_page_ms", percentiles(result.ocrPageMs()));
        root.set("text_layer_page_ms", percentiles(result.textLayerPageMs()));
        root.put("heap_max_mb", result.heapMaxMb());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("device", Devices.best().toString());
        return root;
    }

    private static ObjectNode percentiles(Latency.Summary summary) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("p50", summary.p50());
        node.put("p95", summary.p95());
        return node;
    }
}

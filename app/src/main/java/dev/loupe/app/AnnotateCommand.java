package dev.loupe.app;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.LocalAnnotators;
import dev.loupe.inference.PiiRedaction;
import dev.loupe.media.MediaTypes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loupe annotate FILE...}: what the local models propose for each document, as one JSON object per line. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Pre-annotates documents on this machine and prints one JSON object per file, one per line: pages, "
                + "words and lines with boxes and confidences, the document type, fields with raw and normalised values, "
                + "personal data, problems, and the models that made each annotation. A file that cannot be read gets "
                + "status \"unreadable\" and a problem that says why. The first run trains Loupe's models (about a minute).")
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnnotatorOptions options;

    @Option(names = "--pretty", description = "Indent each object over several lines.")
    boolean pretty;

    @Option(names = "--mask-pii", description = "Replace personal data in words, lines and fields with [kind].")
    boolean maskPii;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF, PNG, JPEG or TIFF files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectWriter writer = pretty ? Json.mapper().writerWithDefaultPrettyPrinter() : Json.mapper().writer();
        try (DocumentAnnotator annotator = LocalAnnotators.open(options.settings(), message -> err.println(
                "loupe: " + message))) {
            for (Path file : files) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                DocumentAnnotation annotation = annotator.annotate(file,
                        MediaTypes.fromFileName(name).orElse("application/octet-stream"), name);
                out.println(writer.writeValueAsString(maskPii ? PiiRedaction.redact(annotation) : annotation));
                out.flush();
            }
        }
        return 0;
    }
}

package dev.loupe.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.LocalAnnotators;
import dev.loupe.inference.eval.DocumentEvaluation;
import dev.loupe.inference.eval.EvaluationReport;
import dev.loupe.inference.eval.Scores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loupe eval documents DIR}: the annotator scored against a folder of labelled documents. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Loupe's local models against labelled data and prints one JSON object.",
        subcommands = EvalCommand.Documents.class)
final class EvalCommand {

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "Reads NAME.{pdf,png,jpg,jpeg,tif,tiff} with NAME.json = {\"type\": ..., \"fields\": {...}} and "
                    + "prints {\"documents\", \"type_accuracy\", \"fields\": {NAME: {precision, recall, f1}}, \"overall\", "
                    + "\"cer\"}. Fields absent from a NAME.json are not scored, nor the type where it gives none. Values "
                    + "match exactly after normalisation (case and white space folded for text). cer is the OCR character "
                    + "error rate against NAME.txt where there is one, else null.")
    static final class Documents implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        AnnotatorOptions options;

        @Parameters(paramLabel = "DIR", description = "The folder of documents and their truth files.")
        Path folder;

        @Option(names = "--details", description = "Also list type confusions, the first wrong values and unreadable files.")
        boolean details;

        @Override
        public Integer call() throws IOException {
            EvaluationReport report;
            try (DocumentAnnotator annotator = LocalAnnotators.open(options.settings(),
                    message -> spec.commandLine().getErr().println("loupe: " + message))) {
                report = new DocumentEvaluation(annotator).evaluate(folder);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(json(report, details)));
            return 0;
        }
    }

    static ObjectNode json(EvaluationReport report, boolean details) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("documents", report.documents());
        root.put("type_accuracy", report.typeAccuracy());
        ObjectNode fields = root.putObject("fields");
        report.fields().forEach((name, scores) -> fields.set(name, scores(scores)));
        root.set("overall", scores(report.overall()));
        root.put("cer", report.cer());
        if (details) {
            root.set("type_confusions", Json.mapper().valueToTree(report.confusions()));
            root.set("mistakes", Json.mapper().valueToTree(report.mistakes()));
            root.set("unreadable", Json.mapper().valueToTree(report.unreadable()));
        }
        return root;
    }

    private static ObjectNode scores(Scores scores) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("precision", round(scores.precision()));
        node.put("recall", round(scores.recall()));
        node.put("f1", round(scores.f1()));
        node.put("truths", scores.truths());
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

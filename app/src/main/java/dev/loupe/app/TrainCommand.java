package dev.loupe.app;

import dev.loupe.core.json.Json;
import dev.loupe.inference.BootstrapModels;
import dev.loupe.inference.model.TorchScriptExport;
import dev.loupe.inference.training.DocumentModelTrainer;
import dev.loupe.inference.training.FeedbackExamples;
import dev.loupe.inference.training.ModelStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loupe train documents}: the document type classifier and field tagger, trained here. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains Loupe's local models on this machine and prints their model cards as JSON.",
        subcommands = TrainCommand.Documents.class)
final class TrainCommand {

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "Trains the document type classifier and the field tagger on Loupe's synthetic corpus and, with "
                    + "--feedback, on reviewers' decisions from the feedback export (GET /api/v1/feedback). Training is "
                    + "deterministic: the same examples give the same version, which is then kept and not trained again. "
                    + "Prints each model's card: name, version, labels and its figures on held-out documents.")
    static final class Documents implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--models", paramLabel = "DIR",
                description = "Where to keep the models (default: ~/.cache/loupe/models).")
        Path models;

        @Option(names = "--feedback", paramLabel = "FILE.ndjson",
                description = "A feedback export whose approved and corrected documents are learnt from too.")
        Path feedback;

        @Option(names = "--export", paramLabel = "DIR",
                description = "Also write both models as TorchScript with their label maps (doc-type.pt, "
                        + "doc-type.labels, field-tagger.pt, field-tagger.labels), to run, inspect or fine-tune with "
                        + "PyTorch and give back with --type-model or --field-model.")
        Path export;

        @Override
        public Integer call() throws IOException {
            ModelStore store = models == null ? ModelStore.forThisUser() : new ModelStore(models);
            List<dev.loupe.inference.training.LabeledDocument> extra = List.of();
            if (feedback != null) {
                FeedbackExamples.Read read;
                try {
                    read = FeedbackExamples.read(feedback);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                spec.commandLine().getErr().println("loupe: " + read.documents().size() + " decisions to learn from, "
                        + read.skipped() + " that teach nothing (escalations, unreadable items, other kinds of item)");
                if (read.documents().isEmpty()) {
                    throw new UserError("The feedback export " + feedback + " holds no approved or corrected "
                            + "document to learn from, so no new version was trained. Export again once reviewers "
                            + "have decided documents.");
                }
                extra = read.documents();
            }
            DocumentModelTrainer.Trained trained = BootstrapModels.train(store, extra,
                    message -> spec.commandLine().getErr().println("loupe: " + message));
            if (export != null) {
                TorchScriptExport.export(trained.docTypeFolder(), export);
                TorchScriptExport.export(trained.fieldTaggerFolder(), export);
                spec.commandLine().getErr().println("loupe: wrote both models as TorchScript to " + export);
            }
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(
                    Map.of(DocumentModelTrainer.DOC_TYPE, trained.docType(),
                            DocumentModelTrainer.FIELD_TAGGER, trained.fieldTagger())));
            return 0;
        }
    }
}

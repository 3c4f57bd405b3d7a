package dev.loupe.app;

import dev.loupe.inference.AnnotatorSettings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that pre-annotates documents shares: OCR data, models, and a user's own models. */
final class AnnotatorOptions {
    @Option(names = "--tessdata", paramLabel = "DIR",
            description = "A folder of Tesseract LANG.traineddata files (default: the English data Loupe carries).")
    Path tessdata;

    @Option(names = "--languages", paramLabel = "LANGS", defaultValue = "eng",
            description = "Tesseract languages, e.g. eng or eng+deu; others need --tessdata (default: ${DEFAULT-VALUE}).")
    String languages = "eng";

    @Option(names = "--models", paramLabel = "DIR",
            description = "Where Loupe keeps the models it trains (default: ~/.cache/loupe/models).")
    Path models;

    @Option(names = "--type-model", paramLabel = "FILE.pt",
            description = "Your own TorchScript document type model instead of Loupe's; needs --type-labels.")
    Path typeModel;

    @Option(names = "--type-labels", paramLabel = "FILE",
            description = "The labels of --type-model, one per line, in the order of its outputs.")
    Path typeLabels;

    @Option(names = "--field-model", paramLabel = "FILE.pt",
            description = "Your own TorchScript field tagger instead of Loupe's; needs --field-labels.")
    Path fieldModel;

    @Option(names = "--field-labels", paramLabel = "FILE",
            description = "The labels of --field-model, one per line, in the order of its outputs.")
    Path fieldLabels;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "100",
            description = "Pages read per document; later pages are left for the reviewer (default: ${DEFAULT-VALUE}).")
    int maxPages = 100;

    AnnotatorSettings settings() {
        AnnotatorSettings defaults = AnnotatorSettings.defaults();
        if (maxPages < 1) {
            throw new UserError("--max-pages must be at least 1, got " + maxPages + ".");
        }
        return new AnnotatorSettings(Optional.ofNullable(tessdata), languages,
                models == null ? defaults.models() : models,
                userModel("--type-model", typeModel, "--type-labels", typeLabels),
                userModel("--field-model", fieldModel, "--field-labels", fieldLabels),
                maxPages, defaults.documentBudget(), defaults.pageDeadline());
    }

    private static Optional<AnnotatorSettings.UserModel> userModel(String modelOption, Path model, String labelsOption,
            Path labels) {
        if (model == null && labels == null) {
            return Optional.empty();
        }
        if (model == null || labels == null) {
            throw new UserError(modelOption + " and " + labelsOption + " go together: give the TorchScript file and "
                    + "the file that lists its labels.");
        }
        return Optional.of(new AnnotatorSettings.UserModel(model, labels));
    }
}

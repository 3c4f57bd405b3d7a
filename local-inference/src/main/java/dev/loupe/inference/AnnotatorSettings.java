package dev.loupe.inference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the local annotator is set up. {@link #defaults()} is what a fresh clone runs: English OCR from the bundled
 * data, Loupe's own models trained on first use into the user's cache.
 *
 * @param tessdata        a folder of Tesseract {@code LANG.traineddata} files; empty for the bundled English data
 * @param languages       Tesseract languages, e.g. {@code eng} or {@code eng+deu}
 * @param models          where trained models are kept
 * @param typeModel       a user's TorchScript document type model instead of Loupe's; empty for Loupe's
 * @param fieldModel      a user's TorchScript field tagger instead of Loupe's; empty for Loupe's
 * @param maxPages        pages read per document; later pages are left for the reviewer to read
 * @param documentBudget  time allowed per document; pages past it are left unread
 * @param pageDeadline    time allowed for OCR of one page
 */
public record AnnotatorSettings(Optional<Path> tessdata, String languages, Path models, Optional<UserModel> typeModel,
        Optional<UserModel> fieldModel, int maxPages, Duration documentBudget, Duration pageDeadline) {

    /**
     * A TorchScript model of the user's for one task: its input is the task's feature vector (see
     * {@code docs/models.md}), its output one logit per label.
     *
     * @param file   the {@code .pt} file
     * @param labels a file listing its labels, one per line, in output order
     */
    public record UserModel(Path file, Path labels) {
        public UserModel {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(labels, "labels");
        }
    }

    public AnnotatorSettings {
        Objects.requireNonNull(tessdata, "tessdata");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(typeModel, "typeModel");
        Objects.requireNonNull(fieldModel, "fieldModel");
        if (maxPages < 1) {
            throw new IllegalArgumentException("At least one page must be read, got " + maxPages + ".");
        }
    }

    public static AnnotatorSettings defaults() {
        return new AnnotatorSettings(Optional.empty(), "eng", dev.loupe.inference.training.ModelStore.forThisUser()
                .root(), Optional.empty(), Optional.empty(), 100, Duration.ofSeconds(120), Duration.ofSeconds(20));
    }

    public AnnotatorSettings withModels(Path folder) {
        return new AnnotatorSettings(tessdata, languages, folder, typeModel, fieldModel, maxPages, documentBudget,
                pageDeadline);
    }
}

package dev.loupe.inference;

import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.core.port.RegionReader;
import dev.loupe.inference.doctype.DocumentTypeClassifier;
import dev.loupe.inference.features.DocumentTypeFeatures;
import dev.loupe.inference.features.WordFeatures;
import dev.loupe.inference.fields.FieldTagger;
import dev.loupe.inference.model.DjlScorer;
import dev.loupe.inference.model.ModelLoadException;
import dev.loupe.inference.model.Scorer;
import dev.loupe.inference.model.TorchScriptExport;
import dev.loupe.inference.ocr.DocumentReader;
import dev.loupe.inference.ocr.OcrRegionReader;
import dev.loupe.inference.ocr.TessData;
import dev.loupe.inference.ocr.TesseractOcr;
import dev.loupe.inference.training.DocumentModelTrainer;
import dev.loupe.inference.training.ModelStore;
import dev.loupe.media.DocumentRenderer;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Builds the local annotator from settings: OCR, the type and field models (Loupe's own, or the user's). */
public final class LocalAnnotators {
    /** Two engines: one page's two halves at once on two cores. */
    private static final int OCR_ENGINES = 2;

    private LocalAnnotators() {
    }

    /**
     * @param progress told, in a sentence, when something slow happens once (training the models on a first run)
     * @throws ModelLoadException or {@link dev.loupe.inference.ocr.OcrException} when a model or the OCR data
     *                            named in the settings cannot be used; the message says what to do
     */
    public static DocumentAnnotator open(AnnotatorSettings settings, Consumer<String> progress) {
        DocumentTypeClassifier classifier = null;
        Scorer typeScorer = null;
        Scorer fieldScorer = null;
        try {
            Supplier<DocumentModelTrainer.Trained> own = memo(() -> BootstrapModels.ensure(
                    new ModelStore(settings.models()), progress));
            typeScorer = settings.typeModel().map(user -> torchScript(DocumentModelTrainer.DOC_TYPE, user,
                    DocumentTypeFeatures.DIMENSIONS)).orElseGet(() -> DjlScorer.ownModel(own.get().docTypeFolder()));
            fieldScorer = settings.fieldModel().map(user -> torchScript(DocumentModelTrainer.FIELD_TAGGER, user,
                    WordFeatures.DIMENSIONS)).orElseGet(() -> DjlScorer.ownModel(own.get().fieldTaggerFolder()));
            classifier = new DocumentTypeClassifier(typeScorer);
            FieldTagger tagger = new FieldTagger(fieldScorer);
            TessData data = TessData.find(settings.tessdata(), settings.languages(), TessData.userCache());
            DocumentRenderer renderer = new DocumentRenderer();
            DocumentReader reader = new DocumentReader(renderer, new TesseractOcr(data, OCR_ENGINES),
                    new DocumentReader.Limits(settings.maxPages(), settings.documentBudget(), settings.pageDeadline()),
                    Clock.systemUTC());
            Scorer types = typeScorer;
            Scorer fields = fieldScorer;
            return new LocalDocumentAnnotator(reader, renderer, classifier, tagger, Clock.systemDefaultZone(), () -> {
                types.close();
                fields.close();
            });
        } catch (RuntimeException e) {
            if (typeScorer != null) {
                typeScorer.close();
            }
            if (fieldScorer != null) {
                fieldScorer.close();
            }
            throw e;
        }
    }

    /**
     * A reader of rectangles a reviewer drags over, with an OCR engine of its own so that it never waits behind the
     * pre-annotation of the items ahead.
     *
     * @throws dev.loupe.inference.ocr.OcrException when the OCR data named in the settings cannot be used
     */
    public static RegionReader openRegionReader(AnnotatorSettings settings) {
        TessData data = TessData.find(settings.tessdata(), settings.languages(), TessData.userCache());
        return new OcrRegionReader(new DocumentRenderer(), new TesseractOcr(data, 1));
    }

    private static Scorer torchScript(String name, AnnotatorSettings.UserModel user, int dimensions) {
        List<String> labels;
        try {
            labels = TorchScriptExport.readLabels(user.labels());
        } catch (IOException e) {
            throw new ModelLoadException("The label file " + user.labels() + " could not be read (" + e.getMessage()
                    + "). Give a file with one label per line, in the order of the model's outputs.", e);
        }
        return DjlScorer.torchScript(name, user.file(), labels, dimensions);
    }

    /** Loupe's own models are trained or loaded only when one of them is used. */
    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

package dev.loupe.inference;

import dev.loupe.core.Asset;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Problem;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.core.port.ItemPreparation;
import dev.loupe.media.MediaTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pre-annotates an item's documents while it waits in the ready buffer, so the reviewer opens it with the models'
 * proposals already there. When the models are not ready yet (they are being trained on this machine's first run)
 * or cannot run, the item goes ahead without proposals: the reviewer never waits on a model.
 */
public final class AnnotatingPreparation implements ItemPreparation {
    private static final Logger LOG = Logger.getLogger(AnnotatingPreparation.class.getName());

    private final Supplier<Optional<DocumentAnnotator>> annotator;
    private final Supplier<String> whyNotReady;

    /**
     * @param annotator   the annotator once it is ready; empty until then
     * @param whyNotReady while it is empty, a sentence for the reviewer saying why the item has no suggestions
     */
    public AnnotatingPreparation(Supplier<Optional<DocumentAnnotator>> annotator, Supplier<String> whyNotReady) {
        this.annotator = annotator;
        this.whyNotReady = whyNotReady;
    }

    @Override
    public ReadyItem prepare(ReadyItem item) {
        Optional<DocumentAnnotator> ready = annotator.get();
        List<DocumentAnnotation> annotations = new ArrayList<>();
        List<Asset> assets = item.item().assets();
        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            Path file = item.files().get(i);
            if (file == null || !MediaTypes.isDocument(asset.mediaType())) {
                continue;
            }
            annotations.add(ready.isPresent() ? annotate(ready.get(), file, asset)
                    : withoutSuggestions(asset, "models-not-ready", whyNotReady.get()));
        }
        return item.withAnnotations(annotations);
    }

    /** The annotator reports bad files itself; anything else that goes wrong is a model that could not run. */
    private static DocumentAnnotation annotate(DocumentAnnotator annotator, Path file, Asset asset) {
        try {
            return annotator.annotate(file, asset.mediaType(), asset.fileName());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pre-annotating " + asset.fileName() + " failed", e);
            return withoutSuggestions(asset, "model-failed", "The local models could not run on '"
                    + asset.fileName() + "' (" + e.getMessage() + "). Review it without suggestions.");
        }
    }

    /** Not the document's fault, so it is not marked unreadable: the reviewer is told why, and reviews it as it is. */
    private static DocumentAnnotation withoutSuggestions(Asset asset, String code, String sentence) {
        return new DocumentAnnotation(asset.fileName(), asset.mediaType(), AnnotationStatus.PARTIAL, List.of(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(Problem.ofDocument(code, sentence)),
                List.of(), 0);
    }
}

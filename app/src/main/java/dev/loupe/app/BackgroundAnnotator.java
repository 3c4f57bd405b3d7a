package dev.loupe.app;

import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.LocalAnnotators;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local annotator, loaded (or, on a machine's first run, trained) on a thread of its own, so the workstation
 * opens at once and items go ahead without proposals until the models are ready.
 */
final class BackgroundAnnotator implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundAnnotator.class.getName());

    private final AtomicReference<DocumentAnnotator> annotator = new AtomicReference<>();
    private final CompletableFuture<Boolean> loaded = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile String failure = "";

    static BackgroundAnnotator start(AnnotatorSettings settings) {
        BackgroundAnnotator background = new BackgroundAnnotator();
        Thread thread = new Thread(() -> background.load(settings), "loupe-models");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return background;
    }

    private void load(AnnotatorSettings settings) {
        try {
            DocumentAnnotator opened = LocalAnnotators.open(settings, message -> LOG.info(message));
            if (closed) {
                opened.close();
            } else {
                annotator.set(opened);
            }
            loaded.complete(true);
        } catch (RuntimeException e) {
            // The reviewer still works, without suggestions; the log says why once.
            failure = e.getMessage();
            LOG.log(Level.WARNING, "The local models could not be loaded; items are shown without suggestions: "
                    + e.getMessage(), e);
            loaded.complete(false);
        }
    }

    /** The annotator once it is ready. */
    Optional<DocumentAnnotator> ready() {
        return Optional.ofNullable(annotator.get());
    }

    /** Why items have no suggestions while {@link #ready()} is empty, as a sentence for the reviewer. */
    String whyNotReady() {
        if (!loaded.isDone()) {
            return "Loupe's models are still loading (a machine's first run trains them, which takes about a "
                    + "minute), so this item came without suggestions. Review it as it is.";
        }
        return "Loupe's models could not be loaded (" + failure + "), so items come without suggestions. Review "
                + "them as they are; the log says more.";
    }

    /** Completes with whether the models could be loaded. */
    CompletableFuture<Boolean> loaded() {
        return loaded;
    }

    @Override
    public void close() {
        closed = true;
        DocumentAnnotator opened = annotator.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }
}

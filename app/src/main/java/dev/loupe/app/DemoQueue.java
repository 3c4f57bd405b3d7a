package dev.loupe.app;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.server.OrchestrationServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo queues, from the same generator as {@code loupe demo-data} and a fixed seed: receipts and invoices into
 * {@code receipts}, every other kind of document a claim arrives with (claim forms, medical and police reports,
 * letters, ID documents, damage photos) into {@code claims}. Their truth stays beside them in
 * {@code demo-documents/NAME.json} for evaluation.
 */
final class DemoQueue {
    static final int DOCUMENTS = 24;
    static final long SEED = 20_261_122L;
    static final Duration CLAIMS_SLA = Duration.ofHours(4);
    static final Duration RECEIPTS_SLA = Duration.ofHours(8);

    private DemoQueue() {
    }

    /** Adds the demo items when the server has none; returns how many it added. */
    static int seedIfEmpty(OrchestrationServer server, Path dataDir, Clock clock) {
        return server.intake().itemCount() > 0 ? 0 : seed(server, dataDir, clock);
    }

    /** Adds the demo items, with their documents in {@code dataDir/demo-documents}. */
    static int seed(OrchestrationServer server, Path dataDir, Clock clock) {
        return seed(server, dataDir.resolve("demo-documents"), DOCUMENTS, clock);
    }

    static int seed(OrchestrationServer server, Path folder, int count, Clock clock) {
        try {
            return seedFrom(server, new SyntheticDocuments().generate(folder, count, SEED), folder, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo documents could not be written to " + folder + " ("
                    + e.getMessage() + "). Check free disk space and that the folder is writable.", e);
        }
    }

    static int seedFrom(OrchestrationServer server, List<GeneratedDocument> documents, Path folder,
            Clock clock) throws IOException {
        var intake = server.intake();
        intake.ensureQueue("claims", CLAIMS_SLA);
        intake.ensureQueue("receipts", RECEIPTS_SLA);
        SplittableRandom random = new SplittableRandom(SEED);
        Instant now = clock.instant();
        for (GeneratedDocument document : documents) {
            boolean claim = !document.docType().equals(GeneratedDocument.RECEIPT)
                    && !document.docType().equals(GeneratedDocument.INVOICE);
            Asset asset = intake.storeMedia(document.file(), document.mediaType());
            // A spread of due times, a few already breached or at risk, so the SLA column has something to say.
            Duration sla = claim ? CLAIMS_SLA : RECEIPTS_SLA;
            Instant due = now.plus(Duration.ofMinutes(random.nextLong(-20, sla.toMinutes())));
            intake.addItem(claim ? "claims" : "receipts", ItemKind.DOCUMENT, random.nextInt(1, 6), due, List.of(asset),
                    Map.of("source", "demo", "document_type", document.docType(),
                            "truth", folder.relativize(document.truthJson()).toString()));
        }
        return documents.size();
    }
}

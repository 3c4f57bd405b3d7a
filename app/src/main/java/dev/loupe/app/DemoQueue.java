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
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    static final long RECEIPT_IN_DOUBT_SEED = SEED + 1_021;
    static final Duration CLAIMS_SLA = Duration.ofHours(4);
    static final Duration RECEIPTS_SLA = Duration.ofHours(8);

    private DemoQueue() {
    }

    /** Adds the demo items when the server has none; returns how many it added. */
    static int seedIfEmpty(OrchestrationServer server, Path dataDir, Clock clock) {
        return server.intake().itemCount() > 0 ? 0 : seed(server, dataDir, clock);
    }

    /**
     * Adds the demo items, with their documents in {@code dataDir/demo-documents}: one item a document, and one claim
     * that arrives as a bundle of a claim form, a receipt and a damage photo.
     */
    static int seed(OrchestrationServer server, Path dataDir, Clock clock) {
        Path folder = dataDir.resolve("demo-documents");
        int added = seed(server, folder, DOCUMENTS, clock);
        try {
            return added + seedBundle(server, folder, clock) + seedReceiptInDoubt(server, folder, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo documents could not be written to " + folder + " ("
                    + e.getMessage() + "). Check free disk space and that the folder is writable.", e);
        }
    }

    /**
     * A receipt whose total the models are unsure of (a Canadian fuel receipt, its amounts in C$), so the demo shows
     * a low-confidence field to check. Its seed was chosen for that; other receipts of the demo are read with
     * confidence.
     */
    static int seedReceiptInDoubt(OrchestrationServer server, Path folder, Clock clock) throws IOException {
        GeneratedDocument receipt = SyntheticDocuments.only(List.of(GeneratedDocument.RECEIPT))
                .generate(folder.resolve("in-doubt"), 1, RECEIPT_IN_DOUBT_SEED).get(0);
        Asset asset = server.intake().storeMedia(receipt.file(), receipt.mediaType());
        server.intake().ensureQueue("receipts", RECEIPTS_SLA);
        server.intake().addItem("receipts", ItemKind.DOCUMENT, 3, clock.instant().plus(Duration.ofHours(2)),
                List.of(asset), Map.of("source", "demo", "document_type", receipt.docType(),
                        "truth", folder.relativize(receipt.truthJson()).toString()));
        return 1;
    }

    /** One claims item of several documents, as a claim often arrives: its form, a receipt and a photo of the damage. */
    static int seedBundle(OrchestrationServer server, Path folder, Clock clock) throws IOException {
        List<String> types = List.of(GeneratedDocument.CLAIM_FORM, GeneratedDocument.RECEIPT,
                GeneratedDocument.DAMAGE_PHOTO);
        List<Asset> assets = new ArrayList<>();
        Map<String, String> truths = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            Path into = folder.resolve("bundle-" + (i + 1));
            GeneratedDocument document = SyntheticDocuments.only(List.of(types.get(i)))
                    .generate(into, 1, SEED + 1 + i).get(0);
            assets.add(server.intake().storeMedia(document.file(), document.mediaType()));
            truths.put("truth_" + (i + 1), folder.relativize(document.truthJson()).toString());
        }
        Map<String, String> metadata = new LinkedHashMap<>(Map.of("source", "demo", "document_type", "bundle"));
        metadata.putAll(truths);
        server.intake().ensureQueue("claims", CLAIMS_SLA);
        server.intake().addItem("claims", ItemKind.DOCUMENT, 4, clock.instant().plus(Duration.ofMinutes(90)), assets,
                metadata);
        return 1;
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

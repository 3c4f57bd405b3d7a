package dev.loupe.media.synth;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.loupe.core.json.Json;
import dev.loupe.media.MediaTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes synthetic claim forms and receipts, half as PDFs with a text layer and half as scanned-looking PNGs,
 * each with its truth beside it: {@code NAME.json} (type and normalised fields) and {@code NAME.txt} (the
 * printed text). The same seed always writes the same bytes on the same machine, and the first documents of a
 * seed do not depend on how many are asked for.
 */
public final class SyntheticDocuments {
    /** Two-space indents and "\n" line ends on every platform, so the truth files hash alike everywhere. */
    private static final ObjectWriter JSON = Json.mapper().writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final List<Kind> KINDS = List.of(
            new Kind(GeneratedDocument.CLAIM_FORM, true), new Kind(GeneratedDocument.CLAIM_FORM, false),
            new Kind(GeneratedDocument.RECEIPT, true), new Kind(GeneratedDocument.RECEIPT, false));

    /**
     * PDFs use Helvetica only: PDFBox falls back to its bundled Liberation Sans, Helvetica's metric twin, where a
     * machine lacks the Standard 14 fonts, and would draw Courier or Times with the wrong glyphs there.
     */
    private static final List<Face> PDF_FACES = List.of(Face.SANS);
    private static final List<Face> SCAN_FORM_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);
    /** Till printers mostly print monospaced. */
    private static final List<Face> SCAN_RECEIPT_FACES = List.of(Face.MONO, Face.MONO, Face.SANS);

    private record Kind(String docType, boolean pdf) {
    }

    /** A document's content as laid out, with its truth and the word a stamp on it would say. */
    private record Composed(Sheet sheet, Map<String, String> fields, String prefix, String title, String stampWord) {
    }

    /** A document as it will be printed, stamp included, before any file is written. */
    private record Planned(Kind kind, Composed composed, Optional<Stamp> stamp) {
        String format() {
            return kind.pdf() ? "pdf" : "png";
        }

        List<String> text() {
            return composed.sheet().textWith(stamp.map(Stamp::word));
        }

        LaidOutDocument laidOut() {
            return new LaidOutDocument(kind.docType(), composed.fields(), List.of(composed.sheet().words(stamp)),
                    format());
        }
    }

    /**
     * Writes {@code count} documents into {@code dir}, creating it if needed and replacing files of the same name.
     *
     * @throws IOException when a file cannot be written
     */
    public List<GeneratedDocument> generate(Path dir, int count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("The number of documents cannot be negative, got " + count + ".");
        }
        Files.createDirectories(dir);
        List<Kind> plan = plan(count, seed);
        List<GeneratedDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(write(dir, i + 1, plan.get(i), seed, randomFor(seed, i + 1)));
        }
        return documents;
    }

    /**
     * The document {@code generate(dir, n, seed)} writes as its {@code number}-th file (from 1, for any n at least
     * {@code number}), laid out with its words and truth but not printed; for training models in memory.
     */
    public LaidOutDocument layOut(long seed, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Documents are numbered from 1, got " + number + ".");
        }
        return lay(plan(number, seed).get(number - 1), randomFor(seed, number)).laidOut();
    }

    /** Each document draws from its own stream, so it does not depend on how many came before it. */
    private static Random randomFor(long seed, int number) {
        return new Random(mix(seed + 0x9E3779B97F4A7C15L * number));
    }

    /** Each run of four holds both types in both formats, shuffled, so even a small batch shows every kind. */
    private static List<Kind> plan(int count, long seed) {
        Random random = new Random(mix(seed));
        List<Kind> plan = new ArrayList<>(count + KINDS.size());
        while (plan.size() < count) {
            List<Kind> block = new ArrayList<>(KINDS);
            Collections.shuffle(block, random);
            plan.addAll(block);
        }
        return plan.subList(0, count);
    }

    /** Lays the document out and makes every choice that changes its words; printing draws only noise after. */
    private static Planned lay(Kind kind, Random random) {
        Composed composed = compose(kind, random);
        Optional<Stamp> stamp = kind.pdf() ? Optional.empty() : composed.sheet().stampSpot()
                .filter(spot -> random.nextInt(3) > 0)
                .map(spot -> Stamp.at(spot, composed.stampWord(), random));
        return new Planned(kind, composed, stamp);
    }

    private static GeneratedDocument write(Path dir, int number, Kind kind, long seed, Random random)
            throws IOException {
        Planned planned = lay(kind, random);
        Composed composed = planned.composed();
        String name = String.format(Locale.ROOT, "%s-%04d", composed.prefix(), number);
        Path file = dir.resolve(name + (kind.pdf() ? ".pdf" : ".png"));
        if (kind.pdf()) {
            PdfPrinter.print(composed.sheet(), composed.title(), name + "/" + seed, file);
        } else {
            ScanPrinter.print(composed.sheet(), planned.stamp(), random, file);
        }
        Path json = dir.resolve(name + ".json");
        Path txt = dir.resolve(name + ".txt");
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("type", kind.docType());
        truth.put("fields", composed.fields());
        Files.write(json, (JSON.writeValueAsString(truth) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(txt, (String.join("\n", planned.text()) + "\n").getBytes(StandardCharsets.UTF_8));
        return new GeneratedDocument(file, kind.pdf() ? MediaTypes.PDF : MediaTypes.PNG, kind.docType(),
                composed.fields(), json, txt);
    }

    private static Composed compose(Kind kind, Random random) {
        if (GeneratedDocument.CLAIM_FORM.equals(kind.docType())) {
            ClaimForm form = ClaimForm.random(random);
            Sheet sheet = ClaimFormLayout.layout(form, kind.pdf() ? PDF_FACES : SCAN_FORM_FACES, random);
            String stampWord = Vocabulary.pick(List.of("RECEIVED", "SCANNED", "COPY"), random);
            return new Composed(sheet, form.truth(), "claim", "Claim form " + form.claimNumber(), stampWord);
        }
        Receipt receipt = Receipt.random(random);
        Sheet sheet = ReceiptLayout.layout(receipt, kind.pdf() ? PDF_FACES : SCAN_RECEIPT_FACES, random);
        return new Composed(sheet, receipt.truth(), "receipt",
                "Receipt from " + receipt.vendor(), "PAID");
    }

    /** Spreads nearby seeds far apart (the MurmurHash3 finaliser), as java.util.Random's own scrambling does not. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}

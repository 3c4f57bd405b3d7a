package dev.loupe.media.synth;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Writes synthetic insurance documents of every type the annotator knows, in a mix of formats, each with its
 * truth beside it: {@code NAME.json} (type and normalised fields) and {@code NAME.txt} (the printed text, empty
 * for a photo). The same seed always writes the same bytes on the same machine, and the first documents of a seed
 * do not depend on how many are asked for. {@link #layOut} gives any of them with its word boxes, without
 * printing, for training.
 */
public final class SyntheticDocuments {
    /** Two-space indents and "\n" line ends on every platform, so the truth files hash alike everywhere. */
    private static final ObjectWriter JSON = Json.mapper().writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final Set<DocType> types;

    /** A generator of every document type in its usual share of the mix. */
    public SyntheticDocuments() {
        this(EnumSet.allOf(DocType.class));
    }

    private SyntheticDocuments(Set<DocType> types) {
        this.types = types;
    }

    /**
     * A generator of only the given types (wire names such as {@code claim_form}), each in its usual share.
     *
     * @throws IllegalArgumentException when a name is not a document type or none is given
     */
    public static SyntheticDocuments only(Collection<String> docTypes) {
        Set<DocType> chosen = EnumSet.noneOf(DocType.class);
        for (String name : docTypes) {
            chosen.add(Arrays.stream(DocType.values()).filter(type -> type.wireName.equals(name))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + name
                            + "' is not a synthetic document type; use one of " + docTypes() + ".")));
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Name at least one document type to generate, from " + docTypes()
                    + ".");
        }
        return new SyntheticDocuments(chosen);
    }

    /** The wire names of every type this generator can write. */
    public static List<String> docTypes() {
        return Arrays.stream(DocType.values()).map(type -> type.wireName).toList();
    }

    /** One place in the plan: the type of document and the format it is printed in. */
    private record Slot(DocType type, Format format) {
    }

    /** A document as it will be printed, stamps included, before any file is written. */
    private record Planned(Slot slot, Composed composed, List<Optional<Stamp>> stamps) {
        List<String> text() {
            List<String> text = new ArrayList<>();
            for (int i = 0; i < composed.pages().size(); i++) {
                text.addAll(composed.pages().get(i).textWith(stamps.get(i).map(Stamp::word)));
            }
            return text;
        }

        LaidOutDocument laidOut() {
            List<LaidOutPage> pages = new ArrayList<>();
            for (int i = 0; i < composed.pages().size(); i++) {
                pages.add(composed.pages().get(i).words(stamps.get(i)));
            }
            return new LaidOutDocument(slot.type().wireName, composed.fields(), pages, slot.format().wireName);
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
        List<Slot> plan = plan(count, seed);
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

    /**
     * Blocks holding each type its share of times, shuffled, so even a small batch shows every type; each type
     * deals its formats from its own shuffled deck, so it soon comes in all of them.
     */
    private List<Slot> plan(int count, long seed) {
        Random random = new Random(mix(seed));
        Map<DocType, Deque<Format>> decks = new EnumMap<>(DocType.class);
        List<Slot> plan = new ArrayList<>(count + 32);
        while (plan.size() < count) {
            List<DocType> block = new ArrayList<>();
            for (DocType type : types) {
                block.addAll(Collections.nCopies(type.share, type));
            }
            Collections.shuffle(block, random);
            for (DocType type : block) {
                Deque<Format> deck = decks.computeIfAbsent(type, unused -> new ArrayDeque<>());
                if (deck.isEmpty()) {
                    List<Format> formats = new ArrayList<>(type.formats);
                    Collections.shuffle(formats, random);
                    deck.addAll(formats);
                }
                plan.add(new Slot(type, deck.poll()));
            }
        }
        return plan.subList(0, count);
    }

    /** Lays the document out and makes every choice that changes its words; printing draws only noise after. */
    private static Planned lay(Slot slot, Random random) {
        Composed composed = slot.type().compose(random, Medium.of(slot.format()));
        List<Optional<Stamp>> stamps = new ArrayList<>();
        for (Sheet page : composed.pages()) {
            stamps.add(slot.format().hasTextLayer() || composed.stampWords().isEmpty() ? Optional.empty()
                    : page.stampSpot().filter(spot -> random.nextInt(3) > 0)
                            .map(spot -> Stamp.at(spot, Vocabulary.pick(composed.stampWords(), random), random)));
        }
        return new Planned(slot, composed, stamps);
    }

    private static GeneratedDocument write(Path dir, int number, Slot slot, long seed, Random random)
            throws IOException {
        Planned planned = lay(slot, random);
        Composed composed = planned.composed();
        String name = String.format(Locale.ROOT, "%s-%04d", slot.type().prefix, number);
        Path file = dir.resolve(name + "." + slot.format().extension);
        Printing.print(slot.format(), composed.pages(), planned.stamps(), composed.title(), name + "/" + seed,
                random, file);
        Path json = dir.resolve(name + ".json");
        Path txt = dir.resolve(name + ".txt");
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("type", slot.type().wireName);
        truth.put("fields", composed.fields());
        Files.write(json, (JSON.writeValueAsString(truth) + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> text = planned.text();
        Files.write(txt, (text.isEmpty() ? "" : String.join("\n", text) + "\n").getBytes(StandardCharsets.UTF_8));
        return new GeneratedDocument(file, slot.format().mediaType, slot.type().wireName, composed.fields(), json,
                txt, slot.format().wireName, composed.pages().size());
    }

    /** Spreads nearby seeds far apart (the MurmurHash3 finaliser), as java.util.Random's own scrambling does not. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}

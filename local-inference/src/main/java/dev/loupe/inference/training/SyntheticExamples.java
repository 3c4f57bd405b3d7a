package dev.loupe.inference.training;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.features.LineGrouping;
import dev.loupe.media.synth.LaidOutDocument;
import dev.loupe.media.synth.LaidOutPage;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.media.synth.TruthWord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic documents as training examples, laid out but never printed, so that thousands cost seconds. Words of
 * documents that would be printed as scans get OCR's kind of mistakes, so the models do not expect clean text; a
 * few photos get the stray marks OCR reads in a picture.
 */
public final class SyntheticExamples {
    private static final ModelRef LAYOUT = new ModelRef("synthetic-layout", "1");
    private static final double SCAN_NOISE = 0.04;
    private static final double TEXT_LAYER_NOISE = 0.005;
    private static final List<String> PHOTO_SPECKS = List.of("|", "~", "-", "ee", "i", "'", "Ww", "=", "_", ".");

    private final SyntheticDocuments generator = new SyntheticDocuments();

    /** Documents {@code first} to {@code first + count - 1} of the seed, as {@code generate} would number them. */
    public List<LabeledDocument> documents(long seed, int first, int count) {
        Random noise = new Random(seed ^ 0x5DEECE66DL);
        List<LabeledDocument> documents = new ArrayList<>(count);
        for (int number = first; number < first + count; number++) {
            documents.add(labeled(seed + ":" + number, generator.layOut(seed, number), noise));
        }
        return documents;
    }

    static LabeledDocument labeled(String id, LaidOutDocument document, Random noise) {
        DocumentType type = DocumentType.fromWire(document.docType());
        boolean scanned = !document.format().equals("pdf");
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        Map<Word, FieldName> fieldOf = new IdentityHashMap<>();
        for (int page = 0; page < document.pages().size(); page++) {
            LaidOutPage laidOut = document.pages().get(page);
            List<Word> pageWords = new ArrayList<>();
            for (TruthWord truth : laidOut.words()) {
                if (truth.text().isBlank()) {
                    continue;
                }
                Word word = new Word(page, truth.text(), box(truth), 1, LAYOUT);
                pageWords.add(word);
                if (truth.field() != null) {
                    FieldName.find(truth.field()).ifPresent(field -> fieldOf.put(word, field));
                }
            }
            if (type == DocumentType.DAMAGE_PHOTO && noise.nextBoolean()) {
                pageWords.addAll(specks(page, noise));
            }
            LineGrouping.Grouped grouped = LineGrouping.group(pageWords, words.size());
            words.addAll(grouped.words());
            lines.addAll(grouped.lines());
        }
        List<Word> noisy = OcrNoise.apply(words, scanned ? SCAN_NOISE : TEXT_LAYER_NOISE, noise);
        Map<FieldName, List<Integer>> fieldWords = new EnumMap<>(FieldName.class);
        for (int i = 0; i < words.size(); i++) {
            FieldName field = fieldOf.get(words.get(i));
            if (field != null) {
                fieldWords.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        return new LabeledDocument(id, type, noisy, lines, document.pages().size(), fieldWords);
    }

    /** What OCR makes of texture in a photograph: a few short marks scattered about. */
    private static List<Word> specks(int page, Random random) {
        List<Word> specks = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            specks.add(new Word(page, PHOTO_SPECKS.get(random.nextInt(PHOTO_SPECKS.size())),
                    new Box(random.nextDouble() * 0.9, random.nextDouble() * 0.95, 0.02, 0.015), 0.3, LAYOUT));
        }
        return specks;
    }

    private static Box box(TruthWord word) {
        double x = clamp(word.x());
        double y = clamp(word.y());
        return new Box(x, y, Math.min(word.width(), 1 - x), Math.min(word.height(), 1 - y));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

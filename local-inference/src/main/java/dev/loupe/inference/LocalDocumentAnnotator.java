package dev.loupe.inference;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.Problem;
import dev.loupe.core.annotation.TypePrediction;
import dev.loupe.core.annotation.ValueKind;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.inference.doctype.DocumentTypeClassifier;
import dev.loupe.inference.doctype.PhotoCues;
import dev.loupe.inference.features.TextView;
import dev.loupe.inference.fields.FieldTagger;
import dev.loupe.inference.fields.NormalisingFieldReader;
import dev.loupe.inference.normalize.PersonalData;
import dev.loupe.inference.normalize.Validators;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-annotates documents on this machine: reads their words (text layer or OCR), classifies the document's type,
 * tags its fields, checks them, and marks personal data. A page without words that looks like a photograph is a
 * damage photo; one that does not is unreadable.
 */
public final class LocalDocumentAnnotator implements DocumentAnnotator {
    /** Small enough to cost a few milliseconds, large enough to tell a photograph from a blank page. */
    private static final int THUMBNAIL_DPI = 18;
    /** Mean word confidence below which a page's words may be texture read as text. */
    private static final double FAINT_TEXT = 0.6;
    private static final double CLEAR_WORD = 0.8;
    /** More clearly read words than a photograph of damage ever shows (a number plate, a brand): a document. */
    private static final int CLEAR_WORDS_OF_A_PAGE = 12;

    private final TextReader reader;
    private final PageRenderer renderer;
    private final DocumentTypeClassifier classifier;
    private final FieldTagger tagger;
    private final Validators validators;
    private final AutoCloseable models;

    /**
     * @param models closed with the annotator: whatever holds the classifier's and tagger's models
     */
    public LocalDocumentAnnotator(TextReader reader, PageRenderer renderer, DocumentTypeClassifier classifier,
            FieldTagger tagger, Clock clock, AutoCloseable models) {
        this.reader = reader;
        this.renderer = renderer;
        this.classifier = classifier;
        this.tagger = tagger;
        this.validators = new Validators(clock);
        this.models = models;
    }

    @Override
    public DocumentAnnotation annotate(Path file, String mediaType, String name) {
        long start = System.nanoTime();
        ReadText text = reader.read(file, mediaType, name);
        List<ModelRef> used = new ArrayList<>(text.models());
        boolean photo = !text.pages().isEmpty() && (text.words().isEmpty() || doubtful(text))
                && looksLikePhoto(file, mediaType, name);
        if (photo) {
            return photo(name, mediaType, text, used, start);
        }
        if (text.words().isEmpty()) {
            return unreadable(name, mediaType, text, used, start);
        }
        TextView view = new TextView(text.words(), text.lines(), text.pages().size());
        TypePrediction type = classifier.classify(view);
        NormalisingFieldReader fieldReader = NormalisingFieldReader.forDocument(text.words(), validators);
        List<Field> fields = tagger.fields(view, type.type(), tagger.probabilities(view, type.type()), fieldReader);
        List<List<Integer>> names = new ArrayList<>();
        for (Field field : fields) {
            if (field.check() != FieldCheck.MISSING && field.name().kind() == ValueKind.PERSON) {
                names.add(field.words());
            }
        }
        List<PiiSpan> pii = PersonalData.find(text.words(), names);
        used.add(type.model());
        if (!type.type().fields().isEmpty()) {
            used.add(fields.get(0).model());
        }
        used.add(PersonalData.MODEL);
        return new DocumentAnnotation(name, mediaType, text.status(), text.pages(), text.words(), text.lines(), type,
                fields, pii, text.problems(), used, millisSince(start));
    }

    /**
     * OCR reads texture in a photograph as faint words; real text, even on colourful paper or photographed on a
     * table, reads clearly, and a page of it gives many clear words however much nonsense surrounds them.
     */
    private static boolean doubtful(ReadText text) {
        double sum = 0;
        int clear = 0;
        for (var word : text.words()) {
            sum += word.confidence();
            clear += word.confidence() >= CLEAR_WORD && word.text().length() > 1 ? 1 : 0;
        }
        return sum / text.words().size() < FAINT_TEXT && clear < CLEAR_WORDS_OF_A_PAGE;
    }

    /** Nothing could be read and it is no photograph: the reviewer looks at the original. */
    private static DocumentAnnotation unreadable(String name, String mediaType, ReadText text, List<ModelRef> used,
            long start) {
        List<Problem> problems = text.problems().isEmpty() ? List.of(Problem.ofDocument("no-text", "No text could "
                + "be read in '" + name + "'. Look at the original; if it is blank or unreadable, mark it so."))
                : text.problems();
        return new DocumentAnnotation(name, mediaType, AnnotationStatus.UNREADABLE, text.pages(), List.of(),
                List.of(), null, List.of(), List.of(), problems, used, millisSince(start));
    }

    /** A photograph carries no text by nature: a damage photo, with nothing to extract and nothing wrong. */
    private DocumentAnnotation photo(String name, String mediaType, ReadText text, List<ModelRef> used, long start) {
        TypePrediction scored = classifier.classify(new TextView(List.of(), List.of(), text.pages().size()));
        double modelSays = scored.scores().getOrDefault(DocumentType.DAMAGE_PHOTO, 0.0);
        // The picture itself is the stronger cue: a colourful, varied page without clear text is a photograph.
        double confidence = Math.round((0.5 + 0.5 * modelSays) * 10_000) / 10_000.0;
        TypePrediction type = new TypePrediction(DocumentType.DAMAGE_PHOTO, confidence, scored.scores(),
                scored.model());
        used.add(type.model());
        List<Problem> notes = text.problems().stream().filter(p -> !p.code().equals("no-text")).toList();
        AnnotationStatus status = notes.isEmpty() ? AnnotationStatus.COMPLETE : AnnotationStatus.PARTIAL;
        return new DocumentAnnotation(name, mediaType, status, text.pages(), List.of(), List.of(), type, List.of(),
                List.of(), notes, used, millisSince(start));
    }

    private boolean looksLikePhoto(Path file, String mediaType, String name) {
        try (PageSource source = renderer.open(file, mediaType, name)) {
            PageImage thumbnail = source.render(0, THUMBNAIL_DPI);
            return PhotoCues.of(thumbnail).photoLike();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        reader.close();
        try {
            models.close();
        } catch (Exception e) {
            throw new IllegalStateException("The models could not be closed: " + e.getMessage(), e);
        }
    }
}

package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.TypeChange;
import dev.loupe.core.annotation.TypePrediction;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.FieldValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A reviewer's pass over one document's type and fields: the fields that need a look come first, one of them has
 * the focus, and the reviewer confirms it or gives it a value by typing, by picking words on the page, or by
 * drawing a region. It holds no nodes; the window maps keys and clicks to its commands.
 */
public final class FieldReview {
    private final DocumentAnnotation proposal;
    private final FieldValues values;
    private final DocumentType proposedType;
    private final Map<FieldName, FieldEdit> entries = new EnumMap<>(FieldName.class);
    /** The fields the reviewer added, in the order they did. */
    private final List<FieldEdit> added = new ArrayList<>();
    /** The entries the current type lists, and those added, in the order the rows show them. */
    private final List<FieldEdit> listed = new ArrayList<>();

    private final ReadOnlyObjectWrapper<DocumentType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    // Made once: an unmodifiable wrapper follows its list only weakly.
    private final ObservableList<FieldRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<FieldRow> focused = new ReadOnlyObjectWrapper<>(this, "focused");

    private int focus = -1;
    /** The word a span starts at: the last one picked without extending, on the focused field. */
    private int anchor = -1;

    /** A review whose given values are kept as given, unchecked. */
    public FieldReview(DocumentAnnotation proposal) {
        this(proposal, FieldValues.asGiven());
    }

    /** @param values normalises and checks each value the reviewer gives, as the models' readings are */
    public FieldReview(DocumentAnnotation proposal, FieldValues values) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.values = Objects.requireNonNull(values, "values");
        this.proposedType = proposal.typePrediction().map(TypePrediction::type).orElse(null);
        type.set(proposedType);
        relist();
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public DocumentAnnotation proposal() {
        return proposal;
    }

    /** The document's type as the reviewer leaves it; null while an unreadable document has none. */
    public ReadOnlyObjectProperty<DocumentType> type() {
        return type.getReadOnlyProperty();
    }

    /** The fields, invalid, missing and low-confidence first, then valid, each group in its type's order. */
    public ObservableList<FieldRow> rows() {
        return rowsView;
    }

    /** The field that keys and picked words go to; null when there are no fields. */
    public ReadOnlyObjectProperty<FieldRow> focused() {
        return focused.getReadOnlyProperty();
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Moves the focus to the next field, from the last back to the first (Tab). */
    public void next() {
        moveFocus(1);
    }

    /** Moves the focus to the previous field, from the first back to the last (Shift+Tab). */
    public void previous() {
        moveFocus(-1);
    }

    /** Moves the focus to that field, when it is shown (a click on its row). */
    public void focus(FieldName name) {
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).name == name) {
                setFocus(i);
                return;
            }
        }
    }

    /** Confirms the focused field as it stands and moves on to the next (Enter). */
    public void accept() {
        FieldEdit entry = focusedFieldEdit();
        if (entry != null) {
            entry.accepted = true;
            publish();
            next();
        }
    }

    /** Replaces the focused field's value with what the reviewer typed; blank clears it. */
    public void type(String text) {
        FieldEdit entry = focusedFieldEdit();
        if (entry != null) {
            String given = text.strip();
            entry.fill(given, check(entry, given), FieldChange.Method.TYPED, entry.page, entry.box, entry.words);
            publish();
        }
    }

    /**
     * Fills the focused field with a word on the page, or, extending, with the words in reading order from the
     * first one picked to this one (Shift), when both are on one page.
     *
     * @param wordIndex the word's index in the annotation's word list
     */
    public void pickWord(int wordIndex, boolean extend) {
        List<Word> words = proposal.words();
        if (wordIndex < 0 || wordIndex >= words.size()) {
            throw new IllegalArgumentException("There is no word " + wordIndex + "; the document has " + words.size()
                    + " words.");
        }
        FieldEdit entry = focusedFieldEdit();
        if (entry == null) {
            return;
        }
        boolean span = extend && anchor >= 0 && words.get(anchor).page() == words.get(wordIndex).page();
        if (!span) {
            anchor = wordIndex;
        }
        List<Integer> picked = IntStream.rangeClosed(Math.min(anchor, wordIndex), Math.max(anchor, wordIndex))
                .boxed().toList();
        String text = picked.stream().map(i -> words.get(i).text()).collect(Collectors.joining(" "));
        Box box = picked.stream().map(i -> words.get(i).box()).reduce(Box::union).orElseThrow();
        entry.fill(text, check(entry, text), FieldChange.Method.PICKED_WORD, words.get(wordIndex).page(), box, picked);
        publish();
    }

    /**
     * Fills the focused field with what OCR read in a region the reviewer drew; a region it read nothing in leaves
     * the field as it was. The words recorded are those read earlier whose middle lies in the region.
     */
    public void fillFromRegion(String text, int page, Box box) {
        FieldEdit entry = focusedFieldEdit();
        if (entry == null || text.isBlank()) {
            return;
        }
        List<Word> words = proposal.words();
        List<Integer> inside = IntStream.range(0, words.size()).filter(i -> words.get(i).page() == page
                && contains(box, words.get(i).box())).boxed().toList();
        String given = text.strip();
        entry.fill(given, check(entry, given), FieldChange.Method.REGION, page, box, inside);
        publish();
    }

    /** Shows a field the type does not list or the models missed, and focuses it; one already shown is focused. */
    public void addField(FieldName name) {
        if (listed.stream().noneMatch(entry -> entry.name == name)) {
            FieldEdit entry = entry(name);
            entry.added = true;
            added.add(entry);
            relist();
        }
        focus(name);
    }

    /** Changes the document's type: the rows become the fields that type expects, those in both keeping values. */
    public void changeType(DocumentType newType) {
        Objects.requireNonNull(newType, "newType");
        if (newType != type.get()) {
            type.set(newType);
            relist();
        }
    }

    // ---- what the reviewer did -----------------------------------------------------------------------------

    /** Whether the reviewer changed the type or any field's value: the decision is a correction. */
    public boolean changed() {
        return type.get() != proposedType || listed.stream().anyMatch(FieldEdit::changed);
    }

    /** Each field whose value the reviewer changed, in the type's order, with how. */
    public List<FieldChange> changes() {
        return inTypeOrder().stream().filter(FieldEdit::changed).map(FieldEdit::change).toList();
    }

    /** The type the reviewer gave the document in place of the proposed one; empty when they kept it. */
    public Optional<TypeChange> typeChange() {
        return type.get() == proposedType || type.get() == null ? Optional.empty()
                : Optional.of(new TypeChange(proposal.name(), proposedType, type.get()));
    }

    /** The fields shown whose value the reviewer gave and which fail their check, in the order shown. */
    public List<FieldRow> givenInvalid() {
        return listed.stream().filter(FieldEdit::givenInvalid).map(FieldEdit::row).toList();
    }

    /** The proposal as the reviewer leaves it: its type, and its fields with their values, words and boxes. */
    public DocumentAnnotation finalAnnotation() {
        TypePrediction typePrediction = type.get() == proposedType ? proposal.type()
                : new TypePrediction(type.get(), 1, Map.of(), ModelRef.REVIEWER);
        List<Field> fields = inTypeOrder().stream().filter(FieldEdit::kept)
                .map(FieldEdit::finalField).toList();
        return new DocumentAnnotation(proposal.name(), proposal.mediaType(), proposal.status(), proposal.pages(),
                proposal.words(), proposal.lines(), typePrediction, fields, proposal.pii(), proposal.problems(),
                proposal.models(), proposal.millis());
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private void relist() {
        DocumentType current = type.get();
        List<FieldName> expected = new ArrayList<>(current == null ? List.of() : current.fields());
        if (current == proposedType) {
            proposal.fields().stream().map(Field::name).filter(name -> !expected.contains(name))
                    .forEach(expected::add);
        }
        listed.clear();
        entries.values().forEach(entry -> entry.expected = false);
        for (FieldName name : expected) {
            FieldEdit entry = entry(name);
            entry.expected = true;
            entry.order = listed.size();
            listed.add(entry);
        }
        for (FieldEdit entry : added) {
            if (!entry.expected) {
                entry.order = listed.size();
                listed.add(entry);
            }
        }
        listed.sort(Comparator.comparingInt(FieldEdit::rank).thenComparingInt(entry -> entry.order));
        focus = listed.isEmpty() ? -1 : 0;
        anchor = -1;
        publish();
    }

    private FieldEdit entry(FieldName name) {
        return entries.computeIfAbsent(name, n -> new FieldEdit(proposal.name(), n, proposal.field(n).orElse(null)));
    }

    private FieldValues.Checked check(FieldEdit entry, String given) {
        return values.check(entry.name, given, proposal.words());
    }

    private List<FieldEdit> inTypeOrder() {
        return listed.stream().sorted(Comparator.comparingInt(entry -> entry.order)).toList();
    }

    private void moveFocus(int step) {
        if (!listed.isEmpty()) {
            setFocus(Math.floorMod(focus + step, listed.size()));
        }
    }

    private void setFocus(int index) {
        if (index != focus) {
            anchor = -1;
        }
        focus = index;
        focused.set(rows.get(index));
    }

    private FieldEdit focusedFieldEdit() {
        return focus < 0 ? null : listed.get(focus);
    }

    private void publish() {
        rows.setAll(listed.stream().map(FieldEdit::row).toList());
        focused.set(focus < 0 ? null : rows.get(focus));
    }

    private static boolean contains(Box region, Box word) {
        return word.centerX() >= region.x() && word.centerX() <= region.right()
                && word.centerY() >= region.y() && word.centerY() <= region.bottom();
    }
}

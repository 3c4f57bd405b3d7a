package dev.loupe.ui;

import static dev.loupe.ui.WordCursor.Move.LINE_DOWN;
import static dev.loupe.ui.WordCursor.Move.LINE_UP;
import static dev.loupe.ui.WordCursor.Move.NEXT;
import static dev.loupe.ui.WordCursor.Move.PREVIOUS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.TextLine;
import dev.loupe.core.annotation.Word;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word cursor over {@link InvoiceProposal}, whose words are, by line: 0 ACME, 1 LTD, 2 Invoice, 3 INV-7 /
 * 4 12/01/2024 / 5 Total, 6 12.50, 7 EUR on page 0, and 8 Thanks on page 1. Pure code, no toolkit.
 */
class WordCursorTest {
    private final WordCursor cursor = new WordCursor(InvoiceProposal.annotation());

    @Test
    void theFirstKeyShowsTheCursorOnTheFocusedFieldsFirstWordAndTheNextMovesIt() {
        WordCursor.Origin vendor = new WordCursor.Origin(0, InvoiceProposal.box(0, 1), List.of(1, 0), 0);
        assertThat(cursor.word()).isEmpty();
        assertThat(cursor.wordProperty().get()).isEqualTo(-1);

        cursor.move(NEXT, vendor);
        assertThat(cursor.word()).hasValue(0);

        cursor.move(NEXT, vendor);
        assertThat(cursor.word()).hasValue(1);
        assertThat(cursor.wordProperty().get()).isEqualTo(1);
    }

    @Test
    void aFieldWithABoxAndNoWordsStartsAtTheWordNearestItsBoxOnItsPage() {
        cursor.move(NEXT, new WordCursor.Origin(0, new Box(0.76, 0.70, 0.05, 0.02), List.of(), 1));
        assertThat(cursor.word()).as("EUR, right below the box, is nearer than 12.50").hasValue(7);

        cursor.hide();
        cursor.move(NEXT, new WordCursor.Origin(1, new Box(0.8, 0.9, 0.1, 0.05), List.of(), 0));
        assertThat(cursor.word()).as("the only word on page 1").hasValue(8);
    }

    @Test
    void aFieldWithNoPlaceStartsAtTheFirstWordOfThePageInView() {
        cursor.show(WordCursor.Origin.of(null, 1));
        assertThat(cursor.word()).hasValue(8);

        cursor.hide();
        FieldRow total = new FieldRow(FieldName.TOTAL, "", "", 0, FieldState.MISSING, -1, null, List.of(), "", false);
        cursor.show(WordCursor.Origin.of(total, 0));
        assertThat(cursor.word()).hasValue(0);

        cursor.hide();
        cursor.show(WordCursor.Origin.of(null, 5));
        assertThat(cursor.word()).as("past the last page with words, its last word").hasValue(8);
    }

    @Test
    void showingAShownCursorLeavesItWhereItIs() {
        cursor.show(WordCursor.Origin.of(null, 0));
        cursor.move(NEXT, WordCursor.Origin.of(null, 0));

        cursor.show(WordCursor.Origin.of(null, 1));

        assertThat(cursor.word()).hasValue(1);
    }

    @Test
    void nextAndPreviousGoInReadingOrderAcrossPagesAndStopAtTheEnds() {
        WordCursor.Origin eur = new WordCursor.Origin(0, InvoiceProposal.box(7, 7), List.of(7), 0);
        cursor.show(eur);

        cursor.move(NEXT, eur);
        assertThat(cursor.word()).hasValue(8);
        cursor.move(NEXT, eur);
        assertThat(cursor.word()).hasValue(8);
        cursor.move(PREVIOUS, eur);
        assertThat(cursor.word()).hasValue(7);

        cursor.hide();
        cursor.show(WordCursor.Origin.of(null, 0));
        cursor.move(PREVIOUS, eur);
        assertThat(cursor.word()).hasValue(0);
    }

    @Test
    void lineDownAndUpGoToTheWordNearestAcrossThePageOnTheNextOrPreviousLine() {
        WordCursor.Origin number = new WordCursor.Origin(0, InvoiceProposal.box(3, 3), List.of(3), 0);
        cursor.show(number);

        assertThat(moves(LINE_DOWN, LINE_DOWN, LINE_DOWN, LINE_DOWN)).containsExactly(4, 6, 8, 8);
        assertThat(moves(LINE_UP, LINE_UP, LINE_UP, LINE_UP)).containsExactly(5, 4, 2, 2);
    }

    @Test
    void theAnnotationsOwnLinesAreFollowedWhereItHasThem() {
        // Two columns: "left" and "right" share a row of the page but are lines of their own, as OCR read them.
        List<Word> words = List.of(word("left", 0.10, 0.10), word("right", 0.60, 0.10), word("below", 0.62, 0.20));
        List<TextLine> lines = List.of(line(words, 0), line(words, 1), line(words, 2));
        WordCursor columns = new WordCursor(new DocumentAnnotation("columns.png", "image/png",
                AnnotationStatus.COMPLETE, List.of(), words, lines, null, List.of(), List.of(), List.of(), List.of(),
                0));
        WordCursor.Origin left = new WordCursor.Origin(0, words.get(0).box(), List.of(0), 0);

        columns.show(left);
        columns.move(LINE_DOWN, left);

        assertThat(columns.word()).hasValue(1);
    }

    @Test
    void aDocumentWithoutWordsHasNoCursorToShow() {
        WordCursor none = new WordCursor(new DocumentAnnotation("blank.png", "image/png", AnnotationStatus.COMPLETE,
                List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), 0));

        none.move(NEXT, WordCursor.Origin.of(null, 0));
        none.move(LINE_DOWN, WordCursor.Origin.of(null, 0));

        assertThat(none.word()).isEmpty();
    }

    @Test
    void hidingStartsTheCursorAgainAtTheNextKey() {
        WordCursor.Origin date = new WordCursor.Origin(0, InvoiceProposal.box(4, 4), List.of(4), 0);
        cursor.show(date);
        cursor.move(LINE_DOWN, date);

        cursor.hide();
        assertThat(cursor.word()).isEmpty();
        cursor.move(LINE_DOWN, date);

        assertThat(cursor.word()).hasValue(4);
    }

    private List<Integer> moves(WordCursor.Move... moves) {
        return Arrays.stream(moves).map(move -> {
            cursor.move(move, WordCursor.Origin.of(null, 0));
            return cursor.word().orElseThrow();
        }).toList();
    }

    private static Word word(String text, double x, double y) {
        return new Word(0, text, new Box(x, y, 0.1, 0.02), 0.9, InvoiceProposal.OCR);
    }

    private static TextLine line(List<Word> words, int index) {
        Word word = words.get(index);
        return new TextLine(0, word.text(), word.box(), 0.9, index, 1);
    }
}

package dev.loupe.ui;

import java.util.Objects;
import javafx.beans.value.ChangeListener;

/**
 * The keys of the word cursor, so that nothing needs the mouse: they move a {@link WordCursor} over the words of the
 * document under review, drawn on its page, and pick the word at the cursor into the focused field exactly as a
 * Ctrl+click on it would (the extending key as Shift+Ctrl+click). The cursor is hidden again, to start afresh at
 * the field, whenever the focus moves to another field and whenever another item opens.
 */
final class WordCursorKeys {
    private final ReviewViewModel model;
    private final PageView pages;
    private final ChangeListener<FieldRow> focusMoved = (observable, was, now) -> {
        if (was == null || now == null || was.name() != now.name()) {
            hide();
        }
    };
    /** The document under review and the cursor over its words; both null while there is none. */
    private FieldReview review;
    private WordCursor cursor;

    WordCursorKeys(ReviewViewModel model, PageView pages) {
        this.model = Objects.requireNonNull(model, "model");
        this.pages = Objects.requireNonNull(pages, "pages");
        model.fieldReviewProperty().addListener((observable, was, now) -> follow(now));
        follow(model.fieldReviewProperty().get());
    }

    /** Binds the cursor's actions to the workstation's keys. */
    void bind(KeyMap keys) {
        keys.on(Action.WORD_NEXT, () -> move(WordCursor.Move.NEXT));
        keys.on(Action.WORD_PREVIOUS, () -> move(WordCursor.Move.PREVIOUS));
        keys.on(Action.WORD_LINE_DOWN, () -> move(WordCursor.Move.LINE_DOWN));
        keys.on(Action.WORD_LINE_UP, () -> move(WordCursor.Move.LINE_UP));
        keys.on(Action.PICK_WORD, () -> pick(false));
        keys.on(Action.EXTEND_PICK, () -> pick(true));
    }

    private void follow(FieldReview now) {
        if (review != null) {
            review.focused().removeListener(focusMoved);
        }
        pages.cursorWordProperty().unbind();
        pages.cursorWordProperty().set(-1);
        review = now;
        cursor = now == null ? null : new WordCursor(now.proposal());
        if (now != null) {
            now.focused().addListener(focusMoved);
            pages.cursorWordProperty().bind(cursor.wordProperty());
        }
    }

    private void move(WordCursor.Move move) {
        if (cursor != null && model.canDecideProperty().get()) {
            cursor.move(move, origin());
        }
    }

    /** Picks the word at the cursor; a hidden cursor is shown first, so no word is taken unseen. */
    private void pick(boolean extend) {
        if (cursor == null || !model.canDecideProperty().get()) {
            return;
        }
        cursor.word().ifPresentOrElse(word -> review.pickWord(word, extend), () -> cursor.show(origin()));
    }

    private void hide() {
        if (cursor != null) {
            cursor.hide();
        }
    }

    private WordCursor.Origin origin() {
        return WordCursor.Origin.of(review.focused().get(), pages.currentPageProperty().get());
    }
}

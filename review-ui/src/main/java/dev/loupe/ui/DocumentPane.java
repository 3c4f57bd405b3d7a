package dev.loupe.ui;

import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.ModelRef;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The pages of the item under review with its first document's proposal drawn over them, and a sentence in their
 * place when there are none.
 */
final class DocumentPane extends StackPane {
    private final Label placeholder = new Label();
    private final Label pageNote = new Label();

    private final PageView pages;
    private ChangeListener<FieldRow> focusListener;

    DocumentPane(ReviewViewModel model, KeyBindings keys) {
        getStyleClass().add("document-pane");
        pages = new PageView(model.pages());
        // The document on screen; the focused field of its review is highlighted on the page.
        pages.annotationProperty().bind(model.shownProposalProperty());
        pages.sharperPagesProperty().bind(model.sharperPagesProperty());
        model.fieldReviewProperty().addListener((obs, was, review) -> followFocus(review));
        pages.setOnWordPicked((word, extend) -> Optional.ofNullable(model.fieldReviewProperty().get())
                .ifPresent(review -> review.pickWord(word, extend)));
        pages.setOnRegionSelected(model::readRegion);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setId("document-message");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        pageNote.getStyleClass().add("page-note");
        StackPane.setAlignment(pageNote, Pos.BOTTOM_CENTER);

        placeholder.textProperty().bind(Bindings.createStringBinding(() -> placeholderText(model, keys),
                model.phaseProperty(), model.pageProblemProperty(), model.selectedQueueProperty(), model.problemProperty()));
        placeholder.visibleProperty().bind(Bindings.isEmpty(model.pages()));
        pages.visibleProperty().bind(Bindings.isNotEmpty(model.pages()));
        pageNote.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = model.pages().size();
            int all = model.pageCountProperty().get();
            return shown > 0 && all > shown ? "Showing the first " + shown + " of " + all + " pages." : "";
        }, model.pages(), model.pageCountProperty()));
        pageNote.visibleProperty().bind(pageNote.textProperty().isNotEmpty());
        getChildren().addAll(pages, placeholder, pageNote);
    }

    /** The pages, for the window's keys. */
    PageView pages() {
        return pages;
    }

    /** Highlights the focused field of the document under review on its page, and follows the focus. */
    private void followFocus(FieldReview review) {
        pages.highlightedFieldProperty().set(null);
        if (review == null) {
            return;
        }
        focusListener = (obs, was, row) -> pages.highlightedFieldProperty().set(asField(row));
        review.focused().addListener(new WeakChangeListener<>(focusListener));
        pages.highlightedFieldProperty().set(asField(review.focused().get()));
    }

    /** A row as the page draws a field: where it is and how sure the models are; null when it is nowhere. */
    private static Field asField(FieldRow row) {
        if (row == null || row.box() == null || row.page() < 0) {
            return null;
        }
        FieldCheck check = switch (row.state()) {
            case INVALID -> FieldCheck.INVALID;
            case LOW_CONFIDENCE -> FieldCheck.LOW_CONFIDENCE;
            case MISSING -> FieldCheck.MISSING;
            default -> FieldCheck.VALID;
        };
        return new Field(row.name(), row.value(), row.value(), row.currency(), row.page(), row.box(),
                row.confidence(), row.words(), check, row.note(), ModelRef.REVIEWER);
    }

    private static String chooseText(ReviewViewModel model, KeyBindings keys) {
        String queue = model.selectedQueueProperty().get();
        if (queue != null) {
            return "Press " + keys.describe(Action.NEXT) + " to open the next item of " + queue + ".";
        }
        String problem = model.problemProperty().get();
        return problem.isEmpty() ? "No queue to review yet."
                : problem + "\n\nPress " + keys.describe(Action.REFRESH) + " to try again.";
    }

    private static String placeholderText(ReviewViewModel model, KeyBindings keys) {
        if (!model.pageProblemProperty().get().isEmpty()) {
            return model.pageProblemProperty().get() + "\n\nPress " + keys.describe(Action.UNREADABLE)
                    + " to reject it as unreadable, " + keys.describe(Action.ESCALATE) + " to escalate it, or "
                    + keys.describe(Action.APPROVE) + " to approve it as it is.";
        }
        return switch (model.phaseProperty().get()) {
            case CONNECTING -> "Connecting to the server…";
            case WAITING -> "Preparing the next item of " + model.selectedQueueProperty().get()
                    + "…\nIt opens by itself as soon as it is ready.";
            case LOADING -> "Opening the next item…";
            case SENDING -> "Keeping your decision…";
            case QUEUE_EMPTY -> "Nothing is waiting in " + model.selectedQueueProperty().get()
                    + ".\nChoose another queue on the left; new work in this one opens by itself.";
            case CHOOSING -> chooseText(model, keys);
            case REVIEWING -> "";
        };
    }
}

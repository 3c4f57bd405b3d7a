package dev.loupe.ui;

import dev.loupe.core.PageImage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The pages of the item under review, one under another, with a sentence in their place when there are none. */
final class DocumentPane extends StackPane {
    private static final double PAGE_MARGIN = 20;
    private final VBox pageColumn = new VBox(16);
    private final ScrollPane scroller = new ScrollPane(pageColumn);
    private final Label placeholder = new Label();
    private final Label pageNote = new Label();

    DocumentPane(ReviewViewModel model, KeyBindings keys) {
        getStyleClass().add("document-pane");
        pageColumn.getStyleClass().add("page-column");
        pageColumn.setAlignment(Pos.TOP_CENTER);
        pageColumn.setPadding(new Insets(PAGE_MARGIN));
        pageColumn.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getWidth(), scroller.viewportBoundsProperty()));
        scroller.setFitToWidth(false);
        scroller.setPannable(true);
        scroller.setFocusTraversable(false);
        scroller.setAccessibleText("Document pages");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setId("document-message");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        pageNote.getStyleClass().add("page-note");
        StackPane.setAlignment(pageNote, Pos.BOTTOM_CENTER);

        model.pages().addListener((ListChangeListener<PageImage>) change -> showPages(model));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> placeholderText(model, keys),
                model.phaseProperty(), model.pageProblemProperty(), model.selectedQueueProperty(), model.problemProperty()));
        placeholder.visibleProperty().bind(Bindings.isEmpty(model.pages()));
        scroller.visibleProperty().bind(Bindings.isNotEmpty(model.pages()));
        pageNote.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = model.pages().size();
            int all = model.pageCountProperty().get();
            return shown > 0 && all > shown ? "Showing the first " + shown + " of " + all + " pages." : "";
        }, model.pages(), model.pageCountProperty()));
        pageNote.visibleProperty().bind(pageNote.textProperty().isNotEmpty());
        getChildren().addAll(scroller, placeholder, pageNote);
    }

    private void showPages(ReviewViewModel model) {
        pageColumn.getChildren().clear();
        for (PageImage page : model.pages()) {
            ImageView view = new ImageView(FxImages.of(page));
            view.getStyleClass().add("page");
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // Fit the page to the width of the pane, never enlarging it past its rendered size.
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.min(page.width(), Math.max(200, scroller.getViewportBounds().getWidth() - 2 * PAGE_MARGIN)),
                    scroller.viewportBoundsProperty()));
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("sheet");
            sheet.setMaxWidth(StackPane.USE_PREF_SIZE);
            pageColumn.getChildren().add(sheet);
        }
        scroller.setVvalue(0);
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

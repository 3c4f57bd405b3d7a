package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * What is drawn over one page: its OCR word boxes, its field boxes coloured by their check, the highlighted field,
 * the word cursor and the region being dragged. Boxes are kept in fractions of the page and placed at each layout,
 * so they stay on their words at every zoom without a copy of the page.
 */
final class PageOverlay extends Pane {
    /** How far, in screen pixels, a Ctrl+click may miss a word and still pick it. */
    private static final double PICK_SLACK = 3;
    /** How far, in screen pixels, the word cursor's outline stands off its word, so the word stays readable. */
    private static final double CURSOR_GAP = 2;

    private final int page;
    private final Group wordBoxes = new Group();
    private final Group fieldBoxes = new Group();
    private final Rectangle highlight = new Rectangle();
    private final Rectangle highlightRing = new Rectangle();
    private final Rectangle cursor = new Rectangle();
    private final Rectangle region = new Rectangle();
    private final List<Placed> placed = new ArrayList<>();
    private final List<PageWord> words = new ArrayList<>();
    private Box highlighted;
    /** The index of the word the cursor is on, in the annotation's word list; -1 for none. */
    private int cursorWord = -1;
    private Box cursorBox;

    private record Placed(Rectangle shape, Box box) {
    }

    /** A word of this page with its index in the annotation's word list. */
    private record PageWord(int index, Box box) {
    }

    PageOverlay(int page) {
        this.page = page;
        getStyleClass().add("page-overlay");
        wordBoxes.getStyleClass().add("word-boxes");
        fieldBoxes.getStyleClass().add("field-boxes");
        highlightRing.getStyleClass().add("highlight-ring");
        cursor.getStyleClass().add("word-cursor");
        region.getStyleClass().add("region-band");
        for (Rectangle shape : List.of(highlight, highlightRing, cursor, region)) {
            shape.setVisible(false);
            shape.setMouseTransparent(true);
        }
        wordBoxes.setMouseTransparent(true);
        fieldBoxes.setMouseTransparent(true);
        getChildren().addAll(wordBoxes, fieldBoxes, highlight, highlightRing, cursor, region);
        wordBoxes.visibleProperty().addListener((observable, was, shown) -> drawWordBoxes());
    }

    /**
     * Draws a box per word while word boxes are shown. A page has hundreds of words, so their shapes are made only
     * when the reviewer turns them on: opening an item costs no styling or layout of boxes nobody sees.
     */
    private void drawWordBoxes() {
        if (!wordBoxes.isVisible() || !wordBoxes.getChildren().isEmpty()) {
            return;
        }
        List<Rectangle> shapes = new ArrayList<>(words.size());
        for (PageWord word : words) {
            shapes.add(shape(word.box(), "word-box"));
        }
        wordBoxes.getChildren().setAll(shapes);
        requestLayout();
    }

    BooleanProperty wordBoxesVisibleProperty() {
        return wordBoxes.visibleProperty();
    }

    BooleanProperty fieldBoxesVisibleProperty() {
        return fieldBoxes.visibleProperty();
    }

    /** Draws the words and fields of this page from the annotation; null draws none. */
    void show(DocumentAnnotation annotation) {
        placed.clear();
        words.clear();
        wordBoxes.getChildren().clear();
        fieldBoxes.getChildren().clear();
        if (annotation != null) {
            List<Word> all = annotation.words();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).page() == page) {
                    words.add(new PageWord(i, all.get(i).box()));
                }
            }
            drawWordBoxes();
            for (Field field : annotation.fields()) {
                if (field.page() == page && field.box() != null && field.check() != FieldCheck.MISSING) {
                    fieldBoxes.getChildren().add(shape(field.box(), "field-box", checkClass(field.check())));
                }
            }
        }
        showCursor(cursorWord);
    }

    /** Outlines the word the cursor is on when it is on this page; -1, or a word of another page, shows none. */
    void showCursor(int wordIndex) {
        cursorWord = wordIndex;
        cursorBox = words.stream().filter(word -> word.index() == wordIndex).map(PageWord::box).findFirst()
                .orElse(null);
        cursor.setVisible(cursorBox != null);
        requestLayout();
    }

    /** Emphasises the field when it is on this page, and shows nothing emphasised when it is not. */
    void highlight(Field field) {
        boolean here = field != null && field.page() == page && field.box() != null;
        highlighted = here ? field.box() : null;
        highlight.getStyleClass().setAll("field-box", "highlighted");
        if (here) {
            highlight.getStyleClass().add(checkClass(field.check()));
        }
        highlight.setVisible(here);
        highlightRing.setVisible(here);
        requestLayout();
    }

    /** The index, in the annotation's word list, of the word at this point of the page; the smallest when nested. */
    OptionalInt wordAt(double x, double y) {
        double slackX = PICK_SLACK / getWidth();
        double slackY = PICK_SLACK / getHeight();
        double fx = x / getWidth();
        double fy = y / getHeight();
        PageWord best = null;
        for (PageWord word : words) {
            Box box = word.box();
            boolean inside = fx >= box.x() - slackX && fx <= box.right() + slackX
                    && fy >= box.y() - slackY && fy <= box.bottom() + slackY;
            if (inside && (best == null || area(box) < area(best.box()))) {
                best = word;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.index());
    }

    /** Shows the band of a region being dragged between two points of the page. */
    void showRegion(double x0, double y0, double x1, double y1) {
        region.setX(Math.min(x0, x1));
        region.setY(Math.min(y0, y1));
        region.setWidth(Math.abs(x1 - x0));
        region.setHeight(Math.abs(y1 - y0));
        region.setVisible(true);
    }

    void hideRegion() {
        region.setVisible(false);
    }

    /** The region between two points of the page as fractions of the page. */
    Box regionBox(double x0, double y0, double x1, double y1) {
        return Box.ofPixels(x0, y0, x1, y1, getWidth(), getHeight());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        for (Placed shape : placed) {
            place(shape.shape(), shape.box(), width, height, 0);
        }
        if (highlighted != null) {
            place(highlight, highlighted, width, height, 0);
            place(highlightRing, highlighted, width, height, 6);
        }
        if (cursorBox != null) {
            place(cursor, cursorBox, width, height, CURSOR_GAP);
        }
    }

    private Rectangle shape(Box box, String... styleClasses) {
        Rectangle shape = new Rectangle();
        shape.getStyleClass().addAll(styleClasses);
        placed.add(new Placed(shape, box));
        return shape;
    }

    private static void place(Rectangle shape, Box box, double width, double height, double grow) {
        shape.setX(box.x() * width - grow);
        shape.setY(box.y() * height - grow);
        shape.setWidth(box.width() * width + 2 * grow);
        shape.setHeight(box.height() * height + 2 * grow);
    }

    static String checkClass(FieldCheck check) {
        return "check-" + check.wire();
    }

    private static double area(Box box) {
        return box.width() * box.height();
    }
}

package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page view in a headless window, with A4 pages at 150 dpi whose "words" are dark bars. */
@ExtendWith(ApplicationExtension.class)
class PageViewTest {
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1754;
    private static final ModelRef MODEL = new ModelRef("test", "1");
    /** Words as pixel rectangles {page, left, top, width, height}. */
    private static final int[][] WORDS = {
        {0, 200, 300, 180, 40}, {0, 420, 300, 220, 40}, {0, 200, 1500, 300, 40}, {1, 300, 1400, 250, 40}};

    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    private PageView view;

    @Start
    void start(Stage stage) {
        view = new PageView(pages);
        view.annotationProperty().set(annotation());
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    @Test
    void fitWidthMakesThePageAsWideAsTheViewport(FxRobot robot) {
        show(robot, 1);
        robot.interact(view::zoomIn);
        robot.interact(view::fitWidth);

        double viewport = scroller(robot).getViewportBounds().getWidth();
        assertThat(sheet(robot, 0).getWidth()).isCloseTo(viewport - 2 * PageView.PAGE_MARGIN, within(1.0));
        assertThat(view.zoomProperty().get()).isCloseTo(sheet(robot, 0).getWidth() / WIDTH, within(0.001));
    }

    @Test
    void zoomStepsInAndOutAndKeepsTheBoxesOnTheirWords(FxRobot robot) {
        show(robot, 1);
        robot.interact(() -> view.wordBoxesShownProperty().set(true));
        double fitted = view.zoomProperty().get();

        robot.interact(view::zoomIn);
        double in = view.zoomProperty().get();
        assertThat(in).isEqualTo(Zoom.in(fitted)).isGreaterThan(fitted);
        assertBoxesOnWords(robot);

        robot.interact(view::zoomOut);
        robot.interact(view::zoomOut);
        assertThat(view.zoomProperty().get()).isLessThan(in).isEqualTo(Zoom.out(Zoom.out(in)));
        assertBoxesOnWords(robot);

        robot.interact(view::actualSize);
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
        assertBoxesOnWords(robot);
    }

    @Test
    void keysAndCtrlWheelZoomWhileTheViewHasFocus(FxRobot robot) {
        show(robot, 1);
        double fitted = view.zoomProperty().get();
        robot.interact(view::requestFocus);

        robot.type(KeyCode.EQUALS);
        assertThat(view.zoomProperty().get()).isEqualTo(Zoom.in(fitted));
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        assertThat(view.zoomProperty().get()).isEqualTo(Zoom.out(Zoom.out(Zoom.in(fitted))));
        robot.type(KeyCode.DIGIT0);
        assertThat(view.zoomProperty().get()).isEqualTo(fitted);

        Point2D pointer = wordCentre(robot, 0);
        robot.moveTo(pointer).press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        assertThat(view.zoomProperty().get()).isNotEqualTo(fitted);
        assertThat(wordCentre(robot, 0).distance(pointer)).as("the word stays under the pointer, to a pixel per notch").isLessThan(4.0);
        assertBoxesOnWords(robot);
    }

    @Test
    void ctrlClickOnAWordPicksItAndShiftExtends(FxRobot robot) {
        show(robot, 1);
        List<String> picked = new ArrayList<>();
        view.setOnWordPicked((word, extend) -> picked.add(word + (extend ? "+" : "")));

        robot.press(KeyCode.CONTROL).clickOn(wordCentre(robot, 1)).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).clickOn(wordCentre(robot, 0))
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn(wordCentre(robot, 0));

        assertThat(picked).containsExactly("1", "0+");
    }

    @Test
    void aDragReadsARegionOfThePageUnderIt(FxRobot robot) {
        show(robot, 1);
        List<Box> regions = new ArrayList<>();
        List<Integer> onPages = new ArrayList<>();
        view.setOnRegionSelected((page, region) -> {
            onPages.add(page);
            regions.add(region);
        });
        Node sheet = sheet(robot, 0);
        double scale = view.zoomProperty().get();
        Point2D from = sheet.localToScreen(100 * scale, 200 * scale);
        Point2D to = sheet.localToScreen(700 * scale, 400 * scale);

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();

        assertThat(onPages).containsExactly(0);
        Box region = regions.get(0);
        double slack = 2.0 / sheet.getLayoutBounds().getWidth();
        assertThat(region.x()).isCloseTo(100.0 / WIDTH, within(slack));
        assertThat(region.y()).isCloseTo(200.0 / HEIGHT, within(slack));
        assertThat(region.right()).isCloseTo(700.0 / WIDTH, within(slack));
        assertThat(region.bottom()).isCloseTo(400.0 / HEIGHT, within(slack));
    }

    @Test
    void highlightingAFieldOnTheSecondPageScrollsItIntoView(FxRobot robot) {
        show(robot, 2);
        Field total = view.annotationProperty().get().fields().get(0);

        robot.interact(() -> view.highlightedFieldProperty().set(total));

        Rectangle highlight = robot.lookup(".field-box.highlighted").match(Node::isVisible).queryAs(Rectangle.class);
        Bounds box = highlight.localToScene(geometry(highlight));
        Bounds viewport = scroller(robot).lookup(".viewport").localToScene(
                scroller(robot).lookup(".viewport").getLayoutBounds());
        assertThat(viewport.contains(box)).as("%s inside %s", box, viewport).isTrue();
        assertThat(view.currentPageProperty().get()).isEqualTo(1);
    }

    @Test
    void theWordCursorIsOutlinedAroundItsWordAndScrolledIntoView(FxRobot robot) {
        show(robot, 2);

        robot.interact(() -> view.cursorWordProperty().set(3));

        List<Rectangle> shown = new ArrayList<>(robot.lookup(".word-cursor").match(Node::isVisible)
                .queryAllAs(Rectangle.class));
        assertThat(shown).hasSize(1);
        Bounds outline = shown.get(0).localToScene(geometry(shown.get(0)));
        int[] word = WORDS[3];
        double scale = view.zoomProperty().get();
        Bounds onPage = sheet(robot, 1).localToScene(new BoundingBox(word[1] * scale, word[2] * scale,
                word[3] * scale, word[4] * scale));
        assertThat(outline.contains(onPage)).as("%s around %s", outline, onPage).isTrue();
        assertThat(outline.getWidth() - onPage.getWidth()).isLessThan(6);
        Bounds viewport = scroller(robot).lookup(".viewport").localToScene(
                scroller(robot).lookup(".viewport").getLayoutBounds());
        assertThat(viewport.contains(outline)).as("%s inside %s", outline, viewport).isTrue();

        robot.interact(() -> view.cursorWordProperty().set(-1));

        assertThat(robot.lookup(".word-cursor").match(Node::isVisible).queryAll()).isEmpty();
    }

    @Test
    void thumbnailsShowOnlyForSeveralPagesAndJumpToThePageClicked(FxRobot robot) {
        show(robot, 1);
        assertThat(robot.lookup(".page-thumbnails").query().isVisible()).isFalse();

        show(robot, 2);
        assertThat(robot.lookup(".page-thumbnails").query().isVisible()).isTrue();
        List<Node> thumbnails = new ArrayList<>(robot.lookup(".thumbnail").queryAll());
        assertThat(thumbnails).hasSize(2);

        robot.clickOn(thumbnails.get(1));

        assertThat(view.currentPageProperty().get()).isEqualTo(1);
        Bounds viewport = scroller(robot).lookup(".viewport").localToScene(
                scroller(robot).lookup(".viewport").getLayoutBounds());
        double top = sheet(robot, 1).localToScene(0, 0).getY();
        assertThat(top).isCloseTo(viewport.getMinY() + PageView.PAGE_MARGIN, within(1.0));
        assertThat(thumbnails.get(1).getStyleClass()).contains("current");
    }

    @Test
    void aPageShownSmallerThanRenderedIsDrawnFromACopyScaledToItsSize(FxRobot robot) {
        PageView inline = new PageView(FXCollections.observableArrayList(page(0)), Runnable::run);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(inline, 900, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        PageSheet sheet = robot.from(inline).lookup(".page-sheet").query();
        assertThat(inline.zoomProperty().get()).as("fitted to the width").isLessThan(1);
        assertThat(sheet.drawnOneToOne()).isTrue();

        robot.interact(() -> {
            inline.zoomOut();
            inline.layout();
            assertThat(sheet.drawnOneToOne()).as("while the copy for the new size is made").isFalse();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheet.drawnOneToOne()).isTrue();

        robot.interact(inline::actualSize);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheet.drawnOneToOne()).as("at full size the page itself is drawn").isFalse();
        robot.interact(() -> inline.getScene().getWindow().hide());
    }

    @Test
    void zoomedInPastTheRenderingThePageIsDrawnFromAFinerRenderingNearThePageInView(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        PageView inline = new PageView(FXCollections.observableArrayList(page(0), page(1), page(1)), Runnable::run);
        inline.sharperPagesProperty().set((index, scale) -> {
            asked.add(index + "@" + scale);
            int width = (int) Math.round(WIDTH * scale);
            int height = (int) Math.round(HEIGHT * scale);
            return new PageImage(width, height, new int[width * height]);
        });
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(inline, 900, 700));
            stage.show();
            inline.actualSize();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<PageSheet> sheets = robot.from(inline).lookup(".page-sheet").queryAllAs(PageSheet.class).stream()
                .sorted(Comparator.comparingInt(PageSheet::index)).toList();
        assertThat(sheets.get(0).drawnFiner()).as("at 100% the rendering is drawn as it is").isEqualTo(1);
        assertThat(asked).isEmpty();

        robot.interact(inline::zoomIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inline.zoomProperty().get()).isGreaterThan(PageSheet.SHARPER_FROM).isLessThanOrEqualTo(1.5);
        assertThat(sheets.get(0).drawnFiner()).isEqualTo(1.5);
        assertThat(sheets.get(1).drawnFiner()).as("the page beside it too").isEqualTo(1.5);
        assertThat(sheets.get(2).drawnFiner()).as("not a page two away").isEqualTo(1);

        robot.interact(() -> {
            inline.zoomIn();
            inline.zoomIn();
            inline.zoomIn();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inline.zoomProperty().get()).isGreaterThan(1.5);
        assertThat(sheets.get(0).drawnFiner()).isGreaterThan(1.5);

        robot.interact(inline::fitWidth);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheets.get(0).drawnFiner()).as("fitted, the finer rendering is let go").isEqualTo(1);
        assertThat(asked).startsWith("0@1.5", "1@1.5").doesNotContain("2@1.5");
        robot.interact(() -> inline.getScene().getWindow().hide());
    }

    @Test
    void togglesHideAndShowTheBoxes(FxRobot robot) {
        show(robot, 1);
        Node words = robot.lookup(".word-boxes").query();
        Node fields = robot.lookup(".field-boxes").query();
        assertThat(words.isVisible()).isFalse();
        assertThat(robot.lookup(".word-box").queryAll()).as("no shapes are made for boxes nobody sees").isEmpty();
        assertThat(fields.isVisible()).isTrue();

        robot.clickOn("#toggle-word-boxes");
        assertThat(robot.lookup(".word-box").queryAll()).hasSize(3);
        robot.clickOn("#toggle-field-boxes");

        assertThat(view.wordBoxesShownProperty().get()).isTrue();
        assertThat(words.isVisible()).isTrue();
        assertThat(view.fieldBoxesShownProperty().get()).isFalse();
        assertThat(fields.isVisible()).isFalse();
    }

    private void show(FxRobot robot, int count) {
        List<PageImage> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shown.add(page(i));
        }
        robot.interact(() -> pages.setAll(shown));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each word's box sits on the word's pixels at the view's scale, to within a pixel. */
    private void assertBoxesOnWords(FxRobot robot) {
        robot.interact(() -> view.wordBoxesShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        double scale = view.zoomProperty().get();
        Node sheet = sheet(robot, 0);
        List<Rectangle> boxes = new ArrayList<>(robot.from(sheet).lookup(".word-box").queryAllAs(Rectangle.class));
        assertThat(boxes).hasSize(3);
        for (int i = 0; i < boxes.size(); i++) {
            int[] word = WORDS[i];
            Bounds drawn = boxes.get(i).localToScene(geometry(boxes.get(i)));
            Point2D origin = sheet.localToScene(0, 0);
            assertThat(drawn.getMinX()).isCloseTo(origin.getX() + word[1] * scale, within(1.0));
            assertThat(drawn.getMinY()).isCloseTo(origin.getY() + word[2] * scale, within(1.0));
            assertThat(drawn.getWidth()).isCloseTo(word[3] * scale, within(1.0));
            assertThat(drawn.getHeight()).isCloseTo(word[4] * scale, within(1.0));
        }
    }

    private Point2D wordCentre(FxRobot robot, int index) {
        int[] word = WORDS[index];
        double scale = view.zoomProperty().get();
        return sheet(robot, word[0]).localToScreen((word[1] + word[3] / 2.0) * scale, (word[2] + word[4] / 2.0) * scale);
    }

    private static Bounds geometry(Rectangle shape) {
        return new BoundingBox(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
    }

    private static ScrollPane scroller(FxRobot robot) {
        return robot.lookup(".page-scroller").queryAs(ScrollPane.class);
    }

    private static PageSheet sheet(FxRobot robot, int index) {
        return new ArrayList<>(robot.lookup(".page-sheet").queryAllAs(PageSheet.class)).stream()
                .filter(sheet -> sheet.index() == index).findFirst().orElseThrow();
    }

    private static PageImage page(int index) {
        int[] pixels = new int[WIDTH * HEIGHT];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int[] word : WORDS) {
            if (word[0] == index) {
                for (int y = word[2]; y < word[2] + word[4]; y++) {
                    Arrays.fill(pixels, y * WIDTH + word[1], y * WIDTH + word[1] + word[3], 0xFF202020);
                }
            }
        }
        return new PageImage(WIDTH, HEIGHT, pixels);
    }

    private static DocumentAnnotation annotation() {
        List<Word> words = new ArrayList<>();
        for (int[] word : WORDS) {
            words.add(new Word(word[0], "word" + words.size(), box(word), 0.9, MODEL));
        }
        Field total = new Field(FieldName.TOTAL, "12.50", "12.50", "EUR", 1, box(WORDS[3]), 0.97, List.of(3),
                FieldCheck.VALID, "", MODEL);
        Field vendor = new Field(FieldName.VENDOR, "word0 word1", "word0 word1", "", 0,
                box(WORDS[0]).union(box(WORDS[1])), 0.6, List.of(0, 1), FieldCheck.LOW_CONFIDENCE, "Unsure.", MODEL);
        Field date = new Field(FieldName.DATE, "word2", "", "", 0, box(WORDS[2]), 0.8, List.of(2),
                FieldCheck.INVALID, "No such date.", MODEL);
        return new DocumentAnnotation("claim.png", "image/png", AnnotationStatus.COMPLETE, List.of(), words, List.of(),
                null, List.of(total, vendor, date, Field.missing(FieldName.INVOICE_NUMBER, MODEL)), List.of(),
                List.of(), List.of(MODEL), 0);
    }

    private static Box box(int[] word) {
        return Box.ofPixels(word[1], word[2], word[1] + word[3], word[2] + word[4], WIDTH, HEIGHT);
    }
}

package dev.loupe.ui;

import dev.loupe.core.PageImage;
import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;

/**
 * The pages of a document with zoom, pan, page thumbnails and the annotation drawn over them.
 *
 * <p>Zoom is the scale of the rendered page on screen: 1.0 shows each pixel of the render as one screen pixel, so
 * for pages from {@link DocumentPages} (110 dpi) 100% is the page at 110 dpi. Zooming scales the page's view and
 * its overlay together and never re-renders the page; a page shown smaller than rendered is scaled down once in the
 * background and drawn from that copy (see {@link PageSheet}). Ctrl+wheel zooms about the pointer; +, - and 0
 * (fit width) work while the view has focus. A drag with the middle or secondary button pans; with the primary
 * button it reads a region of the page, and Ctrl+click picks a word. The word cursor, moved by keys elsewhere, is
 * outlined on its word and kept in view. The view never takes focus on a click, so the field the reviewer is
 * filling keeps it.
 */
public final class PageView extends BorderPane {
    /** Called with the index, in the annotation's word list, of the word Ctrl+clicked; extend when Shift is held. */
    @FunctionalInterface
    public interface WordPicked {
        void picked(int wordIndex, boolean extend);
    }

    /** Called with the zero-based page and the region dragged on it, in fractions of that page. */
    @FunctionalInterface
    public interface RegionSelected {
        void selected(int page, Box region);
    }

    static final double PAGE_MARGIN = 16;
    private static final double PAGE_GAP = 16;
    /** Zoom per wheel notch (40 pixels of scroll). */
    private static final double WHEEL_STEP = 1.25;

    private enum Fit { WIDTH, PAGE, NONE }

    /** One daemon thread: scaling is quick, and only the latest size of each page is made. */
    private static final Executor SHARED_SCALER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "loupe-page-scaler");
        thread.setDaemon(true);
        return thread;
    });

    private final ObservableList<PageImage> pages;
    private final Executor scaler;
    private final ObjectProperty<DocumentAnnotation> annotation = new SimpleObjectProperty<>(this, "annotation");
    private final ObjectProperty<Field> highlightedField = new SimpleObjectProperty<>(this, "highlightedField");
    private final ObjectProperty<SharperPages> sharperPages = new SimpleObjectProperty<>(this, "sharperPages");
    private final IntegerProperty cursorWord = new SimpleIntegerProperty(this, "cursorWord", -1);
    private final BooleanProperty wordBoxesShown = new SimpleBooleanProperty(this, "wordBoxesShown", false);
    private final BooleanProperty fieldBoxesShown = new SimpleBooleanProperty(this, "fieldBoxesShown", true);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(this, "currentPage", 0);
    private final PageScroller scroller = new PageScroller(PAGE_MARGIN, PAGE_GAP);
    private final PageThumbnails thumbnails = new PageThumbnails(currentPage);
    private final List<PageSheet> sheets = new ArrayList<>();
    private WordPicked onWordPicked = (word, extend) -> { };
    private RegionSelected onRegionSelected = (page, region) -> { };
    private Fit fit = Fit.WIDTH;
    /** Set while the view itself moves to a page, so the scroll that follows does not re-pick the page. */
    private boolean jumping;

    /** Pages scaled for the screen on one background thread shared by every view. */
    public PageView(ObservableList<PageImage> pages) {
        this(pages, SHARED_SCALER);
    }

    /** @param scaler where pages shown smaller than rendered are scaled down to their size on screen */
    public PageView(ObservableList<PageImage> pages, Executor scaler) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.scaler = Objects.requireNonNull(scaler, "scaler");
        getStyleClass().add("page-view");
        getStylesheets().add(Objects.requireNonNull(PageView.class.getResource("page-view.css"),
                "page-view.css is packaged with the view").toExternalForm());
        setFocusTraversable(true);
        setAccessibleText("Document pages");
        thumbnails.visibleProperty().bind(Bindings.size(pages).greaterThan(1));
        thumbnails.managedProperty().bind(thumbnails.visibleProperty());
        setTop(new PageToolbar(this));
        setLeft(thumbnails);
        setCenter(scroller);

        pages.addListener((ListChangeListener<PageImage>) change -> showPages());
        annotation.addListener((observable, was, now) -> sheets.forEach(sheet -> sheet.overlay().show(now)));
        highlightedField.addListener((observable, was, now) -> highlight(now));
        cursorWord.addListener((observable, was, now) -> showCursor(now.intValue()));
        // The view tells its pages of a new scale, so that pages of an item gone hold no listener on it.
        zoom.addListener((observable, was, now) -> sheets.forEach(PageSheet::requestLayout));
        scroller.viewportBoundsProperty().addListener((observable, was, now) -> {
            refit();
            followScroll();
        });
        scroller.vvalueProperty().addListener((observable, was, now) -> followScroll());
        currentPage.addListener((observable, was, now) -> {
            // Pages far from the one in view let go of their finer renderings.
            sheets.forEach(PageSheet::requestLayout);
            if (!jumping) {
                scrollToPage(now.intValue());
            }
        });
        sharperPages.addListener((observable, was, now) -> sheets.forEach(PageSheet::requestLayout));
        scroller.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        showPages();
    }

    // ---- properties ----------------------------------------------------------------------------------------

    /** The words and fields drawn over the pages; null draws none. */
    public ObjectProperty<DocumentAnnotation> annotationProperty() {
        return annotation;
    }

    /** The field drawn emphasised, and scrolled into view (centred when it was off screen) when set. */
    public ObjectProperty<Field> highlightedFieldProperty() {
        return highlightedField;
    }

    /**
     * The index, in the annotation's word list, of the word the word cursor is on: outlined, and scrolled into view
     * (centred when it was off screen) when set; -1 for none.
     */
    public IntegerProperty cursorWordProperty() {
        return cursorWord;
    }

    /**
     * Renders the pages finer when the reviewer zooms in past 100%, so small print stays sharp; null draws the
     * pages as rendered, scaled up. Only the page in view and those beside it are held finer.
     */
    public ObjectProperty<SharperPages> sharperPagesProperty() {
        return sharperPages;
    }

    /** Whether OCR word boxes are drawn; off at first. */
    public BooleanProperty wordBoxesShownProperty() {
        return wordBoxesShown;
    }

    /** Whether field boxes are drawn; on at first. The highlighted field is drawn either way. */
    public BooleanProperty fieldBoxesShownProperty() {
        return fieldBoxesShown;
    }

    /** Screen pixels per pixel of the rendered page; see the class comment. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The zero-based page in view; setting it scrolls to that page. */
    public IntegerProperty currentPageProperty() {
        return currentPage;
    }

    /**
     * Whether every page shown smaller than rendered is drawn from its copy scaled to size, so a frame draws the
     * pages one pixel for one; false while a copy is being made. For benches and tests.
     */
    public boolean scaledCopiesReady() {
        layoutNow();
        return sheets.stream().allMatch(sheet -> sheet.drawnOneToOne() || !sheet.shownSmallerThanRendered());
    }

    public void setOnWordPicked(WordPicked handler) {
        onWordPicked = handler == null ? (word, extend) -> { } : handler;
    }

    public void setOnRegionSelected(RegionSelected handler) {
        onRegionSelected = handler == null ? (page, region) -> { } : handler;
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Fits the widest page to the width of the view, and keeps it fitted as the view is resized. */
    public void fitWidth() {
        fit = Fit.WIDTH;
        zoomAbout(widthFit(), scroller.viewportCentre());
    }

    /** Fits the whole page in view to the view, and keeps it fitted as the view is resized. */
    public void fitPage() {
        fit = Fit.PAGE;
        setZoom(pageFit());
        scrollToPage(currentPage.get());
    }

    /** Shows the page at 100%: one screen pixel per rendered pixel. */
    public void actualSize() {
        fit = Fit.NONE;
        zoomAbout(1, scroller.viewportCentre());
    }

    public void zoomIn() {
        fit = Fit.NONE;
        zoomAbout(Zoom.in(zoom.get()), scroller.viewportCentre());
    }

    public void zoomOut() {
        fit = Fit.NONE;
        zoomAbout(Zoom.out(zoom.get()), scroller.viewportCentre());
    }

    // ---- pages and overlays --------------------------------------------------------------------------------

    private void showPages() {
        sheets.clear();
        List<Image> images = new ArrayList<>();
        for (PageImage page : pages) {
            Image image = FxImages.of(page);
            images.add(image);
            PageSheet sheet = new PageSheet(images.size() - 1, page, image, zoom.getReadOnlyProperty(), scaler,
                    new PageSheet.Sharpening() {
                        @Override
                        public SharperPages source() {
                            return sharperPages.get();
                        }

                        @Override
                        public boolean near(int index) {
                            return Math.abs(index - currentPage.get()) <= 1;
                        }
                    },
                    (word, extend) -> onWordPicked.picked(word, extend),
                    (index, region) -> onRegionSelected.selected(index, region));
            sheet.overlay().wordBoxesVisibleProperty().bind(wordBoxesShown);
            sheet.overlay().fieldBoxesVisibleProperty().bind(fieldBoxesShown);
            sheet.overlay().show(annotation.get());
            sheet.overlay().highlight(highlightedField.get());
            sheet.overlay().showCursor(cursorWord.get());
            sheets.add(sheet);
        }
        scroller.column().getChildren().setAll(sheets);
        thumbnails.show(images);
        jumping = true;
        currentPage.set(0);
        jumping = false;
        refit();
        scroller.setHvalue(0);
        scroller.setVvalue(0);
    }

    private void highlight(Field field) {
        sheets.forEach(sheet -> sheet.overlay().highlight(field));
        if (field != null && field.box() != null) {
            scrollIntoView(field.page(), field.box());
        }
    }

    private void showCursor(int wordIndex) {
        sheets.forEach(sheet -> sheet.overlay().showCursor(wordIndex));
        DocumentAnnotation shown = annotation.get();
        if (shown != null && wordIndex >= 0 && wordIndex < shown.words().size()) {
            scrollIntoView(shown.words().get(wordIndex).page(), shown.words().get(wordIndex).box());
        }
    }

    /** Scrolls a box of a page into view, centring it, unless it is in view already. */
    private void scrollIntoView(int index, Box box) {
        if (index < 0 || index >= sheets.size()) {
            return;
        }
        layoutNow();
        PageSheet sheet = sheets.get(index);
        Bounds page = sheet.bounds();
        double left = page.getMinX() + box.x() * page.getWidth();
        double top = page.getMinY() + box.y() * page.getHeight();
        double right = page.getMinX() + box.right() * page.getWidth();
        double bottom = page.getMinY() + box.bottom() * page.getHeight();
        Bounds view = scroller.getViewportBounds();
        double x = scroller.offsetX();
        double y = scroller.offsetY();
        boolean shown = left >= x && right <= x + view.getWidth() && top >= y && bottom <= y + view.getHeight();
        if (!shown) {
            scroller.scrollTo((left + right - view.getWidth()) / 2, (top + bottom - view.getHeight()) / 2);
        }
    }

    // ---- zoom ----------------------------------------------------------------------------------------------

    private void refit() {
        if (fit == Fit.WIDTH) {
            setZoom(widthFit());
        } else if (fit == Fit.PAGE) {
            setZoom(pageFit());
        }
    }

    private double widthFit() {
        double widest = pages.stream().mapToDouble(PageImage::width).max().orElse(0);
        double room = scroller.getViewportBounds().getWidth() - 2 * PAGE_MARGIN;
        return widest > 0 && room > 0 ? Zoom.fitting(widest, room) : zoom.get();
    }

    private double pageFit() {
        if (pages.isEmpty()) {
            return zoom.get();
        }
        PageImage page = pages.get(Math.min(currentPage.get(), pages.size() - 1));
        Bounds view = scroller.getViewportBounds();
        double roomX = view.getWidth() - 2 * PAGE_MARGIN;
        double roomY = view.getHeight() - 2 * PAGE_MARGIN;
        return roomX > 0 && roomY > 0
                ? Math.min(Zoom.fitting(page.width(), roomX), Zoom.fitting(page.height(), roomY)) : zoom.get();
    }

    private void setZoom(double scale) {
        zoom.set(Zoom.clamp(scale));
    }

    /** Zooms so that the point of the page under {@code anchor} (in the viewport) stays under it. */
    private void zoomAbout(double scale, Point2D anchor) {
        if (sheets.isEmpty()) {
            setZoom(scale);
            return;
        }
        double contentX = scroller.offsetX() + anchor.getX();
        double contentY = scroller.offsetY() + anchor.getY();
        PageSheet sheet = sheetAt(contentY);
        Bounds before = sheet.bounds();
        double fx = PageScroller.clamp01((contentX - before.getMinX()) / before.getWidth());
        double fy = PageScroller.clamp01((contentY - before.getMinY()) / before.getHeight());
        setZoom(scale);
        layoutNow();
        Bounds after = sheet.bounds();
        scroller.scrollTo(after.getMinX() + fx * after.getWidth() - anchor.getX(),
                after.getMinY() + fy * after.getHeight() - anchor.getY());
    }

    private void wheel(ScrollEvent event) {
        if (!event.isShortcutDown() || event.getDeltaY() == 0) {
            return;
        }
        fit = Fit.NONE;
        zoomAbout(zoom.get() * Math.pow(WHEEL_STEP, event.getDeltaY() / 40),
                scroller.inViewport(event.getSceneX(), event.getSceneY()));
        event.consume();
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fitWidth();
            default -> {
                return;
            }
        }
        event.consume();
    }

    // ---- scrolling -----------------------------------------------------------------------------------------

    private void scrollToPage(int index) {
        if (index < 0 || index >= sheets.size()) {
            return;
        }
        layoutNow();
        jumping = true;
        currentPage.set(index);
        scroller.scrollTo(scroller.offsetX(), sheets.get(index).bounds().getMinY() - PAGE_MARGIN);
        jumping = false;
    }

    /** Keeps the current page the one under the top third of the view as the reviewer scrolls. */
    private void followScroll() {
        if (jumping || sheets.isEmpty()) {
            return;
        }
        jumping = true;
        currentPage.set(sheetAt(scroller.offsetY() + scroller.getViewportBounds().getHeight() / 3).index());
        jumping = false;
    }

    private PageSheet sheetAt(double contentY) {
        for (PageSheet sheet : sheets) {
            if (contentY < sheet.bounds().getMaxY() + PAGE_GAP / 2) {
                return sheet;
            }
        }
        return sheets.get(sheets.size() - 1);
    }

    /** Lays the view out now, so that a scroll computed next sees the pages at their new size. */
    private void layoutNow() {
        if (getScene() != null) {
            applyCss();
            layout();
        }
    }

}

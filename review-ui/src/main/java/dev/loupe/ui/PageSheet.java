package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * One page at the view's scale with its overlay on top, both sized from the same scale so they stay aligned.
 * Ctrl+click picks a word and a drag with the primary button reads a region.
 *
 * <p>Shown smaller than rendered (a page rendered at a scanner's 300 dpi, or any page fitted into a small window),
 * the page is scaled down once, in the background, to the size it is laid out at, and each frame then draws it one
 * pixel for one. Until that copy is ready, as while the reviewer zooms, the copy made for the size before is
 * stretched to the new one (the full page, unfiltered, when there is none yet), which costs a frame a fraction of
 * filtering the whole page; the sharp copy replaces it as soon as it is made.
 */
final class PageSheet extends Region {
    /** A drag shorter than this, in screen pixels, is a click that slipped, not a region. */
    private static final double MIN_REGION = 4;

    private final int index;
    private final PageImage page;
    private final Image image;
    private final Executor scaler;
    private final Sharpening sharpening;
    /** The page rendered finer, for zoom past 100%; null until made, or when not zoomed in near this page. */
    private Image sharp;
    private double sharpScale;
    /** How much finer a rendering is wanted; 0 when none is. */
    private volatile double wantedScale;
    /** The page scaled down to the size it was last laid out at; null until made, or when shown at full size. */
    private Image scaled;
    /** The size, width then height, a scaled copy is wanted at; {0, 0} when none is. */
    private volatile int[] wanted = {0, 0};
    private final ObservableDoubleValue scale;
    private final ImageView view;
    private final PageOverlay overlay;
    private Point2D dragStart;

    /** Where finer renderings come from, and whether this page is near enough the one in view to hold one. */
    interface Sharpening {
        SharperPages source();

        boolean near(int index);
    }

    /** Zoomed past the rendering by more than this, a page is rendered finer. */
    static final double SHARPER_FROM = 1.05;
    /** The finer renderings made, as multiples of the screen rendering: few, so zooming step by step reuses them. */
    private static final double[] FINER = {1.5, 2.0, SharperPages.MOST};

    PageSheet(int index, PageImage page, Image image, ObservableDoubleValue scale, Executor scaler,
            Sharpening sharpening, PageView.WordPicked picked, PageView.RegionSelected selected) {
        this.index = index;
        this.page = page;
        this.image = image;
        this.scaler = scaler;
        this.sharpening = sharpening;
        this.scale = scale;
        this.view = new ImageView(image);
        this.overlay = new PageOverlay(index);
        getStyleClass().add("page-sheet");
        view.getStyleClass().add("page");
        view.setSmooth(true);
        view.setPreserveRatio(false);
        setCursor(Cursor.CROSSHAIR);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAccessibleText("Page " + (index + 1));
        getChildren().addAll(view, overlay);

        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && !event.isShortcutDown()) {
                dragStart = clamped(event.getX(), event.getY());
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragStart != null) {
                Point2D end = clamped(event.getX(), event.getY());
                overlay.showRegion(dragStart.getX(), dragStart.getY(), end.getX(), end.getY());
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (dragStart != null) {
                Point2D end = clamped(event.getX(), event.getY());
                overlay.hideRegion();
                if (Math.abs(end.getX() - dragStart.getX()) >= MIN_REGION
                        && Math.abs(end.getY() - dragStart.getY()) >= MIN_REGION) {
                    selected.selected(index,
                            overlay.regionBox(dragStart.getX(), dragStart.getY(), end.getX(), end.getY()));
                }
                dragStart = null;
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isShortcutDown()) {
                overlay.wordAt(event.getX(), event.getY())
                        .ifPresent(word -> picked.picked(word, event.isShiftDown()));
                event.consume();
            }
        });
    }

    int index() {
        return index;
    }

    PageOverlay overlay() {
        return overlay;
    }

    /** Where the page lies in its parent, without the frame drawn around it. */
    Bounds bounds() {
        return new BoundingBox(getLayoutX(), getLayoutY(), getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snapSizeX(image.getWidth() * scale.get());
    }

    @Override
    protected double computePrefHeight(double width) {
        return snapSizeY(image.getHeight() * scale.get());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        showAt((int) Math.round(width), (int) Math.round(height));
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.relocate(0, 0);
        overlay.resizeRelocate(0, 0, width, height);
    }

    /** Draws the page at that size: its scaled copy when there is one, else the page itself while one is made. */
    private void showAt(int width, int height) {
        if (showSharper(width)) {
            return;
        }
        if (width <= 0 || height <= 0 || width >= page.width() || height >= page.height()) {
            wanted = new int[] {0, 0};
            view.setImage(image);
            view.setSmooth(true);
            return;
        }
        if (scaled != null && (int) scaled.getWidth() == width && (int) scaled.getHeight() == height) {
            view.setImage(scaled);
            view.setSmooth(true);
            return;
        }
        // Meanwhile the copy made for the size before is stretched to this one: a slightly soft frame or two, at a
        // fraction of the cost of filtering the whole page.
        view.setImage(scaled != null ? scaled : image);
        view.setSmooth(scaled != null);
        if (wanted[0] == width && wanted[1] == height) {
            return;
        }
        int[] size = {width, height};
        wanted = size;
        scaler.execute(() -> {
            if (wanted != size) {
                return;
            }
            Image made = FxImages.of(PageScaler.down(page, width, height));
            Platform.runLater(() -> {
                if (wanted == size) {
                    scaled = made;
                    requestLayout();
                }
            });
        });
    }

    /**
     * Zoomed in past the rendering, near the page in view, with somewhere to render from: draws the page from its
     * finer rendering, asking for one first (the page as rendered is drawn scaled meanwhile). Else lets any finer
     * rendering go and says no.
     */
    private boolean showSharper(int width) {
        double ratio = width / (double) page.width();
        SharperPages source = sharpening.source();
        if (ratio <= SHARPER_FROM || source == null || !sharpening.near(index)) {
            sharp = null;
            sharpScale = 0;
            wantedScale = 0;
            return false;
        }
        double finer = FINER[FINER.length - 1];
        for (double step : FINER) {
            if (step >= ratio) {
                finer = step;
                break;
            }
        }
        view.setImage(sharp != null ? sharp : image);
        view.setSmooth(true);
        if (sharpScale != finer && wantedScale != finer) {
            double asked = finer;
            wantedScale = asked;
            scaler.execute(() -> {
                if (wantedScale != asked) {
                    return;
                }
                PageImage rendered = source.render(index, asked);
                Image made = rendered == null ? null : FxImages.of(rendered);
                Platform.runLater(() -> {
                    if (wantedScale == asked && made != null && sharpening.source() == source) {
                        sharp = made;
                        sharpScale = asked;
                        requestLayout();
                    }
                });
            });
        }
        return true;
    }

    /** How many times finer than its screen rendering the page is drawn from; 1 when from that rendering. */
    double drawnFiner() {
        return view.getImage() == sharp && sharp != null ? sharpScale : 1;
    }

    /** Whether the page is laid out smaller than it was rendered, so that a scaled copy is drawn when ready. */
    boolean shownSmallerThanRendered() {
        return Math.round(getWidth()) < page.width() && Math.round(getHeight()) < page.height();
    }

    /** Whether the page is drawn from a copy scaled to its size, one pixel for one (for tests and benches). */
    boolean drawnOneToOne() {
        return scaled != null && view.getImage() == scaled && (int) scaled.getWidth() == Math.round(getWidth())
                && (int) scaled.getHeight() == Math.round(getHeight());
    }

    private Point2D clamped(double x, double y) {
        return new Point2D(Math.max(0, Math.min(getWidth(), x)), Math.max(0, Math.min(getHeight(), y)));
    }
}

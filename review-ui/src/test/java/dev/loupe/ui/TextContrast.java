package dev.loupe.ui;

import dev.loupe.testing.Contrast;
import dev.loupe.testing.Contrast.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The contrast of each piece of text on a styled scene with what is drawn behind it, as WCAG 2.x AA measures it.
 * Every label, text field and prompt draws its words as a {@link Text}, so each visible one with words is measured:
 * its fill, made translucent by the opacity of it and its parents, over the regions beneath its centre, walked up
 * to the first that paints an opaque fill there (translucent fills laid over what is beneath), and the scene's fill
 * below all. Text on a disabled button is passed over: WCAG asks nothing of inactive controls.
 */
final class TextContrast {
    /** A colour and how much of it covers what is beneath, 0 to 1. */
    private record Layer(Rgb colour, double alpha) {
        static final Layer NONE = new Layer(new Rgb(0, 0, 0), 0);

        /** This layer painted over {@code beneath}. */
        Layer over(Layer beneath) {
            double out = alpha + beneath.alpha * (1 - alpha);
            if (out == 0) {
                return NONE;
            }
            return new Layer(colour.over(beneath.colour, alpha / out), out);
        }

        boolean opaque() {
            return alpha >= 0.999;
        }
    }

    /** One piece of text and how it stands against its background. */
    record Measured(Node text, String words, Rgb fill, Rgb background, double ratio, double required) {
        boolean passes() {
            return ratio >= required;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" %s on %s = %.2f:1, needs %.1f:1 (%s)", words, fill, background,
                    ratio, required, SceneNodes.where(text.getParent()));
        }
    }

    private TextContrast() {
    }

    /** Each visible text on the scene that falls short of AA, with its colours and ratio. */
    static List<String> shortfalls(Scene scene) {
        return measure(scene).stream().filter(measured -> !measured.passes()).map(Measured::toString).toList();
    }

    /** Every visible text on the scene that AA applies to, measured. */
    static List<Measured> measure(Scene scene) {
        List<Measured> measured = new ArrayList<>();
        for (Node node : SceneNodes.all(scene.getRoot())) {
            if (node instanceof Text text && !blank(text.getText()) && SceneNodes.shown(text) && !inert(text)) {
                measured.add(measure(scene, text));
            }
        }
        return measured;
    }

    /** The colour a point of the scene shows, walking up from {@code from} to the first opaque fill there. */
    static Rgb backgroundAt(Scene scene, Node from, Point2D scenePoint) {
        List<Layer> layers = new ArrayList<>();
        Layer below = new Layer(rgb(scene.getFill() instanceof Color fill ? fill : Color.WHITE), 1);
        for (Node at = from; at != null; at = at.getParent()) {
            Layer painted = painted(at, scenePoint);
            if (painted.alpha() > 0) {
                layers.add(painted);
            }
            if (painted.opaque()) {
                below = layers.remove(layers.size() - 1);
                break;
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            below = layers.get(i).over(below);
        }
        return below.colour();
    }

    private static Measured measure(Scene scene, Text text) {
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        Point2D centre = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        Rgb background = backgroundAt(scene, text.getParent(), centre);
        Color fill = colourOf(text.getFill(), 0.5, 0.5, 1, 1);
        Rgb seen = rgb(fill).over(background, fill.getOpacity() * opacity(text));
        Font font = text.getFont();
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return new Measured(text, text.getText().strip(), seen, background, Contrast.ratio(seen, background),
                Contrast.requiredForText(font.getSize(), bold));
    }

    /** What a region paints at the point: its fills that cover it, each over the one before. */
    private static Layer painted(Node node, Point2D scenePoint) {
        if (!(node instanceof Region region) || region.getBackground() == null) {
            return Layer.NONE;
        }
        Point2D local = region.sceneToLocal(scenePoint);
        Layer layer = Layer.NONE;
        for (BackgroundFill fill : region.getBackground().getFills()) {
            double left = fill.getInsets().getLeft();
            double top = fill.getInsets().getTop();
            double right = region.getWidth() - fill.getInsets().getRight();
            double bottom = region.getHeight() - fill.getInsets().getBottom();
            if (local.getX() < left || local.getX() > right || local.getY() < top || local.getY() > bottom) {
                continue;
            }
            Color colour = colourOf(fill.getFill(), local.getX() - left, local.getY() - top, right - left,
                    bottom - top);
            layer = new Layer(rgb(colour), colour.getOpacity() * opacity(region)).over(layer);
        }
        return layer;
    }

    /**
     * A paint's colour at a point of the area it fills; a linear gradient's where the point falls along it (modena
     * paints buttons and text fields with them).
     */
    private static Color colourOf(Paint paint, double x, double y, double width, double height) {
        if (paint instanceof Color colour) {
            return colour;
        }
        if (paint instanceof LinearGradient gradient && !gradient.getStops().isEmpty()) {
            double scaleX = gradient.isProportional() ? width : 1;
            double scaleY = gradient.isProportional() ? height : 1;
            double dx = (gradient.getEndX() - gradient.getStartX()) * scaleX;
            double dy = (gradient.getEndY() - gradient.getStartY()) * scaleY;
            double length = dx * dx + dy * dy;
            double along = length == 0 ? 0 : Math.max(0, Math.min(1,
                    ((x - gradient.getStartX() * scaleX) * dx + (y - gradient.getStartY() * scaleY) * dy) / length));
            List<Stop> stops = gradient.getStops();
            Stop before = stops.get(0);
            for (Stop stop : stops) {
                if (stop.getOffset() >= along) {
                    double span = stop.getOffset() - before.getOffset();
                    return before.getColor().interpolate(stop.getColor(),
                            span <= 0 ? 0 : (along - before.getOffset()) / span);
                }
                before = stop;
            }
            return before.getColor();
        }
        throw new IllegalArgumentException("Cannot measure the contrast of " + paint + ".");
    }

    /** How opaque the node is drawn: its opacity times its parents'. */
    private static double opacity(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    private static boolean inert(Node node) {
        if (!node.isDisabled()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }

    static Rgb rgb(Color colour) {
        return new Rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

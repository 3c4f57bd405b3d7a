package dev.loupe.media.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;

/** A window pane broken by a blow, seen from inside against the sky and the trees. */
final class CrackedWindow {
    private static final List<Color> FRAMES = List.of(new Color(236, 236, 232), new Color(112, 72, 42),
            new Color(62, 64, 68), new Color(40, 90, 70));

    private CrackedWindow() {
    }

    static void paint(Graphics2D g, int width, int height, Random random) {
        double horizon = height * (0.45 + 0.2 * random.nextDouble());
        g.setPaint(new GradientPaint(0, 0, DamageScene.vary(new Color(88, 142, 214), 25, random), 0,
                (float) horizon, DamageScene.vary(new Color(200, 220, 238), 12, random)));
        g.fillRect(0, 0, width, height);
        Color leaves = DamageScene.vary(new Color(58, 112, 48), 20, random);
        for (int i = 0; i < 30; i++) {
            double r = width * (0.04 + 0.06 * random.nextDouble());
            g.setColor(DamageScene.mix(leaves, random.nextBoolean() ? Color.BLACK : Color.YELLOW,
                    0.3 * random.nextDouble()));
            g.fill(DamageScene.blob(random.nextDouble() * width, horizon - r * random.nextDouble(), r, 0.3, random));
        }
        g.setPaint(new GradientPaint(0, (float) horizon, DamageScene.vary(new Color(96, 140, 62), 20, random), 0,
                height, DamageScene.vary(new Color(50, 80, 36), 15, random)));
        g.fill(new Rectangle2D.Double(0, horizon, width, height - horizon));

        double bar = Math.min(width, height) * (0.07 + 0.05 * random.nextDouble());
        Rectangle2D.Double pane = new Rectangle2D.Double(bar, bar, width - 2 * bar, height - 2 * bar);
        g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 70), width * 0.6f, height,
                new Color(255, 255, 255, 0)));
        g.fill(pane);
        Shape clip = g.getClip();
        g.clip(pane);
        cracks(g, pane.x + pane.width * (0.2 + 0.6 * random.nextDouble()),
                pane.y + pane.height * (0.2 + 0.6 * random.nextDouble()), Math.max(width, height), random);
        g.setClip(clip);
        frame(g, pane, width, height, bar, DamageScene.vary(Vocabulary.pick(FRAMES, random), 10, random));
    }

    /** Cracks running out from where the glass was struck, and rings of shorter cracks joining them. */
    private static void cracks(Graphics2D g, double x, double y, double reach, Random random) {
        int spokes = 8 + random.nextInt(8);
        double[][] ends = new double[spokes][];
        for (int i = 0; i < spokes; i++) {
            double angle = 2 * Math.PI * (i + random.nextDouble() * 0.6) / spokes;
            Path2D.Double crack = new Path2D.Double();
            crack.moveTo(x, y);
            double cx = x;
            double cy = y;
            ends[i] = new double[6];
            for (int step = 1; step <= 40; step++) {
                angle += random.nextGaussian() * 0.12;
                double length = reach * (0.01 + 0.03 * random.nextDouble());
                cx += length * Math.cos(angle);
                cy += length * Math.sin(angle);
                crack.lineTo(cx, cy);
                if (step == 3 || step == 7 || step == 12) {
                    int ring = step == 3 ? 0 : step == 7 ? 2 : 4;
                    ends[i][ring] = cx;
                    ends[i][ring + 1] = cy;
                }
            }
            line(g, crack, 1.2f + random.nextFloat());
        }
        for (int ring = 0; ring < 6; ring += 2) {
            Path2D.Double circle = new Path2D.Double();
            for (int i = 0; i < spokes; i++) {
                if (random.nextInt(4) > 0) {
                    circle.moveTo(ends[i][ring], ends[i][ring + 1]);
                    double[] next = ends[(i + 1) % spokes];
                    circle.lineTo(next[ring], next[ring + 1]);
                }
            }
            line(g, circle, 1f);
        }
        g.setColor(new Color(245, 248, 250, 220));
        g.fill(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
    }

    /** A crack as glass shows one: a bright edge with a dark line beside it. */
    private static void line(Graphics2D g, Shape crack, float weight) {
        g.setStroke(new BasicStroke(weight + 1, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(30, 34, 40, 110));
        g.translate(1.5, 1.5);
        g.draw(crack);
        g.translate(-1.5, -1.5);
        g.setStroke(new BasicStroke(weight, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(250, 252, 255, 220));
        g.draw(crack);
    }

    private static void frame(Graphics2D g, Rectangle2D.Double pane, int width, int height, double bar,
            Color colour) {
        Path2D.Double frame = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        frame.append(new Rectangle2D.Double(0, 0, width, height), false);
        frame.append(pane, false);
        g.setPaint(new GradientPaint(0, 0, colour, width, height, DamageScene.mix(colour, Color.BLACK, 0.4)));
        g.fill(frame);
        g.setStroke(new BasicStroke((float) (bar * 0.12)));
        g.setColor(DamageScene.mix(colour, Color.BLACK, 0.5));
        g.draw(pane);
    }
}

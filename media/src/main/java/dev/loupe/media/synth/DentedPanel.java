package dev.loupe.media.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Random;

/** A car's door or wing, glossy in the light, with a dent and scratches through the paint. */
final class DentedPanel {
    /** Strong colours only: a grey car on a grey street would not pass for a photograph by its colour. */
    private static final List<Color> PAINTS = List.of(new Color(170, 25, 30), new Color(30, 70, 150),
            new Color(110, 20, 40), new Color(220, 110, 30), new Color(30, 100, 62), new Color(215, 165, 30),
            new Color(30, 120, 130));
    /** What stands behind the car and shows in its gloss: a brick wall, a hedge, the sky. */
    private static final List<Color> SURROUNDINGS = List.of(new Color(150, 70, 50), new Color(60, 110, 50),
            new Color(100, 150, 215));

    private DentedPanel() {
    }

    static void paint(Graphics2D g, int width, int height, Random random) {
        Color surroundings = DamageScene.vary(Vocabulary.pick(SURROUNDINGS, random), 20, random);
        g.setPaint(new GradientPaint(0, 0, surroundings, 0, height, DamageScene.vary(new Color(58, 58, 60), 15,
                random)));
        g.fillRect(0, 0, width, height);
        Color paint = DamageScene.vary(Vocabulary.pick(PAINTS, random), 15, random);
        Color gloss = DamageScene.mix(surroundings, Color.WHITE, 0.5);
        double top = height * (0.08 + 0.12 * random.nextDouble());
        double bottom = height * (0.92 + 0.06 * random.nextDouble());
        float shine = (float) (0.22 + 0.15 * random.nextDouble());
        g.setPaint(new LinearGradientPaint(0, (float) top, 0, (float) bottom,
                new float[] {0, 0.12f, shine, shine + 0.1f, 0.7f, 1},
                new Color[] {DamageScene.mix(paint, Color.BLACK, 0.5), paint, DamageScene.mix(paint, gloss, 0.75),
                    paint, DamageScene.mix(paint, Color.BLACK, 0.25), DamageScene.mix(paint, Color.BLACK, 0.6)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new RoundRectangle2D.Double(-width * 0.1, top, width * 1.2, bottom - top, width * 0.25, height * 0.2));
        crease(g, width, top + (bottom - top) * (0.45 + 0.15 * random.nextDouble()), paint);
        double x = width * (0.3 + 0.4 * random.nextDouble());
        double y = top + (bottom - top) * (0.35 + 0.4 * random.nextDouble());
        dent(g, x, y, width * (0.08 + 0.08 * random.nextDouble()), paint, random);
        scratches(g, x, y, width, random);
    }

    /** The pressed line along the body: lit above, shaded below. */
    private static void crease(Graphics2D g, int width, double y, Color paint) {
        g.setStroke(new BasicStroke(3));
        g.setColor(DamageScene.mix(paint, Color.WHITE, 0.45));
        g.draw(new Line2D.Double(0, y, width, y - width * 0.03));
        g.setColor(DamageScene.mix(paint, Color.BLACK, 0.45));
        g.draw(new Line2D.Double(0, y + 3, width, y + 3 - width * 0.03));
    }

    /** A hollow pushed into the metal: dark where it turns from the light, a bright rim where it faces it. */
    private static void dent(Graphics2D g, double x, double y, double radius, Color paint, Random random) {
        Color shade = DamageScene.mix(paint, Color.BLACK, 0.7);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius,
                new Point2D.Double(x + radius * 0.3, y + radius * 0.3), new float[] {0, 0.6f, 1},
                new Color[] {DamageScene.alpha(shade, 210), DamageScene.alpha(shade, 110), DamageScene.alpha(shade, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Double(x - radius, y - radius * 0.8, radius * 2, radius * 1.6));
        g.setStroke(new BasicStroke((float) (radius * 0.08), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(DamageScene.alpha(DamageScene.mix(paint, Color.WHITE, 0.8), 150));
        g.draw(new Arc2D.Double(x - radius * 0.9, y - radius * 0.75, radius * 1.8, radius * 1.5,
                100 + random.nextInt(30), 120, Arc2D.OPEN));
    }

    /** Scrapes through the paint to the grey primer, dragged the way the other car went. */
    private static void scratches(Graphics2D g, double x, double y, int width, Random random) {
        double angle = (random.nextDouble() - 0.5) * 0.5;
        int count = 4 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            double length = width * (0.15 + 0.3 * random.nextDouble());
            double sx = x - length / 2 + (random.nextDouble() - 0.5) * 60;
            double sy = y + (random.nextDouble() - 0.5) * 70;
            Path2D.Double scratch = new Path2D.Double();
            scratch.moveTo(sx, sy);
            for (double t = 12; t < length; t += 12) {
                scratch.lineTo(sx + t * Math.cos(angle), sy + t * Math.sin(angle) + random.nextGaussian() * 1.2);
            }
            g.setStroke(new BasicStroke((float) (1 + 2.5 * random.nextDouble()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setColor(new Color(205, 205, 200, 150 + random.nextInt(100)));
            g.draw(scratch);
        }
    }
}

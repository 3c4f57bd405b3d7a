package dev.loupe.media.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Random;

/** A ceiling meeting a wall, with the brown tide marks of water that came through from above. */
final class WaterStain {
    private static final List<Color> PAINTS = List.of(new Color(236, 226, 200), new Color(196, 214, 230),
            new Color(204, 224, 196), new Color(238, 212, 186), new Color(232, 232, 226));
    private static final Color WATER = new Color(176, 116, 48);

    private WaterStain() {
    }

    static void paint(Graphics2D g, int width, int height, Random random) {
        Color wall = DamageScene.vary(Vocabulary.pick(PAINTS, random), 10, random);
        Color ceiling = DamageScene.vary(new Color(240, 238, 232), 6, random);
        double cornerLeft = height * (0.25 + 0.3 * random.nextDouble());
        double cornerRight = height * (0.15 + 0.4 * random.nextDouble());
        g.setPaint(new GradientPaint(0, 0, ceiling, width, (float) cornerLeft, DamageScene.mix(ceiling, Color.BLACK,
                0.3)));
        g.fillRect(0, 0, width, height);
        Path2D.Double wallArea = new Path2D.Double();
        wallArea.moveTo(0, cornerLeft);
        wallArea.lineTo(width, cornerRight);
        wallArea.lineTo(width, height);
        wallArea.lineTo(0, height);
        wallArea.closePath();
        g.setPaint(new GradientPaint(0, (float) cornerLeft, wall, (float) (width * 0.3), height,
                DamageScene.mix(wall, Color.BLACK, 0.55)));
        g.fill(wallArea);
        double x = width * (0.25 + 0.5 * random.nextDouble());
        double y = Math.min(cornerLeft, cornerRight) * (0.6 + 0.8 * random.nextDouble());
        stain(g, x, y, width * (0.22 + 0.14 * random.nextDouble()), random);
        if (random.nextBoolean()) {
            drip(g, x, y, height, random);
        }
    }

    /** Rings inside rings, each a little browner, where the water spread, dried and spread again. */
    private static void stain(Graphics2D g, double x, double y, double radius, Random random) {
        int rings = 3 + random.nextInt(3);
        Color water = DamageScene.vary(WATER, 20, random);
        for (int ring = 0; ring < rings; ring++) {
            double r = radius * (1 - 0.75 * ring / rings);
            Path2D.Double outline = DamageScene.blob(x + random.nextGaussian() * r * 0.08,
                    y + random.nextGaussian() * r * 0.08, r, 0.25, random);
            g.setColor(DamageScene.alpha(water, 70 + 20 * ring));
            g.fill(outline);
            g.setStroke(new BasicStroke((float) (2 + 4 * random.nextDouble()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setColor(DamageScene.alpha(DamageScene.mix(water, Color.BLACK, 0.35), 120 + 20 * ring));
            g.draw(outline);
        }
        g.setColor(new Color(60, 66, 52, 150));
        for (int i = 0; i < 60; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double r = radius * (0.2 + 0.8 * random.nextDouble());
            double size = 1.5 + random.nextDouble() * 4;
            g.fill(new Ellipse2D.Double(x + r * Math.cos(angle), y + r * Math.sin(angle) * 0.8, size, size));
        }
    }

    /** Water that ran down the wall in a few streaks. */
    private static void drip(Graphics2D g, double x, double y, int height, Random random) {
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            double sx = x + random.nextGaussian() * 40;
            g.setPaint(new GradientPaint((float) sx, (float) y, DamageScene.alpha(WATER, 140), (float) sx,
                    (float) (y + height * 0.6), DamageScene.alpha(WATER, 0)));
            g.setStroke(new BasicStroke((float) (4 + 8 * random.nextDouble()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(sx, y, sx + random.nextGaussian() * 10, y + height * 0.6));
        }
    }
}

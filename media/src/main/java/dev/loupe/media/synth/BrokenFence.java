package dev.loupe.media.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;

/** A garden fence after a storm or a car: boards snapped, leaning or gone, one lying in the grass. */
final class BrokenFence {
    private static final List<Color> WOODS = List.of(new Color(150, 100, 60), new Color(128, 122, 110),
            new Color(176, 120, 70), new Color(60, 100, 70), new Color(225, 222, 212));

    private BrokenFence() {
    }

    static void paint(Graphics2D g, int width, int height, Random random) {
        double top = height * (0.15 + 0.15 * random.nextDouble());
        double ground = height * (0.7 + 0.12 * random.nextDouble());
        g.setPaint(new GradientPaint(0, 0, DamageScene.vary(new Color(70, 125, 205), 25, random), 0,
                (float) ground, DamageScene.vary(new Color(215, 225, 235), 10, random)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, (float) ground, DamageScene.vary(new Color(88, 140, 56), 20, random), 0,
                height, DamageScene.vary(new Color(30, 66, 22), 12, random)));
        g.fill(new Rectangle2D.Double(0, ground - 20, width, height - ground + 20));
        g.setPaint(new GradientPaint(0, (float) ground - 20, new Color(0, 0, 0, 110), 0,
                (float) (ground + height * 0.12), new Color(0, 0, 0, 0)));
        g.fill(new Rectangle2D.Double(0, ground - 20, width, height * 0.12 + 20));
        Color wood = DamageScene.vary(Vocabulary.pick(WOODS, random), 15, random);
        g.setColor(DamageScene.mix(wood, Color.BLACK, 0.35));
        g.fill(new Rectangle2D.Double(0, top + (ground - top) * 0.2, width, 14));
        g.fill(new Rectangle2D.Double(0, top + (ground - top) * 0.75, width, 14));

        int boards = 9 + random.nextInt(6);
        double pitch = (double) width / boards;
        int broken = 1 + random.nextInt(boards - 4);
        for (int i = 0; i < boards; i++) {
            double x = i * pitch + pitch * 0.06;
            double boardTop = top + random.nextGaussian() * 3;
            if (i == broken) {
                continue;
            } else if (i == broken + 1) {
                board(g, x, boardTop + (ground - top) * (0.35 + 0.3 * random.nextDouble()), pitch * 0.88, ground,
                        wood, true, random);
            } else if (i == broken + 2) {
                AffineTransform upright = g.getTransform();
                g.rotate(Math.toRadians(12 + 15 * random.nextDouble()), x + pitch, ground);
                board(g, x, boardTop, pitch * 0.88, ground, wood, false, random);
                g.setTransform(upright);
            } else {
                board(g, x, boardTop, pitch * 0.88, ground, wood, false, random);
            }
        }
        AffineTransform upright = g.getTransform();
        g.rotate(Math.toRadians(70 + 30 * random.nextDouble()), broken * pitch, ground + height * 0.05);
        board(g, broken * pitch, ground + height * 0.05 - (ground - top) * 0.8, pitch * 0.88,
                ground + height * 0.05, wood, true, random);
        g.setTransform(upright);
        grass(g, width, height, ground, random);
    }

    /** One board, lit from the left; a snapped one ends in splinters at the top. */
    private static void board(Graphics2D g, double x, double top, double width, double bottom, Color wood,
            boolean snapped, Random random) {
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(x, bottom);
        outline.lineTo(x, top);
        if (snapped) {
            for (int k = 1; k < 6; k++) {
                outline.lineTo(x + width * k / 6, top + (random.nextDouble() - 0.3) * width * 0.8);
            }
        } else {
            outline.lineTo(x + width / 2, top - width * 0.35);
        }
        outline.lineTo(x + width, top);
        outline.lineTo(x + width, bottom);
        outline.closePath();
        g.setPaint(new GradientPaint((float) x, 0, DamageScene.mix(wood, Color.WHITE, 0.15), (float) (x + width), 0,
                DamageScene.mix(wood, Color.BLACK, 0.3)));
        g.fill(outline);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(DamageScene.alpha(DamageScene.mix(wood, Color.BLACK, 0.5), 120));
        for (int k = 0; k < 3; k++) {
            double gx = x + width * (0.2 + 0.6 * random.nextDouble());
            g.draw(new Line2D.Double(gx, top + width * 0.5, gx + random.nextGaussian() * 3, bottom));
        }
        g.setColor(DamageScene.mix(wood, Color.BLACK, 0.55));
        g.draw(outline);
    }

    /** Blades of grass in front of the fence's foot. */
    private static void grass(Graphics2D g, int width, int height, double ground, Random random) {
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < width * 2; i++) {
            double x = random.nextDouble() * width;
            double y = ground - 10 + random.nextDouble() * (height - ground + 10);
            g.setColor(DamageScene.vary(new Color(70, 120, 44), 30, random));
            g.draw(new Line2D.Double(x, y, x + random.nextGaussian() * 4, y - 8 - random.nextDouble() * 18));
        }
    }
}

package dev.loupe.media.synth;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.Optional;
import java.util.Random;

/**
 * Prints a sheet as an image that looks scanned at 150 dpi: off-white paper fed in slightly askew, a little dust,
 * the softness of a scanner's optics and its sensor noise. Java2D only, with logical fonts, so it runs headless.
 */
final class ScanPrinter {
    static final int DPI = 150;

    private static final Color PAPER = new Color(246, 244, 236);
    private static final Color BRIGHT_PAPER = new Color(253, 253, 250);
    private static final Color INK = new Color(30, 30, 36);
    private static final Color PEN = new Color(28, 45, 125);
    private static final double MAX_SKEW_DEGREES = 2;
    private static final double NOISE_SIGMA = 3.5;
    private static final int DUST_SPECKS = 40;

    private final Graphics2D g;

    private ScanPrinter(Graphics2D g) {
        this.g = g;
    }

    /** The page as the scanner sees it: skewed, dusty, soft and noisy, at {@link #DPI}. */
    static BufferedImage scan(Sheet sheet, Optional<Stamp> stamp, Random random) {
        double scale = DPI / 72.0;
        int width = (int) Math.round(sheet.width() * scale);
        int height = (int) Math.round(sheet.height() * scale);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(PAPER);
            g.fillRect(0, 0, width, height);
            double skew = (random.nextDouble() * 2 - 1) * MAX_SKEW_DEGREES;
            g.rotate(Math.toRadians(skew), width / 2.0, height / 2.0);
            g.scale(scale, scale);
            ScanPrinter printer = new ScanPrinter(g);
            for (Sheet.Mark mark : sheet.marks()) {
                printer.draw(mark);
            }
            stamp.ifPresent(printer::stamp);
            printer.dust(sheet, random);
        } finally {
            g.dispose();
        }
        BufferedImage scanned = soften(page);
        addSensorNoise(scanned, random);
        return scanned;
    }

    private void draw(Sheet.Mark mark) {
        if (mark instanceof Sheet.Text text) {
            text(text);
        } else if (mark instanceof Sheet.Rule rule) {
            g.setColor(INK);
            g.setStroke(new BasicStroke((float) rule.weight()));
            g.draw(new Line2D.Double(rule.x1(), rule.y1(), rule.x2(), rule.y2()));
        } else if (mark instanceof Sheet.Frame frame) {
            g.setColor(INK);
            g.setStroke(new BasicStroke((float) frame.weight()));
            g.draw(new Rectangle2D.Double(frame.x(), frame.y(), frame.width(), frame.height()));
        } else if (mark instanceof Sheet.Shade shade) {
            g.setColor(mix(INK, BRIGHT_PAPER, shade.gray()));
            g.fill(new Rectangle2D.Double(shade.x(), shade.y(), shade.width(), shade.height()));
        } else if (mark instanceof Sheet.Scribble scribble) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(scribble.xs()[0], scribble.ys()[0]);
            for (int i = 1; i < scribble.xs().length; i++) {
                path.lineTo(scribble.xs()[i], scribble.ys()[i]);
            }
            g.setColor(PEN);
            g.setStroke(new BasicStroke((float) scribble.weight(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    private void text(Sheet.Text text) {
        g.setColor(INK);
        g.setFont(fitted(text.face(), text.size(), text.text()));
        g.drawString(text.text(), (float) text.left(), (float) text.baseline());
    }

    /**
     * The logical font stretched to the width the AFM metrics give, so the scan's words lie where the PDF's do and
     * the laid-out word boxes fit both.
     */
    private Font fitted(Face face, double size, String text) {
        Font font = new Font(face.awtFamily, face.awtStyle, 1).deriveFont((float) size);
        double drawn = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        return drawn > 0 ? font.deriveFont(AffineTransform.getScaleInstance(face.width(text, size) / drawn, 1)) : font;
    }

    private void stamp(Stamp stamp) {
        Graphics2D ink = (Graphics2D) g.create();
        try {
            ink.rotate(Math.toRadians(stamp.degrees()), stamp.x(), stamp.y());
            ink.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            ink.setColor(stamp.ink());
            double width = Stamp.FACE.width(stamp.word(), Stamp.SIZE);
            ink.setFont(fitted(Stamp.FACE, Stamp.SIZE, stamp.word()));
            ink.drawString(stamp.word(), (float) (stamp.x() - width / 2), (float) stamp.baseline());
            ink.setStroke(new BasicStroke(2.2f));
            ink.draw(new RoundRectangle2D.Double(stamp.x() - width / 2 - 8, stamp.y() - 17, width + 16, 31, 8, 8));
        } finally {
            ink.dispose();
        }
    }

    private void dust(Sheet sheet, Random random) {
        g.setColor(new Color(90, 90, 90, 120));
        for (int i = 0; i < DUST_SPECKS; i++) {
            double size = 0.3 + random.nextDouble() * 0.8;
            g.fill(new Ellipse2D.Double(random.nextDouble() * sheet.width(), random.nextDouble() * sheet.height(),
                    size, size));
        }
    }

    /** A small Gaussian blur: scanner and camera optics never give the hard edges of a rendered page. */
    static BufferedImage soften(BufferedImage page) {
        float[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= 16f;
        }
        return new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null)
                .filter(page, new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB));
    }

    /** Grey sensor noise plus the lamp's light falling off a little towards one edge. */
    private static void addSensorNoise(BufferedImage image, Random random) {
        int width = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int shift = (int) Math.round(random.nextGaussian() * NOISE_SIGMA - 5.0 * (i % width) / width);
            int rgb = pixels[i];
            pixels[i] = clamp((rgb >> 16 & 0xFF) + shift) << 16 | clamp((rgb >> 8 & 0xFF) + shift) << 8
                    | clamp((rgb & 0xFF) + shift);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Color mix(Color dark, Color light, double lightness) {
        return new Color(
                (int) Math.round(dark.getRed() + (light.getRed() - dark.getRed()) * lightness),
                (int) Math.round(dark.getGreen() + (light.getGreen() - dark.getGreen()) * lightness),
                (int) Math.round(dark.getBlue() + (light.getBlue() - dark.getBlue()) * lightness));
    }
}

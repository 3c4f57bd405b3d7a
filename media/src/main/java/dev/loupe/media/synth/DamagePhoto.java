package dev.loupe.media.synth;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A photograph of the damage a claim is about, the one kind of document without text. It is composed as one
 * empty page the picture's size, so it lays out with no words and no fields; the scene is painted when it is
 * printed, from the same stream of chances, since nothing in it changes the truth.
 */
final class DamagePhoto {
    private static final List<Dimension> SIZES = List.of(new Dimension(1024, 768), new Dimension(1280, 960),
            new Dimension(1200, 900), new Dimension(768, 1024), new Dimension(960, 1280));
    static final List<DamageScene> SCENES = List.of(DentedPanel::paint, WaterStain::paint,
            CrackedWindow::paint, BrokenFence::paint);

    private DamagePhoto() {
    }

    /** An empty page measuring the picture in points, as images are read at {@link ScanPrinter#DPI}. */
    static Composed compose(Random random, Medium medium) {
        Dimension size = Vocabulary.pick(SIZES, random);
        Sheet picture = new Sheet(size.width * 72.0 / ScanPrinter.DPI, size.height * 72.0 / ScanPrinter.DPI);
        return new Composed(picture, Map.of(), "Damage photo", List.of());
    }

    /** One of the scenes, painted at the page's size in pixels and developed as a phone camera would. */
    static BufferedImage shoot(Sheet picture, Random random) {
        int width = (int) Math.round(picture.width() * ScanPrinter.DPI / 72.0);
        int height = (int) Math.round(picture.height() * ScanPrinter.DPI / 72.0);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Vocabulary.pick(SCENES, random).paint(g, width, height, random);
        } finally {
            g.dispose();
        }
        return Camera.develop(image, random);
    }
}

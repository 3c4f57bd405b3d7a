package dev.loupe.media;

import dev.loupe.core.PageImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Turns decoded or rendered pixels into the opaque {@link PageImage} the rest of Loupe reads. */
final class PageImages {
    private PageImages() {
    }

    /** Takes over the pixel array of an RGB image, so that a large page is not held twice. */
    static PageImage fromRgb(BufferedImage rgb) {
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("Expected an INT_RGB image, got type " + rgb.getType() + ".");
        }
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        return new PageImage(rgb.getWidth(), rgb.getHeight(), pixels);
    }

    /**
     * Scales an image onto white paper: transparent areas become white, as they would print. Large reductions go
     * in halving steps, because one bicubic pass from far above the target size skips pixels and aliases.
     */
    static BufferedImage onPaper(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Scales a page's pixels down to the size it is shown at, off the FX thread, so that each frame draws the page one
 * pixel for one instead of filtering the whole page again. Large reductions halve the page step by step before the
 * last step, so small print stays legible rather than breaking up as one big bilinear step would leave it.
 */
final class PageScaler {
    private PageScaler() {
    }

    /** The page at {@code width} x {@code height}, which must not be larger than the page. */
    static PageImage down(PageImage page, int width, int height) {
        if (width <= 0 || height <= 0 || width > page.width() || height > page.height()) {
            throw new IllegalArgumentException("A " + page.width() + "x" + page.height() + " page cannot be scaled down "
                    + "to " + width + "x" + height + ".");
        }
        BufferedImage current = wrap(page);
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        BufferedImage done = current.getWidth() == width && current.getHeight() == height ? current
                : resize(current, width, height);
        return new PageImage(width, height, ((DataBufferInt) done.getRaster().getDataBuffer()).getData());
    }

    private static BufferedImage wrap(PageImage page) {
        BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(page.argb(), 0, pixels, 0, pixels.length);
        return image;
    }

    private static BufferedImage resize(BufferedImage from, int width, int height) {
        BufferedImage to = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return to;
    }
}

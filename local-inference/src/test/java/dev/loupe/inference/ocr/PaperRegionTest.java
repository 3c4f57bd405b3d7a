package dev.loupe.inference.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PaperRegionTest {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 1000;

    @Test
    void aReceiptPhotographedOnATableIsFoundAndTheTableLeftOut() {
        byte[] photo = picture(130, 30, new Random(1));
        paint(photo, 250, 120, 300, 700, 235, new Random(2));

        PaperRegion.Bounds paper = PaperRegion.find(photo, WIDTH, HEIGHT).orElseThrow();

        assertThat(paper.x()).isBetween(250 - 25, 250);
        assertThat(paper.y()).isBetween(120 - 25, 120);
        assertThat(paper.x() + paper.width()).isBetween(550, 550 + 25);
        assertThat(paper.y() + paper.height()).isBetween(820, 820 + 25);
    }

    @Test
    void aScanThatFillsThePictureIsLeftWhole() {
        byte[] scan = picture(245, 4, new Random(3));
        for (int line = 100; line < 900; line += 40) {
            paint(scan, 80, line, 600, 12, 40, new Random(line));
        }

        assertThat(PaperRegion.find(scan, WIDTH, HEIGHT)).isEmpty();
    }

    @Test
    void aPictureWithNoPaperInItIsLeftWhole() {
        assertThat(PaperRegion.find(picture(120, 40, new Random(4)), WIDTH, HEIGHT)).isEmpty();
    }

    @Test
    void aCropIsThePixelsOfItsBoundsRowByRow() {
        byte[] grey = new byte[WIDTH * HEIGHT];
        grey[5 * WIDTH + 7] = 42;

        byte[] cropped = PaperRegion.crop(grey, WIDTH, new PaperRegion.Bounds(7, 5, 3, 2));

        assertThat(cropped).containsExactly(42, 0, 0, 0, 0, 0);
    }

    /** Grain of a table: a level with noise of the given spread. */
    private static byte[] picture(int level, int spread, Random random) {
        byte[] grey = new byte[WIDTH * HEIGHT];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) Math.max(0, Math.min(255, level + random.nextInt(spread + 1) - spread / 2));
        }
        return grey;
    }

    private static void paint(byte[] grey, int x, int y, int width, int height, int level, Random random) {
        for (int row = y; row < y + height; row++) {
            for (int col = x; col < x + width; col++) {
                grey[row * WIDTH + col] = (byte) Math.max(0, Math.min(255, level + random.nextInt(9) - 4));
            }
        }
    }
}

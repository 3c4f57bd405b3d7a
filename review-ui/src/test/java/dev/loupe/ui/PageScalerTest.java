package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.PageImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Scaling a page down for the screen: the size asked for, the page's look kept. */
class PageScalerTest {

    @Test
    void aPageIsScaledToExactlyTheSizeAskedForAndKeepsItsInk() {
        // A white page 3000 px wide with a black band down its left half.
        int width = 3000;
        int height = 400;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = x < width / 2 ? 0xff000000 : 0xffffffff;
            }
        }

        PageImage small = PageScaler.down(new PageImage(width, height, argb), 700, 93);

        assertThat(small.width()).isEqualTo(700);
        assertThat(small.height()).isEqualTo(93);
        assertThat(small.argb()[50 * 700 + 100]).isEqualTo(0xff000000);
        assertThat(small.argb()[50 * 700 + 600]).isEqualTo(0xffffffff);
        assertThat(Arrays.stream(small.argb()).allMatch(pixel -> pixel >>> 24 == 0xff)).as("still opaque").isTrue();
    }

    @Test
    void aPageIsNeverScaledUp() {
        PageImage page = new PageImage(4, 4, new int[16]);
        assertThatThrownBy(() -> PageScaler.down(page, 8, 8)).hasMessage("A 4x4 page cannot be scaled down to 8x8.");
    }
}

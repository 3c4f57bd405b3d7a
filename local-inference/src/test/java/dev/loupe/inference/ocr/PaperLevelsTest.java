package dev.loupe.inference.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PaperLevelsTest {
    @Test
    void paperAndItsNoiseTurnWhiteWhileInkAndItsEdgesStay() {
        Random random = new Random(3);
        byte[] grey = new byte[10_000];
        for (int i = 0; i < grey.length; i++) {
            int level = i % 50 == 0 ? 30 : i % 50 == 1 ? 140 : i < 5_000 ? 238 : 250;
            grey[i] = (byte) Math.max(0, Math.min(255, level + (int) Math.round(random.nextGaussian() * 3.5)));
        }

        PaperLevels.whiten(grey);

        for (int i = 0; i < grey.length; i++) {
            int level = grey[i] & 0xFF;
            if (i % 50 == 0) {
                assertThat(level).isLessThan(50);
            } else if (i % 50 == 1) {
                assertThat(level).isBetween(120, 160);
            } else {
                assertThat(level).isEqualTo(255);
            }
        }
    }

    @Test
    void aPageWithoutInkIsLeftAsItIs() {
        Random random = new Random(4);
        byte[] grey = new byte[10_000];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) (240 + random.nextInt(10));
        }
        byte[] before = grey.clone();

        assertThat(PaperLevels.whiten(grey)).isEqualTo(256);

        assertThat(grey).isEqualTo(before);
    }
}

package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final List<Face> ALL_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);
    private static final double FOOTER_ROOM = 30;
    /** The claim form's footer rule sits 46 points above the bottom edge; boxes must end above it. */
    private static final double BOXES_END_ABOVE = 48;

    @Test
    void claimFormsOfEveryLengthStayOnThePage() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            Sheet sheet = ClaimFormLayout.layout(ClaimForm.random(random), ALL_FACES, random);
            assertOnPage(sheet, seed);
            assertThat(sheet.text()).anyMatch(line -> line.startsWith("Total claimed "));
        }
    }

    @Test
    void receiptsOfEveryLengthStayOnThePage() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            Sheet sheet = ReceiptLayout.layout(Receipt.random(random), ALL_FACES, random);
            assertOnPage(sheet, seed);
        }
    }

    @Test
    void aStampIsReadWhereItSitsAmongTheLines() {
        Random random = new Random(5);
        Sheet sheet = ReceiptLayout.layout(Receipt.random(random), ALL_FACES, random);

        List<String> text = sheet.textWith(java.util.Optional.of("PAID"));

        assertThat(text).hasSize(sheet.text().size() + 1);
        assertThat(text.get(text.indexOf("PAID") - 1)).isEqualTo("Thank you for your visit!");
    }

    private static void assertOnPage(Sheet sheet, int seed) {
        for (Sheet.Mark mark : sheet.marks()) {
            if (mark instanceof Sheet.Text text) {
                assertThat(text.baseline()).as("seed %d: %s", seed, text.text())
                        .isBetween(text.size(), sheet.height() - FOOTER_ROOM);
                assertThat(text.x()).as("seed %d: %s", seed, text.text()).isBetween(0.0, sheet.width());
            } else if (mark instanceof Sheet.Frame frame) {
                assertThat(frame.y() + frame.height()).as("seed %d: frame", seed)
                        .isLessThan(sheet.height() - BOXES_END_ABOVE);
            }
        }
    }
}

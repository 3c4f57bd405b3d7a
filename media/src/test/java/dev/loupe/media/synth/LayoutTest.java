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
    void claimFormsOfEveryLengthStayOnThePageInEachLayout() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            ClaimForm form = ClaimForm.random(random);
            assertOnPage(ClaimFormLayout.layout(form, ALL_FACES, random), seed);
            assertOnPage(ClaimFormGrid.layout(form, ALL_FACES, random), seed);
            assertOnPage(LossNotice.layout(form, ALL_FACES, random), seed);
        }
    }

    @Test
    void receiptsOfEveryLengthStayOnThePageInEachLayout() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            Receipt receipt = Receipt.random(random);
            assertOnPage(ReceiptLayout.layout(receipt, ALL_FACES, random), seed);
            assertOnPage(ShopReceiptPage.layout(receipt, ALL_FACES, random), seed);
        }
    }

    @Test
    void everyComposedPageStaysOnThePageInEveryFace() {
        for (DocType type : DocType.values()) {
            for (int seed = 0; seed < 60; seed++) {
                Random random = new Random(seed);
                Composed composed = type.compose(random, new Medium(ALL_FACES, 1, 2));
                for (Sheet page : composed.pages()) {
                    assertOnPage(page, seed);
                    assertNoTextOverlaps(page, type + " seed " + seed);
                }
            }
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

    /** Words on one line must not run into each other, or OCR reads them as one. */
    private static void assertNoTextOverlaps(Sheet sheet, String where) {
        List<TruthWord> words = sheet.words(java.util.Optional.empty()).words();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                TruthWord a = words.get(i);
                TruthWord b = words.get(j);
                boolean across = a.x() < b.x() + b.width() && b.x() < a.x() + a.width();
                boolean down = a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertThat(across && down).as("%s: '%s' overlaps '%s'", where, a.text(), b.text()).isFalse();
            }
        }
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

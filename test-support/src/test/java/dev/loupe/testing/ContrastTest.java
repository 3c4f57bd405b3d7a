package dev.loupe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.loupe.testing.Contrast.Rgb;
import org.junit.jupiter.api.Test;

/** Known pairs from the WCAG definitions and from contrast checkers (WebAIM). */
class ContrastTest {
    private static final Rgb WHITE = Rgb.hex("#fff");
    private static final Rgb BLACK = Rgb.hex("#000000");

    @Test
    void blackOnWhiteIsTwentyOneAndAColourOnItselfIsOne() {
        assertThat(Contrast.ratio(BLACK, WHITE)).isCloseTo(21, within(1e-9));
        assertThat(Contrast.ratio(WHITE, BLACK)).isCloseTo(21, within(1e-9));
        assertThat(Contrast.ratio(Rgb.hex("#1f5fbf"), Rgb.hex("#1f5fbf"))).isEqualTo(1);
    }

    @Test
    void greysAroundTheAaLineFallOnTheRightSide() {
        assertThat(Contrast.ratio(Rgb.hex("#777"), WHITE)).isCloseTo(4.48, within(0.01)).isLessThan(Contrast.TEXT);
        assertThat(Contrast.ratio(Rgb.hex("#767676"), WHITE)).isCloseTo(4.54, within(0.01))
                .isGreaterThan(Contrast.TEXT);
        assertThat(Contrast.ratio(Rgb.hex("#949494"), WHITE)).isCloseTo(3.03, within(0.01));
    }

    @Test
    void knownColouredPairs() {
        assertThat(Contrast.ratio(Rgb.hex("#0000ff"), WHITE)).isCloseTo(8.59, within(0.01));
        assertThat(Contrast.ratio(Rgb.hex("#ff0000"), WHITE)).isCloseTo(4.00, within(0.01));
        assertThat(Contrast.ratio(Rgb.hex("#008000"), WHITE)).isCloseTo(5.14, within(0.01));
    }

    @Test
    void luminanceFollowsTheSrgbCurve() {
        assertThat(BLACK.luminance()).isZero();
        assertThat(WHITE.luminance()).isCloseTo(1, within(1e-9));
        assertThat(Rgb.hex("#808080").luminance()).isCloseTo(0.2159, within(0.0001));
    }

    @Test
    void aTranslucentColourIsMixedWithWhatIsBeneath() {
        Rgb half = BLACK.over(WHITE, 0.5);

        assertThat(half.red()).isCloseTo(0.5, within(1e-9));
        assertThat(BLACK.over(WHITE, 1)).isEqualTo(BLACK);
        assertThat(BLACK.over(WHITE, 0)).isEqualTo(WHITE);
        assertThat(Rgb.hex("#1c2433").over(Rgb.hex("#e3e6eb"), 0.85).toString()).isEqualTo("#3a414f");
    }

    @Test
    void largeTextNeedsThreeToOne() {
        assertThat(Contrast.requiredForText(13, false)).isEqualTo(4.5);
        assertThat(Contrast.requiredForText(18.66, false)).isEqualTo(4.5);
        assertThat(Contrast.requiredForText(18.66, true)).isEqualTo(3);
        assertThat(Contrast.requiredForText(24, false)).isEqualTo(3);
    }

    @Test
    void hexThatIsNotAColourIsRefused() {
        assertThatThrownBy(() -> Rgb.hex("#12345")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#12345");
    }
}

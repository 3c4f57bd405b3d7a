package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void moneyIsPrintedTheRegionsWay() {
        BigDecimal amount = new BigDecimal("1234.5");
        assertThat(Region.US.money(amount)).isEqualTo("$1,234.50");
        assertThat(Region.UK.money(new BigDecimal("12"))).isEqualTo("£12.00");
        assertThat(Region.EUROZONE.money(amount)).isEqualTo("1.234,50 €");
        assertThat(Region.AUSTRALIA.money(new BigDecimal("12"))).isEqualTo("12.00");
        assertThat(Region.AUSTRALIA.currency()).isEmpty();
    }

    @Test
    void numericDatesHaveOnlyOneReading() {
        Random random = new Random(1);
        LocalDate ambiguous = LocalDate.of(2024, 3, 4);
        for (int i = 0; i < 200; i++) {
            assertThat(Region.US.date(ambiguous, random)).doesNotContain("/");
            assertThat(Region.UK.date(ambiguous, random)).isIn("2024-03-04", "4 Mar 2024", "04/03/2024");
        }
        assertThat(Region.EUROZONE.date(LocalDate.of(2024, 1, 12), new Random(3)))
                .isIn("2024-01-12", "12 Jan 2024", "12/01/2024", "12.01.2024");
    }
}

package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void moneyIsPrintedInEachOfTheRegionsWays() {
        BigDecimal amount = new BigDecimal("1234.5");
        assertThat(Region.US.moneyStyles()).extracting(style -> style.format(amount))
                .containsExactly("$1,234.50", "$ 1,234.50", "USD 1,234.50");
        assertThat(Region.EUROZONE.moneyStyles()).extracting(style -> style.format(amount))
                .contains("1.234,50 €", "EUR 1.234,50", "€1,234.50");
        assertThat(Region.SWITZERLAND.moneyStyles().get(0).format(amount)).isEqualTo("CHF 1'234.50");
        assertThat(Region.CANADA.moneyStyles().get(0).format(amount)).isEqualTo("C$1,234.50");
        assertThat(Region.NEW_ZEALAND.moneyStyles().get(0).format(amount)).isEqualTo("NZ$1,234.50");
        assertThat(Region.INDIA.moneyStyles().get(0).format(new BigDecimal("1234567.8"))).isEqualTo("Rs. 12,34,567.80");
        assertThat(Region.UK.moneyStyles().get(0).format(new BigDecimal("12"))).isEqualTo("£12.00");
        Money plain = Region.AUSTRALIA.moneyStyles().get(0);
        assertThat(plain.format(new BigDecimal("12"))).isEqualTo("12.00");
        assertThat(plain.shownCurrency()).isEmpty();
        assertThat(Money.plain(',', '.').format(new BigDecimal("999.99"))).isEqualTo("999.99");
    }

    @Test
    void everyRegionButAustraliasPlainStyleShowsItsCurrency() {
        for (Region region : Region.values()) {
            for (Money style : region.moneyStyles()) {
                assertThat(style.shownCurrency().isPresent() || style.equals(Money.plain(',', '.')))
                        .as("%s %s", region, style).isTrue();
            }
        }
    }

    @Test
    void datesArePrintedInEnglishWhateverTheMachinesLocale() {
        LocalDate date = LocalDate.of(2024, 9, 5);
        assertThat(DateStyle.NAMED.format(date)).isEqualTo("5 Sep 2024");
        assertThat(DateStyle.NAMED_DASHED.format(date)).isEqualTo("05-Sep-2024");
        assertThat(DateStyle.US_NAMED_LONG.format(date)).isEqualTo("September 5, 2024");
        assertThat(DateStyle.DOTTED_SHORT.format(date)).isEqualTo("05.09.24");
        assertThat(DateStyle.US_SLASHED.format(date)).isEqualTo("09/05/2024");
    }

    @Test
    void numericDatesHaveOnlyOneReadingGivenTheRegion() {
        List<DateStyle> monthFirst = List.of(DateStyle.US_SLASHED, DateStyle.US_SLASHED_SHORT);
        List<DateStyle> dayFirst = List.of(DateStyle.SLASHED, DateStyle.SLASHED_SHORT, DateStyle.DOTTED,
                DateStyle.DOTTED_SHORT, DateStyle.DASHED);
        for (Region region : Region.values()) {
            List<DateStyle> styles = region.dateStyles();
            if (region == Region.US) {
                assertThat(styles).doesNotContainAnyElementsOf(dayFirst);
            } else {
                assertThat(styles).as(region.name()).doesNotContainAnyElementsOf(monthFirst);
            }
        }
        assertThat(Region.CANADA.dateStyles()).doesNotContainAnyElementsOf(dayFirst);
    }
}

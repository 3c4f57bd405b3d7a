package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** How one document prints money and dates: its region's paper and one of the region's styles for each. */
record Conventions(Region region, Money money, DateStyle dates) {
    String money(BigDecimal amount) {
        return money.format(amount);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** The ISO 4217 code of the currency when the document shows it. */
    Optional<String> currency() {
        return money.shownCurrency();
    }

    double pageWidth() {
        return region.pageWidth;
    }

    double pageHeight() {
        return region.pageHeight;
    }
}

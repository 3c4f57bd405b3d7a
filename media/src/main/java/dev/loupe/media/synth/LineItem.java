package dev.loupe.media.synth;

import java.math.BigDecimal;

/** One priced line of a receipt or of a claim's itemised table. */
record LineItem(String description, int quantity, BigDecimal unitPrice) {
    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    static BigDecimal sum(Iterable<LineItem> items) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LineItem item : items) {
            total = total.add(item.amount());
        }
        return total;
    }
}

package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** What a till receipt says, before it is laid out. */
record Receipt(
        Region region,
        String vendor,
        List<String> address,
        String phone,
        LocalDate date,
        String datePrinted,
        String time,
        String receiptNumber,
        List<LineItem> items,
        Region.Tax tax,
        String totalLabel,
        String paymentMethod,
        BigDecimal tendered) {

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;

    static Receipt random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Vocabulary.Trade trade = Vocabulary.trade(random);
        LocalDate date = EARLIEST.plusDays(random.nextInt(DAYS));
        List<LineItem> items = items(trade, random);
        Region.Tax tax = region.tax(random);
        BigDecimal subtotal = LineItem.sum(items);
        BigDecimal total = subtotal.add(tax.on(subtotal));
        boolean cash = random.nextInt(3) == 0;
        return new Receipt(region,
                Vocabulary.pick(trade.names(), random),
                Vocabulary.address(region, random),
                Vocabulary.phone(region, random),
                date,
                region.date(date, random),
                String.format(Locale.ROOT, "%02d:%02d", 7 + random.nextInt(13), random.nextInt(60)),
                String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)),
                items,
                tax,
                totalLabel(region, random),
                cash ? "Cash" : Vocabulary.pick(List.of("VISA", "Mastercard", "AMEX"), random)
                        + String.format(Locale.ROOT, " **** %04d", random.nextInt(10_000)),
                cash ? roundedUp(total, random) : total);
    }

    private static List<LineItem> items(Vocabulary.Trade trade, Random random) {
        List<Vocabulary.Good> goods = new ArrayList<>(trade.goods());
        int count = 3 + random.nextInt(Math.min(4, goods.size() - 2));
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Vocabulary.Good good = goods.remove(random.nextInt(goods.size()));
            int quantity = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
            items.add(new LineItem(good.name(), quantity, Vocabulary.price(good, random)));
        }
        return List.copyOf(items);
    }

    private static String totalLabel(Region region, Random random) {
        List<String> labels = new ArrayList<>(List.of("TOTAL", "Total", "Amount due", "TOTAL DUE"));
        if (region == Region.AUSTRALIA) {
            labels.add("Total Incl. GST");
            labels.add("Total Incl. GST");
        }
        return Vocabulary.pick(labels, random);
    }

    /** Cash handed over: the next 5, 10, 20 or 50 above the total, as people pay. */
    private static BigDecimal roundedUp(BigDecimal total, Random random) {
        BigDecimal note = BigDecimal.valueOf(Vocabulary.pick(List.of(5, 10, 20, 50), random));
        BigDecimal notes = total.divide(note, 0, RoundingMode.CEILING);
        return notes.multiply(note).setScale(2);
    }

    BigDecimal subtotal() {
        return LineItem.sum(items);
    }

    BigDecimal taxAmount() {
        return tax.on(subtotal());
    }

    BigDecimal total() {
        return subtotal().add(taxAmount());
    }

    /** The true field values, normalised: an ISO date and a plain two-decimal total. */
    Map<String, String> truth() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vendor", vendor);
        fields.put("date", date.toString());
        fields.put("total", total().toPlainString());
        region.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

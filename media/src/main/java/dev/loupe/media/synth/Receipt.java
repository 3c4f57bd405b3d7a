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

/** What a shop's or fuel station's receipt says, before it is laid out. */
record Receipt(
        Conventions conventions,
        String vendor,
        List<String> address,
        String phone,
        String taxNumber,
        LocalDate date,
        String datePrinted,
        String time,
        String receiptNumber,
        List<LineItem> items,
        Region.Tax tax,
        String totalLabel,
        String paymentMethod,
        BigDecimal tendered,
        boolean fuel) {

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;

    static Receipt random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        boolean fuel = random.nextInt(4) == 0;
        Vocabulary.Trade trade = fuel ? Vocabulary.FUEL : Vocabulary.trade(random);
        LocalDate date = EARLIEST.plusDays(random.nextInt(DAYS));
        List<LineItem> items = fuel ? fuelItems(trade, random) : items(trade, random);
        Region.Tax tax = region.tax(random);
        BigDecimal subtotal = LineItem.sum(items);
        BigDecimal total = subtotal.add(tax.on(subtotal));
        boolean cash = random.nextInt(3) == 0;
        return new Receipt(conventions,
                Vocabulary.pick(trade.names(), random),
                Places.address(region, random),
                Places.phone(region, random),
                Places.taxNumber(region, random),
                date,
                conventions.date(date),
                String.format(Locale.ROOT, "%02d:%02d", 7 + random.nextInt(13), random.nextInt(60)),
                String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)),
                items,
                tax,
                totalLabel(region, random),
                cash ? "Cash" : Vocabulary.pick(List.of("VISA", "Mastercard", "AMEX", "EFTPOS", "Debit"), random)
                        + String.format(Locale.ROOT, " **** %04d", random.nextInt(10_000)),
                cash ? roundedUp(total, random) : total,
                fuel);
    }

    /** A receipt as a till or fuel slip, or now and then as a shop's full-page receipt. */
    static Composed compose(Random random, Medium medium) {
        Receipt receipt = random(random);
        Sheet sheet = random.nextInt(3) == 0 && !receipt.fuel()
                ? ShopReceiptPage.layout(receipt, medium.faces(), random)
                : ReceiptLayout.layout(receipt, medium.tillFaces(), random);
        return new Composed(sheet, receipt.truth(), "Receipt from " + receipt.vendor(), List.of("PAID"));
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

    /** A tank of fuel priced by the litre, and now and then something from the shop. */
    private static List<LineItem> fuelItems(Vocabulary.Trade trade, Random random) {
        List<LineItem> items = new ArrayList<>();
        Vocabulary.Good fuel = trade.goods().get(random.nextInt(2));
        BigDecimal litres = BigDecimal.valueOf(1500 + random.nextInt(5000), 2);
        BigDecimal perLitre = BigDecimal.valueOf(fuel.low() * 1000L + random.nextInt(900), 3);
        BigDecimal amount = litres.multiply(perLitre).setScale(2, RoundingMode.HALF_UP);
        items.add(new LineItem(String.format(Locale.ROOT, "Pump %d %s %s L @ %s", 1 + random.nextInt(8), fuel.name(),
                litres, perLitre), 1, amount));
        if (random.nextBoolean()) {
            Vocabulary.Good extra = trade.goods().get(2 + random.nextInt(trade.goods().size() - 2));
            items.add(new LineItem(extra.name(), 1, Vocabulary.price(extra, random)));
        }
        return List.copyOf(items);
    }

    private static String totalLabel(Region region, Random random) {
        List<String> labels = new ArrayList<>(List.of("TOTAL", "Total", "Amount due", "TOTAL DUE", "Grand total"));
        switch (region) {
            case AUSTRALIA, NEW_ZEALAND -> labels.addAll(List.of("Total Incl. GST", "Total Incl. GST"));
            case UK, EUROZONE -> labels.add("Total (incl. VAT)");
            case INDIA -> labels.add("Amount payable");
            default -> labels.add("Total due");
        }
        return Vocabulary.pick(labels, random);
    }

    /** Cash handed over: the next 5, 10, 20 or 50 above the total, as people pay. */
    private static BigDecimal roundedUp(BigDecimal total, Random random) {
        BigDecimal note = BigDecimal.valueOf(Vocabulary.pick(List.of(5, 10, 20, 50), random));
        BigDecimal notes = total.divide(note, 0, RoundingMode.CEILING);
        return notes.multiply(note).setScale(2);
    }

    Region region() {
        return conventions.region();
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
        conventions.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

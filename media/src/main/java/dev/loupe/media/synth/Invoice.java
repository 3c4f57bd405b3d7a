package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What a repairer's, contractor's, hotel's or store's invoice says, before it is laid out; the invoice date is the
 * truth, while its due date and order date are printed beside it.
 *
 * @param orderDatePrinted null where the invoice prints no order date
 * @param taxNumber        null where the business prints none
 */
record Invoice(
        Conventions conventions,
        InvoiceLabels labels,
        String vendor,
        List<String> vendorAddress,
        String phone,
        String email,
        String taxNumber,
        String customer,
        List<String> customerAddress,
        String invoiceNumber,
        LocalDate date,
        String datePrinted,
        String dueDatePrinted,
        String orderDatePrinted,
        String customerRef,
        List<LineItem> items,
        Region.Tax tax,
        String terms,
        Places.BankAccount bankAccount) {

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;

    /** An invoice of {@code count} lines; long ones repeat a business's usual charges, as a long job bills them. */
    static Invoice random(Random random, int count) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Vocabulary.Trade trade = Vocabulary.contractor(random);
        String vendor = Vocabulary.pick(trade.names(), random);
        LocalDate date = EARLIEST.plusDays(random.nextInt(DAYS));
        int termDays = Vocabulary.pick(List.of(0, 7, 14, 30), random);
        String orderDate = random.nextBoolean() ? conventions.date(date.minusDays(1 + random.nextInt(20))) : null;
        return new Invoice(conventions,
                InvoiceLabels.random(conventions, random),
                vendor,
                Places.address(region, random),
                Places.phone(region, random),
                "accounts@" + vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".example",
                Places.taxNumber(region, random),
                Vocabulary.personName(random),
                Places.address(region, random),
                Vocabulary.invoiceNumber(date.getYear(), random),
                date,
                conventions.date(date),
                conventions.date(date.plusDays(termDays)),
                orderDate,
                random.nextBoolean() ? Vocabulary.claimNumber(random) : "C" + Places.digits(6, random),
                items(trade, count, random),
                region.tax(random),
                terms(termDays, random),
                Places.bankAccount(region, random));
    }

    /**
     * An invoice as a classic ruled table, which runs to a second page when {@code medium} allows, or as a compact
     * page with its details in a side column.
     */
    static Composed compose(Random random, Medium medium) {
        boolean twoPages = medium.secondPage(random.nextInt(4) == 0);
        Invoice invoice = random(random, twoPages ? 26 + random.nextInt(9) : 2 + random.nextInt(6));
        List<Sheet> pages = twoPages || random.nextBoolean()
                ? InvoiceLayout.layout(invoice, medium.faces(), random)
                : List.of(CompactInvoice.layout(invoice, medium.faces(), random));
        return new Composed(pages, invoice.truth(), "Invoice " + invoice.invoiceNumber() + " from " + invoice.vendor(),
                List.of("PAID", "RECEIVED", "APPROVED"));
    }

    private static List<LineItem> items(Vocabulary.Trade trade, int count, Random random) {
        List<Vocabulary.Good> goods = new ArrayList<>(trade.goods());
        boolean repeats = count > goods.size();
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Vocabulary.Good good = repeats ? Vocabulary.pick(goods, random) : goods.remove(random.nextInt(goods.size()));
            items.add(new LineItem(good.name(), quantity(good, random), Vocabulary.price(good, random)));
        }
        return List.copyOf(items);
    }

    /** Hours, nights and kilometres come by the several; other charges mostly once. */
    private static int quantity(Vocabulary.Good good, Random random) {
        if (good.name().contains("per km")) {
            return 5 + random.nextInt(76);
        }
        if (good.name().contains("(per ")) {
            return 1 + random.nextInt(7);
        }
        return random.nextInt(5) == 0 ? 2 + random.nextInt(3) : 1;
    }

    private static String terms(int days, Random random) {
        if (days == 0) {
            return Vocabulary.pick(random, "Payment due on receipt.", "Terms: due upon receipt of this invoice.");
        }
        return Vocabulary.pick(random, "Payment due within " + days + " days.", "Terms: Net " + days + ".",
                "Please pay within " + days + " days of the invoice date.",
                "Payment terms: " + days + " days. Late payments may incur interest.");
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

    /** The details beside the bill-to block, each as label, value and the truth field it prints, or null. */
    List<String[]> meta() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {labels.number(), invoiceNumber, "invoice_number"});
        rows.add(new String[] {labels.date(), datePrinted, "date"});
        if (orderDatePrinted != null) {
            rows.add(new String[] {labels.orderDate(), orderDatePrinted, null});
        }
        rows.add(new String[] {labels.dueDate(), dueDatePrinted, null});
        rows.add(new String[] {labels.customerRef(), customerRef, null});
        return rows;
    }

    /** The line under the footer that says where to pay. */
    String bankLine() {
        return "Bank: " + bankAccount.bank() + "   " + bankAccount.accountLabel() + ": " + bankAccount.account() + "   "
                + bankAccount.branchLabel() + ": " + bankAccount.branch();
    }

    /** The true field values, normalised: the vendor and number as printed, an ISO date, a plain total. */
    Map<String, String> truth() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vendor", vendor);
        fields.put("invoice_number", invoiceNumber);
        fields.put("date", date.toString());
        fields.put("total", total().toPlainString());
        conventions.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The words one business's billing system prints for each part of an invoice, so invoices label them differently. */
record InvoiceLabels(String title, String number, String date, String dueDate, String orderDate, String customerRef,
        String billTo, String subtotal, String total) {

    static InvoiceLabels random(Conventions conventions, Random random) {
        return new InvoiceLabels(
                Vocabulary.pick(random, "INVOICE", "Invoice", "TAX INVOICE", "Tax Invoice", "INVOICE / BILL"),
                Vocabulary.pick(random, "Invoice No.", "Invoice #", "Invoice number:", "Inv. No", "Tax Invoice",
                        "Document no.", "Invoice no:", "Bill No."),
                Vocabulary.pick(random, "Date", "Invoice date", "Date:", "Invoice Date:", "Issue date", "Dated"),
                Vocabulary.pick(random, "Due date", "Payment due", "Due:", "Pay by", "Due Date:"),
                Vocabulary.pick(random, "Order date", "Job date", "Date of work", "Work done"),
                Vocabulary.pick(random, "Customer ref", "Your ref.", "Account no.", "Customer ID", "Claim ref:"),
                Vocabulary.pick(random, "Bill to", "BILL TO", "Invoice to:", "Customer", "Billed to:"),
                Vocabulary.pick(random, "Subtotal", "Net amount", "Sub-total", "Total excl. tax"),
                total(conventions, random));
    }

    /** Totals say the tax or currency they include where the region's invoices do. */
    private static String total(Conventions conventions, Random random) {
        List<String> labels = new ArrayList<>(List.of("Total", "TOTAL", "Amount due", "Balance due", "Total due",
                "Invoice total"));
        conventions.currency().ifPresent(code -> labels.add("TOTAL " + code));
        switch (conventions.region()) {
            case AUSTRALIA, NEW_ZEALAND -> labels.addAll(List.of("Total Incl. GST", "Total Incl. GST"));
            case UK, EUROZONE -> labels.add("Total (incl. VAT)");
            case INDIA -> labels.add("Amount payable");
            default -> labels.add("Please pay");
        }
        return Vocabulary.pick(labels, random);
    }
}

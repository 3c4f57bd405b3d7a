package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays an invoice out as billing systems print them: a letterhead with the title, the bill-to block beside the
 * invoice's numbers and dates, a ruled table of charges that runs on to a second page when it is long, the totals
 * on the last page and the payment terms and bank details in its footer.
 */
final class InvoiceLayout {
    private static final double MARGIN = 50;
    private static final double SIZE = 9.5;
    private static final double ROW = 18;
    private static final double META_WIDTH = 215;
    /** Room the subtotal, tax and total take below the table. */
    private static final double TOTALS_ROOM = 96;
    /** Where the last page's footer, with the terms and bank details, begins above the bottom edge. */
    private static final double FOOTER_ROOM = 118;
    /** How far above the bottom edge the table stops on a page it continues from. */
    private static final double CONTINUED_ROOM = 84;

    private final Invoice invoice;
    private final Face face;
    private final boolean metaOnLeft;
    private final List<String> headings;
    private final List<Sheet> pages = new ArrayList<>();
    private Sheet sheet;
    private double left;
    private double right;
    private double y;

    private InvoiceLayout(Invoice invoice, List<Face> faces, Random random) {
        this.invoice = invoice;
        this.face = Vocabulary.pick(faces, random);
        this.metaOnLeft = random.nextInt(3) == 0;
        this.headings = Vocabulary.pick(List.of(List.of("Description", "Qty", "Unit price", "Amount"),
                List.of("Item", "Quantity", "Rate", "Total"), List.of("Details", "Qty", "Price", "Line total"),
                List.of("Description of work", "Units", "Unit cost", "Amount")), random);
    }

    /** Lays the invoice out on as many pages as its charges need, one page for a short one. */
    static List<Sheet> layout(Invoice invoice, List<Face> faces, Random random) {
        InvoiceLayout layout = new InvoiceLayout(invoice, faces, random);
        layout.newPage();
        layout.letterhead();
        layout.parties();
        layout.table();
        layout.totals();
        layout.footer();
        layout.pageNumbers();
        return List.copyOf(layout.pages);
    }

    private void newPage() {
        sheet = new Sheet(invoice.conventions().pageWidth(), invoice.conventions().pageHeight());
        pages.add(sheet);
        left = MARGIN;
        right = sheet.width() - MARGIN;
    }

    private void letterhead() {
        y = 62;
        sheet.line(y).left(left, invoice.vendor(), face.bold(), 18, "vendor")
                .right(right, invoice.labels().title(), face.bold(), 16);
        y += 4;
        for (String line : invoice.vendorAddress()) {
            y += 12;
            sheet.line(y).left(left, line, face, 9);
        }
        y += 12;
        sheet.line(y).left(left, "Tel " + invoice.phone() + "   " + invoice.email(), face, 9);
        if (invoice.taxNumber() != null) {
            y += 12;
            sheet.line(y).left(left, invoice.taxNumber(), face, 9);
        }
        y += 10;
        sheet.rule(left, y, right, y, 1.2);
    }

    /** The customer on one side and the invoice's numbers and dates on the other, read across as printed. */
    private void parties() {
        List<String> billTo = new ArrayList<>(List.of(invoice.labels().billTo(), invoice.customer()));
        billTo.addAll(invoice.customerAddress());
        List<String[]> meta = invoice.meta();
        double billLeft = metaOnLeft ? right - META_WIDTH + 20 : left;
        double metaLeft = metaOnLeft ? left : right - META_WIDTH;
        y += 12;
        for (int i = 0; i < Math.max(billTo.size(), meta.size()); i++) {
            y += 13;
            Sheet.Line line = sheet.line(y);
            if (metaOnLeft) {
                meta(line, metaLeft, i < meta.size() ? meta.get(i) : null);
            }
            if (i < billTo.size()) {
                line.left(billLeft, billTo.get(i), i == 0 ? face.bold() : face, i == 0 ? 9 : SIZE);
            }
            if (!metaOnLeft) {
                meta(line, metaLeft, i < meta.size() ? meta.get(i) : null);
            }
        }
        y += 22;
    }

    private void meta(Sheet.Line line, double x, String[] row) {
        if (row != null) {
            line.left(x, row[0], face.bold(), 9).left(x + 100, row[1], face, SIZE, row[2]);
        }
    }

    private void tableHeader() {
        sheet.shade(left, y, right - left, ROW, 0.88);
        sheet.line(y + 12.5).left(left + 6, headings.get(0), face.bold(), SIZE)
                .right(right - 190, headings.get(1), face.bold(), SIZE)
                .right(right - 95, headings.get(2), face.bold(), SIZE)
                .right(right - 6, headings.get(3), face.bold(), SIZE);
        y += ROW;
    }

    /** The charges, carried on to a new page when the rest and the totals will not fit on this one. */
    private void table() {
        tableHeader();
        Conventions print = invoice.conventions();
        List<LineItem> items = invoice.items();
        for (int i = 0; i < items.size(); i++) {
            boolean restFits = y + ROW * (items.size() - i) + TOTALS_ROOM <= sheet.height() - FOOTER_ROOM;
            if (!restFits && y + ROW > sheet.height() - CONTINUED_ROOM) {
                continueOnNextPage();
                tableHeader();
            }
            LineItem item = items.get(i);
            sheet.line(y + 12.5).left(left + 6, item.description(), face, SIZE)
                    .right(right - 190, Integer.toString(item.quantity()), face, SIZE)
                    .right(right - 95, print.money(item.unitPrice()), face, SIZE)
                    .right(right - 6, print.money(item.amount()), face, SIZE);
            y += ROW;
            sheet.rule(left, y, right, y, 0.4);
        }
    }

    /** Closes this page with a note that the invoice goes on, and heads the next with the invoice's name. */
    private void continueOnNextPage() {
        sheet.line(sheet.height() - 62).right(right, "Continued on next page", face, 8.5);
        newPage();
        y = 58;
        sheet.line(y).left(left, invoice.vendor(), face.bold(), 12)
                .right(right, invoice.labels().title() + " " + invoice.invoiceNumber() + " (continued)", face, 9);
        y += 8;
        sheet.rule(left, y, right, y, 0.8);
        y += 18;
    }

    private void totals() {
        if (y + TOTALS_ROOM > sheet.height() - FOOTER_ROOM) {
            continueOnNextPage();
        }
        Conventions print = invoice.conventions();
        double labels = right - 200;
        y += 22;
        sheet.line(y).left(labels, invoice.labels().subtotal(), face, SIZE)
                .right(right - 6, print.money(invoice.subtotal()), face, SIZE);
        y += 14;
        sheet.line(y).left(labels, invoice.tax().label(), face, SIZE)
                .right(right - 6, print.money(invoice.taxAmount()), face, SIZE);
        y += 6;
        sheet.rule(labels, y, right, y, 0.8);
        y += 16;
        sheet.line(y).left(labels, invoice.labels().total(), face.bold(), 11)
                .right(right - 6, print.money(invoice.total()), face.bold(), 11, "total");
        y += 6;
        sheet.rule(labels, y, right, y, 0.8);
        sheet.rule(labels, y + 2, right, y + 2, 0.8);
        sheet.stampSpot(left + 100, y - 16);
    }

    private void footer() {
        double baseline = sheet.height() - FOOTER_ROOM + 22;
        sheet.rule(left, baseline - 14, right, baseline - 14, 0.5);
        sheet.line(baseline).left(left, invoice.terms(), face.bold(), 8.5);
        sheet.line(baseline + 13).left(left, invoice.bankLine(), face, 8);
        sheet.line(baseline + 26).left(left, "Please quote the invoice number with your payment. Thank you for your "
                + "business.", face, 8);
    }

    private void pageNumbers() {
        for (int i = 0; i < pages.size(); i++) {
            Sheet page = pages.get(i);
            page.line(page.height() - 36).left(left, invoice.vendor(), face, 7.5)
                    .right(page.width() - MARGIN, "Page " + (i + 1) + " of " + pages.size(), face, 7.5);
        }
    }
}

package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Lays a receipt out as a full-page "tax invoice / receipt" a shop prints from its till system or e-mails: the
 * shop's letterhead and tax number, a ruled table of the goods, and the totals and payment on the right.
 */
final class ShopReceiptPage {
    private static final double MARGIN = 54;
    private static final double SIZE = 9.5;
    private static final double ROW = 18;

    private final Receipt receipt;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    private ShopReceiptPage(Receipt receipt, List<Face> faces, Random random) {
        this.receipt = receipt;
        this.sheet = new Sheet(receipt.conventions().pageWidth(), receipt.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static Sheet layout(Receipt receipt, List<Face> faces, Random random) {
        ShopReceiptPage page = new ShopReceiptPage(receipt, faces, random);
        page.letterhead(random);
        page.table();
        page.totals();
        page.footer(random);
        return page.sheet;
    }

    private void letterhead(Random random) {
        y = 70;
        String title = Vocabulary.pick(random, "TAX INVOICE / RECEIPT", "RECEIPT", "Sales Receipt", "TAX RECEIPT");
        sheet.line(y).left(left, receipt.vendor(), face.bold(), 18, "vendor").right(right, title, face.bold(), 12);
        y += 16;
        sheet.line(y).left(left, String.join(", ", receipt.address()), face, 9)
                .labelled(right - 150, "Receipt no.", receipt.receiptNumber(), face, 9, null);
        y += 12;
        sheet.line(y).left(left, "Phone " + receipt.phone(), face, 9)
                .labelled(right - 150, "Date:", receipt.datePrinted(), face, 9, "date");
        y += 12;
        Sheet.Line tax = sheet.line(y);
        if (receipt.taxNumber() != null) {
            tax.left(left, receipt.taxNumber(), face, 9);
        }
        tax.labelled(right - 150, "Time:", receipt.time(), face, 9, null);
        y += 12;
        sheet.line(y).labelled(right - 150, "Served by:", Vocabulary.pick(random, "Sam", "Alex", "Priya", "Jo"),
                face, 9, null);
        y += 14;
        sheet.rule(left, y, right, y, 1.2);
        y += 16;
    }

    private void table() {
        double quantityRight = right - 190;
        double unitRight = right - 95;
        sheet.shade(left, y, right - left, ROW, 0.9);
        sheet.line(y + 12.5).left(left + 6, "Description", face.bold(), SIZE)
                .right(quantityRight, "Qty", face.bold(), SIZE).right(unitRight, "Unit price", face.bold(), SIZE)
                .right(right - 6, "Amount", face.bold(), SIZE);
        y += ROW;
        Conventions print = receipt.conventions();
        for (LineItem item : receipt.items()) {
            sheet.line(y + 12.5).left(left + 6, item.description(), face, SIZE)
                    .right(quantityRight, Integer.toString(item.quantity()), face, SIZE)
                    .right(unitRight, print.money(item.unitPrice()), face, SIZE)
                    .right(right - 6, print.money(item.amount()), face, SIZE);
            y += ROW;
            sheet.rule(left, y, right, y, 0.4);
        }
        y += 10;
    }

    private void totals() {
        Conventions print = receipt.conventions();
        double labels = right - 200;
        y += 14;
        sheet.line(y).left(labels, "Subtotal", face, SIZE).right(right - 6, print.money(receipt.subtotal()), face,
                SIZE);
        y += 14;
        sheet.line(y).left(labels, receipt.tax().label(), face, SIZE)
                .right(right - 6, print.money(receipt.taxAmount()), face, SIZE);
        y += 6;
        sheet.rule(labels, y, right, y, 0.8);
        y += 16;
        sheet.line(y).left(labels, receipt.totalLabel(), face.bold(), 11)
                .right(right - 6, print.money(receipt.total()), face.bold(), 11, "total");
        y += 6;
        sheet.rule(labels, y, right, y, 0.8);
        y += 18;
        sheet.line(y).left(labels, "Paid " + receipt.paymentMethod(), face, SIZE)
                .right(right - 6, print.money(receipt.tendered()), face, SIZE);
        BigDecimal change = receipt.tendered().subtract(receipt.total());
        if (change.signum() > 0) {
            y += 14;
            sheet.line(y).left(labels, "Change", face, SIZE).right(right - 6, print.money(change), face, SIZE);
        }
        sheet.stampSpot(left + 90, y - 10);
    }

    private void footer(Random random) {
        double baseline = sheet.height() - 60;
        sheet.rule(left, baseline - 14, right, baseline - 14, 0.5);
        sheet.line(baseline).center(sheet.width() / 2, Vocabulary.pick(random,
                "Thank you for shopping with us. Please keep this receipt as proof of purchase.",
                "Goods may be returned within 30 days with this receipt.",
                "Thank you! Exchanges and refunds only with proof of purchase."), face, 8.5);
        sheet.line(baseline + 13).center(sheet.width() / 2, receipt.vendor() + " - " + receipt.phone(), face, 8);
    }
}

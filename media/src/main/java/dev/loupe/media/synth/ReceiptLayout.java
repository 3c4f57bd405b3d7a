package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Lays a receipt out as a narrow till or fuel-pump slip lying on the page, the way receipts are scanned or
 * e-mailed.
 */
final class ReceiptLayout {
    private static final double SLIP_WIDTH = 236;
    private static final double PADDING = 12;
    private static final double LEADING = 12;

    private final Receipt receipt;
    private final Sheet sheet;
    private final Face face;
    private final double size;
    private final double slipLeft;
    private final double left;
    private final double right;
    private final double top;
    private double y;

    private ReceiptLayout(Receipt receipt, List<Face> faces, Random random) {
        this.receipt = receipt;
        this.sheet = new Sheet(receipt.conventions().pageWidth(), receipt.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.size = face == Face.MONO ? 8.5 : 9;
        this.slipLeft = (sheet.width() - SLIP_WIDTH) / 2 + random.nextInt(81) - 40;
        this.left = slipLeft + PADDING;
        this.right = slipLeft + SLIP_WIDTH - PADDING;
        this.top = 60 + random.nextInt(40);
    }

    /** Lays the receipt out in one of {@code faces}, as a till prints in one font. */
    static Sheet layout(Receipt receipt, List<Face> faces, Random random) {
        ReceiptLayout layout = new ReceiptLayout(receipt, faces, random);
        layout.slip();
        return layout.sheet;
    }

    private void slip() {
        y = top + 26;
        double middle = (left + right) / 2;
        sheet.line(y).center(middle, receipt.vendor(), face.bold(), 13, "vendor");
        y += 5;
        for (String line : receipt.address()) {
            next();
            sheet.line(y).center(middle, line, face, size - 0.5);
        }
        next();
        sheet.line(y).center(middle, "Tel " + receipt.phone(), face, size - 0.5);
        if (receipt.taxNumber() != null) {
            next();
            sheet.line(y).center(middle, receipt.taxNumber(), face, size - 0.5);
        }
        divider();

        next();
        sheet.line(y).labelled(left, "Date:", receipt.datePrinted(), face, size, "date")
                .right(right, receipt.time(), face, size);
        next();
        sheet.line(y).left(left, "Receipt no. " + receipt.receiptNumber(), face, size);
        divider();
        items();
        divider();
        totals();
        divider();
        payment();
        y += 20;
        sheet.line(y).center(middle, "Thank you for your visit!", face, size);
        sheet.stampSpot(middle, y + 30);
        double height = y + 52 - top;
        sheet.paper(slipLeft, top, SLIP_WIDTH, height, 1.0);
        sheet.paper(slipLeft + 1.5, top + 1.5, SLIP_WIDTH, height, 0.72);
    }

    private void items() {
        Conventions print = receipt.conventions();
        for (LineItem item : receipt.items()) {
            next();
            String amount = print.money(item.amount());
            boolean fits = face.width(item.description() + "  " + amount, size) < right - left;
            if (item.quantity() == 1 && fits) {
                sheet.line(y).left(left, item.description(), face, size).right(right, amount, face, size);
            } else {
                sheet.line(y).left(left, item.description(), face, size);
                next();
                String each = item.quantity() == 1 ? "" : item.quantity() + " x " + print.money(item.unitPrice());
                Sheet.Line line = sheet.line(y);
                if (!each.isEmpty()) {
                    line.left(left + 14, each, face, size);
                }
                line.right(right, amount, face, size);
            }
        }
    }

    private void totals() {
        Conventions print = receipt.conventions();
        next();
        sheet.line(y).left(left, "Subtotal", face, size).right(right, print.money(receipt.subtotal()), face, size);
        next();
        sheet.line(y).left(left, receipt.tax().label(), face, size)
                .right(right, print.money(receipt.taxAmount()), face, size);
        y += LEADING + 4;
        sheet.line(y).left(left, receipt.totalLabel(), face.bold(), size + 2.5)
                .right(right, print.money(receipt.total()), face.bold(), size + 2.5, "total");
        y += 2;
    }

    private void payment() {
        Conventions print = receipt.conventions();
        next();
        sheet.line(y).left(left, receipt.paymentMethod(), face, size)
                .right(right, print.money(receipt.tendered()), face, size);
        BigDecimal change = receipt.tendered().subtract(receipt.total());
        if (change.signum() > 0) {
            next();
            sheet.line(y).left(left, "Change", face, size).right(right, print.money(change), face, size);
        }
    }

    private void divider() {
        y += 7;
        sheet.rule(left, y, right, y, 0.5);
        y += 2;
    }

    private void next() {
        y += LEADING;
    }
}

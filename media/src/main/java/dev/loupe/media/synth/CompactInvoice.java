package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays an invoice out as a compact one-page bill: the title and letterhead across the top, the invoice's numbers,
 * dates and customer stacked in a shaded side column, label above value, and the charges and totals beside it.
 * Both columns keep one grid of baselines, so each printed line reads across the page as OCR would read it.
 */
final class CompactInvoice {
    private static final double MARGIN = 44;
    private static final double SIDE_WIDTH = 150;
    private static final double GAP = 22;
    private static final double PITCH = 15;
    private static final double SIZE = 9;

    /** One run printed in a column on some row of the grid. */
    private record Run(String text, Face face, double size, String field) {
    }

    private final Invoice invoice;
    private final Sheet sheet;
    private final Face face;
    private final boolean sideOnLeft;
    private final double left;
    private final double right;
    private final double sideLeft;
    private final double mainLeft;
    private final double mainRight;
    private double y;

    private CompactInvoice(Invoice invoice, List<Face> faces, Random random) {
        this.invoice = invoice;
        this.sheet = new Sheet(invoice.conventions().pageWidth(), invoice.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.sideOnLeft = random.nextBoolean();
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
        this.sideLeft = sideOnLeft ? left : right - SIDE_WIDTH;
        this.mainLeft = sideOnLeft ? left + SIDE_WIDTH + GAP : left;
        this.mainRight = sideOnLeft ? right : right - SIDE_WIDTH - GAP;
    }

    static Sheet layout(Invoice invoice, List<Face> faces, Random random) {
        CompactInvoice layout = new CompactInvoice(invoice, faces, random);
        layout.letterhead();
        layout.columns();
        layout.footer();
        return layout.sheet;
    }

    private void letterhead() {
        y = 60;
        sheet.line(y).left(left, invoice.labels().title(), face.bold(), 20)
                .right(right, invoice.vendor(), face.bold(), 14, "vendor");
        y += 16;
        sheet.line(y).right(right, String.join(", ", invoice.vendorAddress()), face, 8.5);
        y += 11;
        sheet.line(y).right(right, "Tel " + invoice.phone() + " | " + invoice.email(), face, 8.5);
        if (invoice.taxNumber() != null) {
            y += 11;
            sheet.line(y).right(right, invoice.taxNumber(), face, 8.5);
        }
        y += 12;
        sheet.rule(left, y, right, y, 2);
        y += 12;
    }

    /** The side column's labels and values: each label small and bold on its own row above its value. */
    private List<Run> side() {
        List<Run> runs = new ArrayList<>();
        for (String[] row : invoice.meta()) {
            runs.add(new Run(row[0].replace(":", ""), face.bold(), 7.5, null));
            runs.add(new Run(row[1], face, 10, row[2]));
        }
        runs.add(new Run(invoice.labels().billTo().replace(":", ""), face.bold(), 7.5, null));
        runs.add(new Run(invoice.customer(), face, 10, null));
        for (String line : invoice.customerAddress()) {
            runs.add(new Run(line, face, SIZE, null));
        }
        return runs;
    }

    /** Prints the side column and the charges row by row on the shared grid, the left column first on each. */
    private void columns() {
        List<Run> side = side();
        List<LineItem> items = invoice.items();
        int totalsFrom = items.size() + 2;
        int rows = Math.max(side.size(), totalsFrom + 3);
        double top = y;
        sheet.shade(mainLeft, y, mainRight - mainLeft, PITCH + 2, 0.88);
        for (int i = 0; i < rows; i++) {
            y += PITCH;
            Sheet.Line line = sheet.line(y - 4);
            if (sideOnLeft && i < side.size()) {
                sideRun(line, side.get(i));
            }
            if (i == 0) {
                line.left(mainLeft + 4, "Description", face.bold(), SIZE).right(mainRight - 95, "Qty", face.bold(), SIZE)
                        .right(mainRight - 4, "Amount", face.bold(), SIZE);
            } else if (i <= items.size()) {
                item(line, items.get(i - 1));
            } else if (i >= totalsFrom && i < totalsFrom + 3) {
                total(line, i - totalsFrom);
            }
            if (!sideOnLeft && i < side.size()) {
                sideRun(line, side.get(i));
            }
        }
        sheet.paper(sideLeft, top, SIDE_WIDTH, y - top + 10, 0.93);
        y += 10;
        List<String> terms = Typesetting.wrap(invoice.terms(), mainRight - mainLeft, face, 8.5);
        for (String text : terms) {
            y += 12;
            sheet.line(y).left(mainLeft, text, face, 8.5);
        }
        sheet.stampSpot(mainLeft + 90, y + 40);
    }

    private void sideRun(Sheet.Line line, Run run) {
        line.left(sideLeft + 8, run.text(), run.face(), run.size(), run.field());
    }

    private void item(Sheet.Line line, LineItem item) {
        Conventions print = invoice.conventions();
        line.left(mainLeft + 4, item.description(), face, SIZE)
                .right(mainRight - 95, Integer.toString(item.quantity()), face, SIZE)
                .right(mainRight - 4, print.money(item.amount()), face, SIZE);
        sheet.rule(mainLeft, y + 1, mainRight, y + 1, 0.4);
    }

    /** The subtotal, the tax and the total, as rows {@code 0}, 1 and 2 under the charges. */
    private void total(Sheet.Line line, int which) {
        Conventions print = invoice.conventions();
        double labels = mainRight - 210;
        switch (which) {
            case 0 -> line.left(labels, invoice.labels().subtotal(), face, SIZE)
                    .right(mainRight - 4, print.money(invoice.subtotal()), face, SIZE);
            case 1 -> line.left(labels, invoice.tax().label(), face, SIZE)
                    .right(mainRight - 4, print.money(invoice.taxAmount()), face, SIZE);
            default -> {
                line.left(labels, invoice.labels().total(), face.bold(), 10.5)
                        .right(mainRight - 4, print.money(invoice.total()), face.bold(), 10.5, "total");
                sheet.rule(labels, y + 1, mainRight, y + 1, 0.8);
                sheet.rule(labels, y + 3, mainRight, y + 3, 0.8);
            }
        }
    }

    private void footer() {
        double baseline = sheet.height() - 62;
        sheet.rule(left, baseline - 12, right, baseline - 12, 0.5);
        sheet.line(baseline).center(sheet.width() / 2, invoice.bankLine(), face, 8);
        sheet.line(baseline + 13).center(sheet.width() / 2, "Thank you for your business.", face, 8);
    }
}

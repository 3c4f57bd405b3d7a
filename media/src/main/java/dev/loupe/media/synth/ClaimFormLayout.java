package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * Lays a claim form out as insurers print them: a letterhead, numbered sections under grey bars, fields in
 * boxes or on ruled lines, an itemised table and a signed declaration.
 */
final class ClaimFormLayout {
    private static final double MARGIN = 50;
    private static final double LABEL_SIZE = 8;
    private static final double VALUE_SIZE = 11;
    private static final double BODY_SIZE = 9.5;
    private static final double BODY_LEADING = 13;
    static final String DECLARATION = "I declare that the information on this form is true and complete to "
            + "the best of my knowledge, and I understand that a false statement may make my policy void.";

    private final ClaimForm form;
    private final ClaimLabels labels;
    private final Sheet sheet;
    private final double left;
    private final double right;
    private final Face valueFace;
    private final boolean boxed;
    private double y;

    private ClaimFormLayout(ClaimForm form, List<Face> faces, Random random) {
        this.form = form;
        this.labels = ClaimLabels.random(random);
        this.sheet = new Sheet(form.conventions().pageWidth(), form.conventions().pageHeight());
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
        this.valueFace = Vocabulary.pick(faces, random);
        this.boxed = random.nextBoolean();
    }

    /** Lays the form out with its filled-in values in one of {@code faces}. */
    static Sheet layout(ClaimForm form, List<Face> faces, Random random) {
        ClaimFormLayout layout = new ClaimFormLayout(form, faces, random);
        layout.letterhead();
        layout.details();
        layout.account();
        layout.itemTable();
        layout.payment();
        layout.declaration(random);
        layout.officeUse();
        layout.footer();
        return layout.sheet;
    }

    private void letterhead() {
        y = 64;
        sheet.line(y).left(left, form.insurer(), Face.SANS_BOLD, 16).right(right, form.title(), Face.SANS_BOLD, 13);
        y += 14;
        sheet.line(y).left(left, String.join(", ", form.insurerAddress()), Face.SANS, 8)
                .right(right, "Form " + form.formCode(), Face.SANS, 8);
        y += 8;
        sheet.rule(left, y, right, y, 1.6);
        y += 16;
        sheet.line(y).left(left, "Please complete every section and return this form with copies of your receipts.",
                Face.SANS, 8.5);
        y += 6;
    }

    private void section(String title) {
        y += 10;
        sheet.shade(left, y, right - left, 15, 0.82);
        sheet.line(y + 11).left(left + 5, title, Face.SANS_BOLD, 9);
        y += 15;
    }

    private void details() {
        section("1. POLICY AND CLAIMANT DETAILS");
        String address = String.join(", ", form.claimantAddress());
        row(new Entry(labels.claimNumber(), form.claimNumber(), "claim_number"),
                new Entry(labels.policyNumber(), form.policyNumber(), "policy_number"));
        row(new Entry(labels.claimant(), form.claimantName(), "claimant_name"),
                new Entry(labels.dateOfLoss(), form.dateOfLossPrinted(), "date_of_loss"));
        row(new Entry("Address", address, null), null);
        row(new Entry("Telephone", form.phone(), null), new Entry("Type of loss", form.lossKind(), null));
    }

    /** A labelled value on the form; {@code field} names the truth field it fills, or is null. */
    private record Entry(String label, String value, String field) {
    }

    /** One row of one or two labelled fields; {@code second} null makes the first span the row. */
    private void row(Entry first, Entry second) {
        double middle = (left + right) / 2;
        if (boxed) {
            double height = 32;
            sheet.frame(left, y, (second == null ? right : middle) - left, height, 0.7);
            Sheet.Line labelLine = sheet.line(y + 10).left(left + 4, first.label(), Face.SANS, LABEL_SIZE);
            Sheet.Line values = sheet.line(y + 25).left(left + 7, first.value(), valueFace, VALUE_SIZE, first.field());
            if (second != null) {
                sheet.frame(middle, y, right - middle, height, 0.7);
                labelLine.left(middle + 4, second.label(), Face.SANS, LABEL_SIZE);
                values.left(middle + 7, second.value(), valueFace, VALUE_SIZE, second.field());
            }
            y += height;
        } else {
            double baseline = y + 21;
            double firstWidth = labelWidth(first);
            Sheet.Line line = sheet.line(baseline).left(left, first.label() + ":", Face.SANS_BOLD, 8.5)
                    .left(left + firstWidth, first.value(), valueFace, VALUE_SIZE, first.field());
            sheet.rule(left + firstWidth - 3, baseline + 3, (second == null ? right : middle - 14), baseline + 3, 0.5);
            if (second != null) {
                double secondWidth = labelWidth(second);
                line.left(middle, second.label() + ":", Face.SANS_BOLD, 8.5)
                        .left(middle + secondWidth, second.value(), valueFace, VALUE_SIZE, second.field());
                sheet.rule(middle + secondWidth - 3, baseline + 3, right, baseline + 3, 0.5);
            }
            y += 26;
        }
    }

    /** Values start on a common column unless a long label pushes its own value along. */
    private static double labelWidth(Entry entry) {
        return Math.max(92, Face.SANS_BOLD.width(entry.label() + ":", 8.5) + 8);
    }

    private void account() {
        section("2. DESCRIPTION OF LOSS");
        List<String> lines = Typesetting.wrap(String.join(" ", form.account()), right - left - 14, valueFace,
                BODY_SIZE);
        double top = y + 4;
        y = top + 4;
        for (String text : lines) {
            y += BODY_LEADING;
            sheet.line(y).left(left + 7, text, valueFace, BODY_SIZE);
        }
        y += 8;
        sheet.frame(left, top, right - left, y - top, 0.7);
    }

    private void itemTable() {
        section("3. ITEMS CLAIMED");
        double[] edges = {left, left + 30, right - 200, right - 160, right - 85, right};
        double row = 17;
        double top = y + 4;
        y = top;
        sheet.shade(left, y, right - left, row, 0.92);
        sheet.line(y + 12)
                .left(edges[0] + 5, "No.", Face.SANS_BOLD, 8.5)
                .left(edges[1] + 5, "Description", Face.SANS_BOLD, 8.5)
                .right(edges[3] - 5, "Qty", Face.SANS_BOLD, 8.5)
                .right(edges[4] - 5, "Unit price", Face.SANS_BOLD, 8.5)
                .right(edges[5] - 5, "Amount", Face.SANS_BOLD, 8.5);
        y += row;
        Conventions print = form.conventions();
        int number = 1;
        for (LineItem item : form.items()) {
            sheet.rule(left, y, right, y, 0.5);
            sheet.line(y + 12).left(edges[0] + 5, Integer.toString(number++), valueFace, 9.5)
                    .left(edges[1] + 5, item.description(), valueFace, 9.5)
                    .right(edges[3] - 5, Integer.toString(item.quantity()), valueFace, 9.5)
                    .right(edges[4] - 5, print.money(item.unitPrice()), valueFace, 9.5)
                    .right(edges[5] - 5, print.money(item.amount()), valueFace, 9.5);
            y += row;
        }
        for (int i = 1; i < edges.length - 1; i++) {
            sheet.rule(edges[i], top, edges[i], y, 0.5);
        }
        sheet.frame(left, top, right - left, y - top, 0.8);
        sheet.frame(edges[4], y, right - edges[4], row + 2, 1.2);
        sheet.line(y + 13).right(edges[4] - 6, labels.total(), Face.SANS_BOLD, 9.5)
                .right(edges[5] - 5, print.money(form.total()), valueFace.bold(), 10, "total");
        y += row + 2;
    }

    private void payment() {
        section("4. PAYMENT DETAILS");
        Places.BankAccount account = form.bankAccount();
        row(new Entry("Account holder", form.claimantName(), null), new Entry("Bank", account.bank(), null));
        row(new Entry(account.accountLabel(), account.account(), null),
                new Entry(account.branchLabel(), account.branch(), null));
    }

    private void declaration(Random random) {
        section("5. DECLARATION");
        for (String text : Typesetting.wrap(DECLARATION, right - left, Face.SANS, 8.5)) {
            y += 12;
            sheet.line(y).left(left, text, Face.SANS, 8.5);
        }
        y += 40;
        double dateLeft = right - 170;
        Handwriting.signature(sheet, left + 12, y - 5, random);
        sheet.line(y - 5).left(dateLeft + 6, form.dateSignedPrinted(), valueFace, VALUE_SIZE);
        sheet.rule(left, y, left + 230, y, 0.6);
        sheet.rule(dateLeft, y, right, y, 0.6);
        sheet.line(y + 10).left(left, "Signature of claimant", Face.SANS, LABEL_SIZE)
                .left(dateLeft, "Date", Face.SANS, LABEL_SIZE);
        y += 10;
    }

    private void officeUse() {
        y += 18;
        double height = 48;
        sheet.frame(left, y, right - left, height, 0.7);
        sheet.shade(left, y, 120, height, 0.92);
        sheet.line(y + 13).left(left + 6, "FOR OFFICE USE ONLY", Face.SANS_BOLD, 8)
                .left(left + 130, "Received by", Face.SANS, LABEL_SIZE);
        sheet.line(y + 28).left(left + 130, "Assessor", Face.SANS, LABEL_SIZE);
        sheet.line(y + 43).left(left + 130, "Reference", Face.SANS, LABEL_SIZE);
        sheet.stampSpot(right - 90, y + height / 2);
        y += height;
    }

    private void footer() {
        double baseline = sheet.height() - 36;
        sheet.rule(left, baseline - 10, right, baseline - 10, 0.5);
        sheet.line(baseline).left(left, form.insurer() + " - Form " + form.formCode(), Face.SANS, 8)
                .right(right, "Page 1 of 1", Face.SANS, 8);
    }
}

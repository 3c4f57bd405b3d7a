package dev.loupe.media.synth;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lays a claim form out as a two-column grid of boxes with each label printed small above its value, the way
 * forms meant for filling in by hand are printed, with lettered sections and tick-box declarations.
 */
final class ClaimFormGrid {
    private static final double MARGIN = 44;
    private static final double BOX = 30;
    private static final double LABEL_SIZE = 8;

    private final ClaimForm form;
    private final ClaimLabels labels;
    private final Sheet sheet;
    private final Face valueFace;
    private final double valueSize;
    private final double left;
    private final double right;
    private final double middle;
    private double y;

    private ClaimFormGrid(ClaimForm form, List<Face> faces, Random random) {
        this.form = form;
        this.labels = ClaimLabels.random(random);
        this.sheet = new Sheet(form.conventions().pageWidth(), form.conventions().pageHeight());
        this.valueFace = Vocabulary.pick(faces, random);
        this.valueSize = 10 + random.nextInt(3) * 0.5;
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
        this.middle = (left + right) / 2;
    }

    static Sheet layout(ClaimForm form, List<Face> faces, Random random) {
        ClaimFormGrid grid = new ClaimFormGrid(form, faces, random);
        grid.header();
        grid.parties(random);
        grid.account();
        grid.items();
        grid.payment();
        grid.declaration(random);
        grid.footer();
        return grid.sheet;
    }

    private void header() {
        y = 40;
        sheet.shade(left, y, right - left, 42, 0.86);
        sheet.line(y + 20).left(left + 8, form.insurer(), Face.SANS_BOLD, 15)
                .right(right - 8, form.title().toUpperCase(Locale.ROOT), Face.SANS_BOLD, 12);
        sheet.line(y + 35).left(left + 8, String.join(" | ", form.insurerAddress()), Face.SANS, 8)
                .right(right - 8, form.formCode(), Face.SANS, 8);
        y += 42 + 14;
        sheet.line(y).left(left, "Use block capitals. Incomplete forms will delay your claim.", Face.SANS, 8);
        y += 6;
    }

    private void section(String letter, String title, double from, double to) {
        sheet.line(y + 12).left(from, letter + "   " + title, Face.SANS_BOLD, 9.5);
        sheet.rule(from, y + 16, to, y + 16, 1.0);
    }

    private void parties(Random random) {
        y += 8;
        section("A", "POLICYHOLDER", left, middle - 6);
        section("B", "POLICY AND LOSS", middle + 6, right);
        double top = y + 22;
        double width = middle - 6 - left;
        String[] names = form.claimantName().toLowerCase(Locale.ROOT).split(" ");
        String email = names[0].charAt(0) + "." + names[names.length - 1].replaceAll("[^a-z]", "") + "@mailbox.example";
        String time = String.format(Locale.ROOT, "%02d:%02d", 6 + random.nextInt(16), random.nextInt(60));
        String[][] rows = {
            {labels.claimant(), form.claimantName(), "claimant_name", labels.claimNumber(), form.claimNumber(),
                "claim_number"},
            {"Street address", form.claimantAddress().get(0), null, labels.policyNumber(), form.policyNumber(),
                "policy_number"},
            {"Town and postcode", form.claimantAddress().get(1), null, labels.dateOfLoss(), form.dateOfLossPrinted(),
                "date_of_loss"},
            {"Daytime telephone", form.phone(), null, "Time of loss", time, null},
            {"E-mail", email, null, "Cause of loss", form.lossKind(), null},
        };
        // Lines are read across both columns, row by row, as a person reads a grid.
        for (String[] row : rows) {
            sheet.frame(left, top, width, BOX, 0.6);
            sheet.frame(middle + 6, top, width, BOX, 0.6);
            sheet.line(top + 10).left(left + 4, row[0], Face.SANS, LABEL_SIZE)
                    .left(middle + 10, row[3], Face.SANS, LABEL_SIZE);
            sheet.line(top + 24).left(left + 6, row[1], valueFace, valueSize, row[2])
                    .left(middle + 12, row[4], valueFace, valueSize, row[5]);
            top += BOX;
        }
        y = top;
    }

    private void account() {
        y += 12;
        section("C", "WHAT HAPPENED", left, right);
        double top = y + 22;
        List<String> lines = Typesetting.wrap(String.join(" ", form.account()), right - left - 14, valueFace, 9.5);
        double baseline = top + 4;
        for (String text : lines) {
            baseline += 13;
            sheet.line(baseline).left(left + 7, text, valueFace, 9.5);
        }
        double bottom = baseline + 8;
        sheet.frame(left, top, right - left, bottom - top, 0.6);
        y = bottom;
    }

    private void items() {
        y += 12;
        section("D", "ITEMS DAMAGED OR LOST", left, right);
        double top = y + 22;
        double amountRight = right - 6;
        double row = 16;
        sheet.shade(left, top, right - left, row, 0.9);
        sheet.line(top + 11.5).left(left + 6, "Item", Face.SANS_BOLD, 8.5)
                .right(right - 110, "Qty", Face.SANS_BOLD, 8.5).right(amountRight, "Value", Face.SANS_BOLD, 8.5);
        double baseline = top + row;
        Conventions print = form.conventions();
        for (LineItem item : form.items()) {
            sheet.rule(left, baseline, right, baseline, 0.4);
            sheet.line(baseline + 11.5).left(left + 6, item.description(), valueFace, 9.5)
                    .right(right - 110, Integer.toString(item.quantity()), valueFace, 9.5)
                    .right(amountRight, print.money(item.amount()), valueFace, 9.5);
            baseline += row;
        }
        sheet.frame(left, top, right - left, baseline - top, 0.6);
        double boxLeft = right - 170;
        sheet.frame(boxLeft, baseline + 6, right - boxLeft, BOX + 4, 1.2);
        sheet.line(baseline + 17).left(boxLeft + 4, labels.total(), Face.SANS_BOLD, LABEL_SIZE);
        sheet.line(baseline + 33).right(amountRight, print.money(form.total()), valueFace.bold(), valueSize + 1,
                "total");
        y = baseline + 6 + BOX + 4;
    }

    private void payment() {
        y += 10;
        section("E", "HOW WE PAY YOU", left, right);
        Places.BankAccount account = form.bankAccount();
        double top = y + 22;
        double third = (right - left) / 3;
        sheet.frame(left, top, third, BOX, 0.6);
        sheet.frame(left + third, top, third, BOX, 0.6);
        sheet.frame(left + 2 * third, top, third, BOX, 0.6);
        sheet.line(top + 10).left(left + 4, "Bank", Face.SANS, LABEL_SIZE)
                .left(left + third + 4, account.accountLabel(), Face.SANS, LABEL_SIZE)
                .left(left + 2 * third + 4, account.branchLabel(), Face.SANS, LABEL_SIZE);
        sheet.line(top + 24).left(left + 6, account.bank(), valueFace, 9)
                .left(left + third + 6, account.account(), valueFace, 9)
                .left(left + 2 * third + 6, account.branch(), valueFace, 9);
        y = top + BOX;
    }

    private void declaration(Random random) {
        y += 10;
        section("F", "DECLARATION", left, right);
        double baseline = y + 32;
        for (String statement : List.of("I confirm the details above are true and complete.",
                "I agree that you may contact the people and firms named to check this claim.")) {
            sheet.frame(left, baseline - 8, 9, 9, 0.7);
            Handwriting.tick(sheet, left + 1, baseline - 4, random);
            sheet.line(baseline).left(left + 16, statement, Face.SANS, 8.5);
            baseline += 14;
        }
        baseline += 28;
        Handwriting.signature(sheet, left + 10, baseline - 4, random);
        sheet.rule(left, baseline, left + 220, baseline, 0.6);
        double dateLeft = right - 160;
        sheet.line(baseline - 4).left(dateLeft + 4, form.dateSignedPrinted(), valueFace, valueSize);
        sheet.rule(dateLeft, baseline, right, baseline, 0.6);
        sheet.line(baseline + 10).left(left, "Signature", Face.SANS, LABEL_SIZE)
                .left(dateLeft, "Date signed", Face.SANS, LABEL_SIZE);
        sheet.stampSpot(middle + 10, baseline + 40);
        y = baseline + 10;
    }

    private void footer() {
        double baseline = sheet.height() - 34;
        sheet.line(baseline).left(left, form.formCode() + " - " + form.insurer(), Face.SANS, 8)
                .right(right, "1/1", Face.SANS, 8);
    }
}

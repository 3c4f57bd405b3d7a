package dev.loupe.media.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Lays a claim out as a compact notification of loss: a letter-like page with short "Claim ref:" labels on
 * the same line as their values, a few paragraphs, the items with their values and a signed close.
 */
final class LossNotice {
    private static final double MARGIN = 62;
    private static final double SIZE = 10;
    private static final double LEADING = 14;

    private final ClaimForm form;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    private LossNotice(ClaimForm form, List<Face> faces, Random random) {
        this.form = form;
        this.sheet = new Sheet(form.conventions().pageWidth(), form.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static Sheet layout(ClaimForm form, List<Face> faces, Random random) {
        LossNotice notice = new LossNotice(form, faces, random);
        notice.letterhead(random);
        notice.references(random);
        notice.body();
        notice.items(random);
        notice.close(random);
        return notice.sheet;
    }

    private void letterhead(Random random) {
        y = 66;
        sheet.line(y).left(left, form.insurer(), face.bold(), 14).right(right, form.insurerAddress().get(0), face, 8.5);
        y += 12;
        sheet.line(y).left(left, "Claims Department", face, 9).right(right, form.insurerAddress().get(1), face, 8.5);
        y += 8;
        sheet.rule(left, y, right, y, 0.8);
        y += 30;
        String title = Vocabulary.pick(List.of("NOTIFICATION OF LOSS", "Notice of Loss", "LOSS ADVICE",
                "First Notification of Loss"), random);
        sheet.line(y).left(left, title, face.bold(), 13);
        y += 10;
    }

    private void references(Random random) {
        LocalDate reported = form.dateOfLoss().plusDays(1 + random.nextInt(6));
        String[][] rows = {
            {Vocabulary.pick(random, "Claim ref:", "Claim no:", "Our ref:"), form.claimNumber(), "claim_number"},
            {Vocabulary.pick(random, "Policy:", "Policy no:", "Your policy:"), form.policyNumber(), "policy_number"},
            {Vocabulary.pick(random, "Insured:", "Policyholder:", "Claimant:"), form.claimantName(), "claimant_name"},
            {Vocabulary.pick(random, "Loss date:", "Date of loss:", "Incident date:"), form.dateOfLossPrinted(), "date_of_loss"},
            {Vocabulary.pick(random, "Reported:", "Date notified:"), form.conventions().date(reported), null},
            {"Cause:", form.lossKind(), null},
        };
        double column = left + 96;
        for (String[] row : rows) {
            y += LEADING + 1;
            sheet.line(y).left(left, row[0], face.bold(), SIZE).left(column, row[1], face, SIZE + 0.5, row[2]);
        }
        y += 12;
    }

    private void body() {
        y += LEADING;
        sheet.line(y).left(left, "Dear Claims Team,", face, SIZE);
        y += 6;
        String text = "I am writing to tell you about a loss covered by the policy above. "
                + String.join(" ", form.account());
        for (String line : Typesetting.wrap(text, right - left, face, SIZE)) {
            y += LEADING;
            sheet.line(y).left(left, line, face, SIZE);
        }
        y += 8;
    }

    private void items(Random random) {
        Conventions print = form.conventions();
        y += LEADING;
        sheet.line(y).left(left, "Items affected and their value:", face, SIZE);
        for (LineItem item : form.items()) {
            y += LEADING;
            String description = item.quantity() == 1 ? item.description()
                    : item.quantity() + " x " + item.description();
            sheet.line(y).left(left + 14, "- " + description, face, SIZE).right(right, print.money(item.amount()),
                    face, SIZE);
        }
        y += 6;
        sheet.rule(right - 150, y, right, y, 0.6);
        y += LEADING + 2;
        String label = Vocabulary.pick(random, "Estimated amount of loss:", "Total claim:", "Amount claimed:", "Total due:");
        sheet.line(y).left(left, label, face.bold(), SIZE + 0.5)
                .right(right, print.money(form.total()), face.bold(), SIZE + 1, "total");
        y += 10;
    }

    private void close(Random random) {
        y += LEADING * 2;
        sheet.line(y).left(left, Vocabulary.pick(random, "Yours faithfully,", "Kind regards,", "Sincerely,"), face, SIZE);
        y += 36;
        Handwriting.signature(sheet, left, y - 6, random);
        y += 8;
        sheet.line(y).left(left, form.claimantName(), face, SIZE);
        y += LEADING;
        sheet.line(y).labelled(left, "Date:", form.dateSignedPrinted(), face, SIZE, null);
        sheet.stampSpot(right - 80, y - 20);
        double baseline = sheet.height() - 36;
        sheet.line(baseline).center(sheet.width() / 2, "Please quote your claim reference on all correspondence.",
                face, 8);
    }
}

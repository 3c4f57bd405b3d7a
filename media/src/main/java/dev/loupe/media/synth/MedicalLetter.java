package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * Lays a medical report out as a letter from the clinic: short "Patient:" labels on the same line as their
 * values, the visit in a few paragraphs, the charges listed with their codes and a total, and a signed close.
 */
final class MedicalLetter {
    private static final double MARGIN = 62;
    private static final double SIZE = 10;
    private static final double LEADING = 14;

    private final MedicalReport report;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    private MedicalLetter(MedicalReport report, List<Face> faces, Random random) {
        this.report = report;
        this.sheet = new Sheet(report.conventions().pageWidth(), report.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static Sheet layout(MedicalReport report, List<Face> faces, Random random) {
        MedicalLetter letter = new MedicalLetter(report, faces, random);
        letter.letterhead();
        letter.details(random);
        letter.body(random);
        letter.charges();
        letter.close(random);
        return letter.sheet;
    }

    private void letterhead() {
        y = 64;
        sheet.line(y).left(left, report.clinic(), face.bold(), 14).right(right, report.clinicAddress().get(0), face,
                8.5);
        y += 12;
        sheet.line(y).left(left, "Tel " + report.phone(), face, 9).right(right, report.clinicAddress().get(1), face,
                8.5);
        y += 8;
        sheet.rule(left, y, right, y, 0.8);
        y += 28;
        sheet.line(y).right(right, report.reportDatePrinted(), face, SIZE);
        y += 22;
        sheet.line(y).left(left, report.title(), face.bold(), 12);
        y += 6;
    }

    private void details(Random random) {
        String[][] rows = {
            {Vocabulary.pick(random, "Patient:", "Re:", "Patient name:"), report.patientName(), "patient_name"},
            {Vocabulary.pick(random, "Date of birth:", "DOB:", "D.O.B.:"), report.dateOfBirthPrinted(), null},
            {report.patientNumberLabel() + ":", report.patientNumber(), null},
            {report.serviceLabel() + ":", report.dateOfServicePrinted(), "date_of_service"},
        };
        double column = left + 96;
        for (String[] row : rows) {
            column = Math.max(column, left + face.bold().width(row[0], SIZE) + 12);
        }
        for (String[] row : rows) {
            y += LEADING + 1;
            sheet.line(y).left(left, row[0], face.bold(), SIZE).left(column, row[1], face, SIZE + 0.5, row[2]);
        }
        y += 10;
    }

    private void body(Random random) {
        y += LEADING;
        sheet.line(y).left(left, Vocabulary.pick(random, "To whom it may concern,", "Dear Sir or Madam,",
                "Dear Colleague,"), face, SIZE);
        y += 4;
        paragraph("The patient named above attended on the date shown and was seen by "
                + report.clinician() + ". Our findings and the charges for the visit follow.");
        for (String[] note : report.notes()) {
            paragraph(note[0] + ": " + note[1]);
        }
    }

    private void paragraph(String text) {
        for (String line : Typesetting.wrap(text, right - left, face, SIZE)) {
            y += LEADING;
            sheet.line(y).left(left, line, face, SIZE);
        }
        y += 4;
    }

    private void charges() {
        Conventions print = report.conventions();
        y += LEADING;
        sheet.line(y).left(left, "Charges for this visit:", face.bold(), SIZE);
        for (MedicalReport.Charge charge : report.charges()) {
            LineItem item = charge.item();
            y += LEADING;
            String description = item.quantity() == 1 ? item.description()
                    : item.description() + " x " + item.quantity();
            sheet.line(y).left(left + 12, charge.code(), face, SIZE).left(left + 70, description, face, SIZE)
                    .right(right, print.money(item.amount()), face, SIZE);
        }
        y += 6;
        sheet.rule(right - 150, y, right, y, 0.6);
        y += LEADING + 2;
        sheet.line(y).left(left, report.totalLabel() + ":", face.bold(), SIZE + 0.5)
                .right(right, print.money(report.total()), face.bold(), SIZE + 1, "total");
        y += 10;
    }

    private void close(Random random) {
        y += LEADING * 2;
        sheet.line(y).left(left, Vocabulary.pick(random, "Yours sincerely,", "Yours faithfully,", "Kind regards,"),
                face, SIZE);
        y += 36;
        Handwriting.signature(sheet, left, y - 6, random);
        y += 8;
        sheet.line(y).left(left, report.clinician(), face, SIZE);
        y += LEADING;
        sheet.line(y).left(left, report.practice().signatory + ", " + report.clinic(), face, SIZE - 1);
        sheet.stampSpot(right - 90, y - 24);
        double baseline = sheet.height() - 36;
        sheet.line(baseline).center(sheet.width() / 2,
                "Please quote the patient's name and number with any payment or enquiry.", face, 8);
    }
}

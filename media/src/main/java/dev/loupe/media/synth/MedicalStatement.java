package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * Lays a medical report out as a clinic's statement form: a centred letterhead, the patient's details in a frame,
 * the clinical notes under a grey bar, a coded table of charges with its total and the clinician's signature.
 */
final class MedicalStatement {
    private static final double MARGIN = 50;
    private static final double LABEL_SIZE = 8.5;
    private static final double SIZE = 9.5;
    private static final double LEADING = 12;
    private static final double ROW = 16;

    private final MedicalReport report;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    private MedicalStatement(MedicalReport report, List<Face> faces, Random random) {
        this.report = report;
        this.sheet = new Sheet(report.conventions().pageWidth(), report.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static Sheet layout(MedicalReport report, List<Face> faces, Random random) {
        MedicalStatement statement = new MedicalStatement(report, faces, random);
        statement.letterhead();
        statement.patient(random);
        statement.notes(random);
        statement.charges(random);
        statement.signature(random);
        statement.footer();
        return statement.sheet;
    }

    private void letterhead() {
        double middle = sheet.width() / 2;
        y = 60;
        sheet.line(y).center(middle, report.clinic(), face.bold(), 16);
        y += 14;
        sheet.line(y).center(middle, String.join(", ", report.clinicAddress()) + "  |  Tel " + report.phone(), face,
                8.5);
        y += 8;
        sheet.rule(left, y, right, y, 1.0);
        y += 26;
        String dated = "Printed " + report.reportDatePrinted();
        sheet.line(y).left(left, report.title(), face.bold(), 12).right(right, dated, face, 8.5);
        y += 10;
    }

    /** The patient's details in two framed columns: name and birth date, then number and the day of the visit. */
    private void patient(Random random) {
        String[][] rows = {
            {Vocabulary.pick(random, "Patient name", "Patient", "Name"), report.patientName(), "patient_name",
                Vocabulary.pick(random, "Date of birth", "DOB", "Born"), report.dateOfBirthPrinted(), null},
            {report.patientNumberLabel(), report.patientNumber(), null,
                report.serviceLabel(), report.dateOfServicePrinted(), "date_of_service"},
            {Vocabulary.pick(random, "Seen by", "Clinician", "Treating doctor"), report.clinician(), null,
                null, null, null},
        };
        double middle = (left + right) / 2;
        double top = y;
        for (String[] row : rows) {
            y += 20;
            Sheet.Line line = sheet.line(y);
            entry(line, left + 8, row[0], row[1], row[2]);
            if (row[3] != null) {
                entry(line, middle + 8, row[3], row[4], row[5]);
            }
        }
        y += 10;
        sheet.frame(left, top, right - left, y - top, 0.8);
    }

    /** A label and its value; values start on a common column unless a long label pushes its own value along. */
    private void entry(Sheet.Line line, double x, String label, String value, String field) {
        double width = Math.max(86, face.bold().width(label + ":", LABEL_SIZE) + 8);
        line.left(x, label + ":", face.bold(), LABEL_SIZE).left(x + width, value, face, 10, field);
    }

    private void section(String title) {
        y += 16;
        sheet.shade(left, y, right - left, 15, 0.85);
        sheet.line(y + 11).left(left + 5, title, face.bold(), 9);
        y += 15;
    }

    private void notes(Random random) {
        section(Vocabulary.pick(random, "CLINICAL SUMMARY", "Clinical notes", "ASSESSMENT AND TREATMENT"));
        double column = left + 80;
        for (String[] note : report.notes()) {
            y += 4;
            List<String> lines = Typesetting.wrap(note[1], right - column, face, SIZE);
            for (int i = 0; i < lines.size(); i++) {
                y += LEADING;
                Sheet.Line line = sheet.line(y);
                if (i == 0) {
                    line.left(left + 5, note[0] + ":", face.bold(), LABEL_SIZE);
                }
                line.left(column, lines.get(i), face, SIZE);
            }
        }
    }

    private void charges(Random random) {
        section(Vocabulary.pick(random, "CHARGES", "Account", "FEES FOR SERVICES"));
        Conventions print = report.conventions();
        double code = left + 6;
        double description = left + 62;
        double quantity = right - 110;
        double fee = right - 6;
        y += 4;
        sheet.line(y + 11).left(code, "Code", face.bold(), LABEL_SIZE).left(description, "Description", face.bold(),
                LABEL_SIZE).right(quantity, "Qty", face.bold(), LABEL_SIZE).right(fee, "Fee", face.bold(), LABEL_SIZE);
        y += ROW;
        sheet.rule(left, y, right, y, 0.8);
        for (MedicalReport.Charge charge : report.charges()) {
            LineItem item = charge.item();
            sheet.line(y + 12).left(code, charge.code(), face, SIZE).left(description, item.description(), face, SIZE)
                    .right(quantity, Integer.toString(item.quantity()), face, SIZE)
                    .right(fee, print.money(item.amount()), face, SIZE);
            y += ROW;
            sheet.rule(left, y, right, y, 0.3);
        }
        y += 20;
        sheet.line(y).left(right - 230, report.totalLabel(), face.bold(), 11)
                .right(fee, print.money(report.total()), face.bold(), 11, "total");
        y += 5;
        sheet.rule(right - 230, y, right, y, 1.0);
    }

    private void signature(Random random) {
        y += 56;
        Handwriting.signature(sheet, left + 6, y - 4, random);
        sheet.rule(left, y, left + 220, y, 0.6);
        y += 12;
        sheet.line(y).left(left, report.clinician(), face, SIZE);
        y += 12;
        sheet.line(y).left(left, report.practice().signatory, face, LABEL_SIZE);
        sheet.stampSpot(right - 110, y - 24);
    }

    private void footer() {
        double baseline = sheet.height() - 40;
        sheet.rule(left, baseline - 11, right, baseline - 11, 0.5);
        sheet.line(baseline).center(sheet.width() / 2, "This statement is issued at the patient's request for "
                + "insurance purposes. Please quote the patient number on all enquiries.", face, 7.5);
    }
}

package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * Lays a police report out as the typed extract a records office sends an insurer: a centred crest and heading,
 * "Label: value" lines, each person and vehicle as a short paragraph, the summary and the releasing officer.
 */
final class PoliceReportExtract {
    private static final double MARGIN = 60;
    private static final double SIZE = 9.5;
    private static final double LEADING = 13.5;

    private final PoliceReport report;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    private PoliceReportExtract(PoliceReport report, List<Face> faces, Random random) {
        this.report = report;
        this.sheet = new Sheet(report.conventions().pageWidth(), report.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static List<Sheet> layout(PoliceReport report, List<Face> faces, Random random) {
        PoliceReportExtract extract = new PoliceReportExtract(report, faces, random);
        extract.heading(random);
        extract.details();
        extract.persons();
        extract.vehicles();
        extract.summary();
        extract.release(random);
        return PolicePages.pages(extract.sheet, report, extract.face, random);
    }

    private void heading(Random random) {
        double middle = sheet.width() / 2;
        PolicePages.crest(sheet, middle - 18, 34, 36);
        y = 88;
        sheet.line(y).center(middle, report.service(), face.bold(), 13);
        y += 13;
        sheet.line(y).center(middle, String.join(", ", report.stationAddress()), face, 8.5);
        y += 22;
        sheet.line(y).center(middle, Vocabulary.pick(random, "POLICE INCIDENT REPORT EXTRACT",
                "Collision Report - Extract for Insurance Purposes", "REPORT OF CRIME - EXTRACT",
                "Statement of Facts"), face.bold(), 11.5);
        y += 8;
        sheet.rule(left, y, right, y, 0.8);
        y += 6;
    }

    private void details() {
        String[][] rows = {
            {"Report number:", report.reportNumber()},
            {"Nature of incident:", report.incident()},
            {"Date and time:", report.datePrinted() + " at " + report.time()},
            {"Location:", report.location()},
            {"Date reported:", report.reportedPrinted()},
            {"Officer in case:", report.officer() + " (badge " + report.badge() + ")"},
        };
        double column = left + 112;
        for (String[] row : rows) {
            y += LEADING;
            sheet.line(y).left(left, row[0], face.bold(), SIZE).left(column, row[1], face, SIZE);
        }
        y += 8;
    }

    private void heading(String title) {
        y += LEADING + 4;
        sheet.line(y).left(left, title, face.bold(), SIZE + 0.5);
        y += 2;
    }

    private void persons() {
        heading("Persons involved");
        for (PoliceReport.Person person : report.persons()) {
            String text = person.role() + ": " + person.name() + ", born " + person.birthPrinted() + ", of "
                    + String.join(", ", person.address()) + ". Tel. " + person.phone() + "."
                    + (person.licence() == null ? "" : " Driving licence no. " + person.licence() + ".");
            paragraph(text, left + 12);
        }
    }

    private void vehicles() {
        if (report.vehicles().isEmpty()) {
            return;
        }
        heading("Vehicles");
        int number = 1;
        for (PoliceReport.Vehicle vehicle : report.vehicles()) {
            paragraph("Vehicle " + number++ + ": " + vehicle.colour() + " " + vehicle.make() + ", registration "
                    + vehicle.registration() + ". Damage: " + vehicle.damage() + ".", left + 12);
        }
    }

    private void summary() {
        heading("Summary of incident");
        paragraph(String.join(" ", report.narrative()), left);
        if (!report.continuation().isEmpty()) {
            paragraph("Continued overleaf.", left);
        }
    }

    private void paragraph(String text, double from) {
        for (String line : Typesetting.wrap(text, right - from, face, SIZE)) {
            y += LEADING;
            sheet.line(y).left(from, line, face, SIZE);
        }
        y += 3;
    }

    private void release(Random random) {
        y += LEADING * 2;
        sheet.line(y).left(left, "This extract is supplied for insurance purposes and is a true record of the "
                + "report held.", face, 8.5);
        y += 44;
        Handwriting.signature(sheet, left, y - 4, random);
        sheet.rule(left, y, left + 210, y, 0.6);
        sheet.stampSpot(right - 110, y - 24);
        y += 12;
        sheet.line(y).left(left, Vocabulary.pick(random, "Records Officer", "Authorised Officer",
                "for the Chief Constable", "Information Release Unit"), face, 9);
        double baseline = sheet.height() - 40;
        int pages = report.continuation().isEmpty() ? 1 : 2;
        sheet.line(baseline).left(left, "Ref " + report.reportNumber(), face, 8)
                .right(right, "Page 1 of " + pages, face, 8);
    }
}

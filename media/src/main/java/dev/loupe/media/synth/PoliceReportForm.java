package dev.loupe.media.synth;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lays a police report out as the service's boxed incident form: crest and title, the references in a row of
 * boxes, a block of boxes per person, a table of vehicles, the officer's account in a frame and the officer's sign-off.
 */
final class PoliceReportForm {
    private static final double MARGIN = 44;
    private static final double LABEL_SIZE = 6.5;
    private static final double VALUE_SIZE = 9.5;
    private static final double BOX = 26;

    private final PoliceReport report;
    private final Sheet sheet;
    private final Face face;
    private final double left;
    private final double right;
    private double y;

    /** One box of a row: its label, its value and its share of the row's width. */
    private record Cell(String label, String value, double share) {
    }

    private PoliceReportForm(PoliceReport report, List<Face> faces, Random random) {
        this.report = report;
        this.sheet = new Sheet(report.conventions().pageWidth(), report.conventions().pageHeight());
        this.face = Vocabulary.pick(faces, random);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static List<Sheet> layout(PoliceReport report, List<Face> faces, Random random) {
        PoliceReportForm form = new PoliceReportForm(report, faces, random);
        form.header(random);
        form.references();
        form.persons();
        form.vehicles();
        form.account();
        form.officer(random);
        form.footer();
        return PolicePages.pages(form.sheet, report, form.face, random);
    }

    private void header(Random random) {
        y = 40;
        PolicePages.crest(sheet, left, y, 46);
        String title = Vocabulary.pick(random, "INCIDENT REPORT", "TRAFFIC ACCIDENT REPORT", "CRIME REPORT",
                "OCCURRENCE REPORT");
        sheet.line(y + 16).left(left + 58, report.service().toUpperCase(Locale.ROOT), Face.SANS_BOLD, 13);
        sheet.line(y + 31).left(left + 58, title, Face.SANS_BOLD, 11).right(right, "Form " + report.offenceCode(),
                Face.SANS, 7.5);
        sheet.line(y + 43).left(left + 58, String.join(", ", report.stationAddress()) + "  Tel. "
                + report.stationPhone(), Face.SANS, 7.5);
        y += 54;
        sheet.rule(left, y, right, y, 1.4);
        y += 8;
    }

    private void references() {
        row(new Cell("Report / incident no.", report.reportNumber(), 0.3),
                new Cell("Date of incident", report.datePrinted(), 0.25),
                new Cell("Time", report.time(), 0.15),
                new Cell("Date reported", report.reportedPrinted(), 0.3));
        row(new Cell("Location of incident", report.location(), 0.7),
                new Cell("Type of incident", report.incident(), 0.3));
    }

    private void section(String title) {
        y += 8;
        sheet.shade(left, y, right - left, 14, 0.8);
        sheet.line(y + 10.5).left(left + 5, title, Face.SANS_BOLD, 8.5);
        y += 14;
    }

    private void persons() {
        section("PERSONS INVOLVED");
        for (PoliceReport.Person person : report.persons()) {
            row(new Cell("Role", person.role(), 0.14), new Cell("Full name", person.name(), 0.38),
                    new Cell("Date of birth", person.birthPrinted(), 0.2), new Cell("Telephone", person.phone(), 0.28));
            row(new Cell("Address", String.join(", ", person.address()), 0.66),
                    new Cell("Driving licence no.", person.licence() == null ? "-" : person.licence(), 0.34));
            y += 4;
        }
    }

    private void vehicles() {
        section("VEHICLES");
        if (report.vehicles().isEmpty()) {
            sheet.line(y + 14).left(left + 5, "No vehicles involved.", face, VALUE_SIZE);
            y += 20;
            return;
        }
        double[] edges = {left, left + 50, left + 150, left + 290, left + 370, right};
        String[] heads = {"Veh.", "Registration", "Make / model", "Colour", "Damage"};
        double top = y;
        Sheet.Line head = sheet.line(y + 11);
        for (int i = 0; i < heads.length; i++) {
            head.left(edges[i] + 4, heads[i], Face.SANS_BOLD, 8);
        }
        y += 15;
        int number = 1;
        for (PoliceReport.Vehicle vehicle : report.vehicles()) {
            sheet.rule(left, y, right, y, 0.5);
            String[] values = {Integer.toString(number++), vehicle.registration(), vehicle.make(), vehicle.colour(),
                vehicle.damage()};
            Sheet.Line line = sheet.line(y + 13);
            for (int i = 0; i < values.length; i++) {
                line.left(edges[i] + 4, values[i], face, fit(values[i], edges[i + 1] - edges[i] - 8));
            }
            y += 18;
        }
        for (int i = 1; i < edges.length - 1; i++) {
            sheet.rule(edges[i], top, edges[i], y, 0.5);
        }
        sheet.frame(left, top, right - left, y - top, 0.8);
    }

    private void account() {
        section("OFFICER'S ACCOUNT OF THE INCIDENT");
        double top = y;
        y += 4;
        for (String text : Typesetting.wrap(String.join(" ", report.narrative()), right - left - 12, face, 9.5)) {
            y += 13;
            sheet.line(y).left(left + 6, text, face, 9.5);
        }
        if (!report.continuation().isEmpty()) {
            y += 13;
            sheet.line(y).left(left + 6, "(continued on the next sheet)", face, 8.5);
        }
        y += 8;
        sheet.frame(left, top, right - left, y - top, 0.7);
    }

    private void officer(Random random) {
        section("REPORTING OFFICER");
        double signatureLeft = left + (right - left) * 0.62;
        row(new Cell("Name and rank", report.officer(), 0.4), new Cell("Badge / collar no.", report.badge(), 0.22),
                new Cell("Signature", "", 0.38));
        Handwriting.signature(sheet, signatureLeft + 50, y + 1, random);
        sheet.stampSpot(right - 100, y + 40);
    }

    private void footer() {
        double baseline = sheet.height() - 40;
        sheet.rule(left, baseline - 10, right, baseline - 10, 0.5);
        int pages = report.continuation().isEmpty() ? 1 : 2;
        sheet.line(baseline).left(left, "Released to the parties for insurance purposes only.", Face.SANS, 7.5)
                .right(right, "Page 1 of " + pages, Face.SANS, 7.5);
    }

    /** A row of labelled boxes across the form, each as wide as its share; long values print smaller to fit. */
    private void row(Cell... cells) {
        Sheet.Line labels = sheet.line(y + 8.5);
        Sheet.Line values = sheet.line(y + 21);
        double x = left;
        for (Cell cell : cells) {
            double width = (right - left) * cell.share();
            sheet.frame(x, y, width, BOX, 0.6);
            labels.left(x + 3, cell.label(), Face.SANS, LABEL_SIZE);
            if (!cell.value().isEmpty()) {
                values.left(x + 5, cell.value(), face, fit(cell.value(), width - 10));
            }
            x += width;
        }
        y += BOX;
    }

    private double fit(String value, double width) {
        return Math.min(VALUE_SIZE, VALUE_SIZE * width / face.width(value, VALUE_SIZE));
    }
}

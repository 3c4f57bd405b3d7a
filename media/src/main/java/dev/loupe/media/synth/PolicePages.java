package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/** What both police report layouts print alike: the service's crest and the continuation sheet of a long report. */
final class PolicePages {
    private PolicePages() {
    }

    /** A shield-like badge in a square frame, as a photocopied crest looks: outlines and a shaded heart. */
    static void crest(Sheet sheet, double x, double y, double size) {
        sheet.frame(x, y, size, size, 1.2);
        double inset = size * 0.18;
        sheet.frame(x + inset, y + inset, size - 2 * inset, size - 2 * inset * 1.3, 0.8);
        sheet.shade(x + size * 0.38, y + size * 0.3, size * 0.24, size * 0.3, 0.45);
        sheet.rule(x + inset, y + size / 2, x + size / 2, y + size - inset * 0.6, 0.8);
        sheet.rule(x + size - inset, y + size / 2, x + size / 2, y + size - inset * 0.6, 0.8);
    }

    /** A continuation sheet: the report's reference, the rest of the officer's account and a signed close. */
    static Sheet continuation(PoliceReport report, Face face, Random random) {
        Sheet sheet = new Sheet(report.conventions().pageWidth(), report.conventions().pageHeight());
        double left = 56;
        double right = sheet.width() - 56;
        double y = 60;
        sheet.line(y).left(left, report.service(), face.bold(), 12)
                .right(right, Vocabulary.pick(random, "CONTINUATION SHEET", "Continuation", "Page 2"), face.bold(), 10);
        y += 14;
        sheet.line(y).labelled(left, "Report no.", report.reportNumber(), face, 9, null)
                .right(right, report.incident(), face, 9);
        y += 8;
        sheet.rule(left, y, right, y, 0.8);
        y += 24;
        sheet.line(y).left(left, "Account continued", face.bold(), 10);
        for (String text : Typesetting.wrap(String.join(" ", report.continuation()), right - left, face, 10)) {
            y += 14;
            sheet.line(y).left(left, text, face, 10);
        }
        y += 28;
        sheet.line(y).left(left, "Further action", face.bold(), 10);
        y += 14;
        sheet.line(y).left(left, Vocabulary.pick(random, "No further action at this time.",
                "Filed pending further information.", "Referred to the investigating team.",
                "Details released to the parties' insurers on request."), face, 10);
        y += 50;
        Handwriting.signature(sheet, left, y - 4, random);
        sheet.rule(left, y, left + 200, y, 0.6);
        y += 12;
        sheet.line(y).left(left, report.officer() + ", badge " + report.badge(), face, 9);
        sheet.stampSpot(right - 90, y - 30);
        sheet.line(sheet.height() - 40).left(left, "Ref " + report.reportNumber(), face, 8)
                .right(right, "Page 2 of 2", face, 8);
        return sheet;
    }

    /** The report's pages: the first, and the continuation sheet when the report runs on. */
    static List<Sheet> pages(Sheet first, PoliceReport report, Face face, Random random) {
        return report.continuation().isEmpty() ? List.of(first) : List.of(first, continuation(report, face, random));
    }
}

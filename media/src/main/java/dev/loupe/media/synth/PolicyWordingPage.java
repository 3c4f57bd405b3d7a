package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays out a page from the middle of a policy wording, as claimants send when they quote their cover: a running
 * head, a section title, numbered clauses of what is and is not covered, and the page number.
 */
final class PolicyWordingPage {
    private static final double MARGIN = 60;
    private static final double SIZE = 9;
    private static final double LEADING = 12;

    private static final List<String> COVERED = List.of(
            "We will pay for loss of or damage to your contents caused by fire, smoke, lightning, explosion or earthquake.",
            "We will pay for loss or damage caused by storm or flood, but not by frost or by water rising slowly.",
            "We will pay for loss or damage caused by theft or attempted theft, provided force was used to enter.",
            "We will pay for loss or damage caused by water escaping from a fixed water or heating installation.",
            "We will pay the cost of alternative accommodation while your home cannot be lived in, up to the limit.",
            "We will pay for accidental breakage of mirrors, fixed glass and ceramic hobs in your home.",
            "We will pay for loss or damage caused by impact from a vehicle, aircraft, falling tree or aerial.");
    private static final List<String> EXCLUDED = List.of(
            "the excess shown in your schedule;",
            "loss or damage that happens gradually, including wear and tear, rot and damp;",
            "loss or damage while your home is unoccupied for more than 60 days in a row;",
            "theft by any person lawfully in your home, unless force was used to enter;",
            "any reduction in value following repair or replacement;",
            "loss or damage caused deliberately by you or a member of your family;",
            "the cost of replacing undamaged items that form part of a set or suite.");

    private PolicyWordingPage() {
    }

    static Sheet layout(Conventions conventions, List<Face> faces, Random random) {
        Face face = Vocabulary.pick(faces, random);
        Sheet sheet = new Sheet(conventions.pageWidth(), conventions.pageHeight());
        double left = MARGIN;
        double right = sheet.width() - MARGIN;
        String insurer = Places.insurer(conventions.region(), random);
        String product = Vocabulary.pick(random, "Home Insurance", "Home and Contents Policy", "Motor Insurance",
                "Household Policy");
        double y = 48;
        sheet.line(y).left(left, insurer, face, 8).right(right, product + " - Policy wording", face, 8);
        y += 6;
        sheet.rule(left, y, right, y, 0.5);
        int section = 2 + random.nextInt(6);
        y += 34;
        sheet.line(y).left(left, "Section " + section + " - " + Vocabulary.pick(random, "Contents", "Buildings",
                "Your vehicle", "Personal possessions"), face.bold(), 14);
        y += 24;
        sheet.line(y).left(left, "What is covered", face.bold(), 10.5);
        y += 4;
        List<String> covered = new ArrayList<>(COVERED);
        int number = 1;
        for (int i = 0; i < 4 + random.nextInt(3); i++) {
            String clause = covered.remove(random.nextInt(covered.size()));
            y = clause(sheet, face, left, right, y, section + "." + number++, clause);
        }
        y += 16;
        sheet.line(y).left(left, "What is not covered", face.bold(), 10.5);
        y += 4;
        y += LEADING;
        sheet.line(y).left(left, "Under this section we will not pay for:", face, SIZE);
        List<String> excluded = new ArrayList<>(EXCLUDED);
        for (int i = 0; i < 4 + random.nextInt(3); i++) {
            y = clause(sheet, face, left, right, y, "-", excluded.remove(random.nextInt(excluded.size())));
        }
        y += 16;
        sheet.line(y).left(left, Vocabulary.pick(random, "The most we will pay for any one claim is shown in your "
                + "schedule.", "Please read this section together with the general conditions and exclusions."),
                face, SIZE);
        int page = 8 + random.nextInt(30);
        sheet.line(sheet.height() - 42).left(left, "Ref " + Places.letters(2, random) + "-" + Places.digits(4, random)
                + "/" + (2019 + random.nextInt(6)), face, 7.5).right(right, "Page " + page + " of " + (page + 12
                + random.nextInt(20)), face, 7.5);
        return sheet;
    }

    /** A numbered clause with its text hanging indented beside the number; the baseline it ends on. */
    private static double clause(Sheet sheet, Face face, double left, double right, double y, String number,
            String text) {
        double indent = left + 30;
        List<String> lines = Typesetting.wrap(text, right - indent, face, SIZE);
        y += 6;
        for (int i = 0; i < lines.size(); i++) {
            y += LEADING;
            Sheet.Line line = sheet.line(y);
            if (i == 0) {
                line.left(left, number, face.bold(), SIZE);
            }
            line.left(indent, lines.get(i), face, SIZE);
        }
        return y;
    }
}

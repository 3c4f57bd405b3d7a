package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays a letter out as it is posted: a firm's letterhead or a private sender's address at the top right, the date,
 * the recipient's address, references, the salutation, paragraphs and a signed close, running on to a second page
 * with a continuation header where the letter has one.
 */
final class LetterLayout {
    private static final double MARGIN = 64;
    private static final double SIZE = 10.5;
    private static final double LEADING = 14.5;
    /** Where text stops on a page, above the footer. */
    private static final double BOTTOM_ROOM = 80;
    /** The close, signature and name need this much room below the last paragraph. */
    private static final double CLOSE = 96;

    private final Letter letter;
    private final List<Sheet> pages = new ArrayList<>();
    private final Face face;
    private final double left;
    private final double right;
    private Sheet sheet;
    private double y;

    private LetterLayout(Letter letter, List<Face> faces, Random random) {
        this.letter = letter;
        this.face = Vocabulary.pick(faces, random);
        this.sheet = new Sheet(letter.conventions().pageWidth(), letter.conventions().pageHeight());
        this.pages.add(sheet);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static List<Sheet> layout(Letter letter, List<Face> faces, boolean twoPages, Random random) {
        LetterLayout layout = new LetterLayout(letter, faces, random);
        if (letter.organisation()) {
            layout.letterhead(random);
        } else {
            layout.senderBlock();
        }
        layout.recipient(random);
        layout.body(twoPages);
        layout.close(random);
        return List.copyOf(layout.pages);
    }

    private void letterhead(Random random) {
        y = 58;
        boolean centred = random.nextBoolean();
        double middle = sheet.width() / 2;
        String address = String.join(", ", letter.senderAddress()) + "  |  Tel. " + letter.senderPhone();
        if (centred) {
            sheet.line(y).center(middle, letter.sender(), face.bold(), 17);
            y += 14;
            sheet.line(y).center(middle, address, face, 8);
        } else {
            sheet.line(y).left(left, letter.sender(), face.bold(), 17);
            y += 14;
            sheet.line(y).left(left, address, face, 8);
        }
        y += 8;
        sheet.rule(left, y, right, y, 1);
        double baseline = sheet.height() - 40;
        sheet.line(baseline).center(middle, letter.sender() + " - " + Vocabulary.pick(random,
                "Registered in England No. 0" + Places.digits(7, random),
                "Authorised and regulated by the financial services authority",
                "Registered office as above"), face, 7);
        y += 30;
    }

    private void senderBlock() {
        y = 64;
        double column = right - 180;
        sheet.line(y).left(column, letter.sender(), face, SIZE);
        for (String line : letter.senderAddress()) {
            y += LEADING - 1;
            sheet.line(y).left(column, line, face, SIZE);
        }
        y += LEADING - 1;
        sheet.line(y).left(column, letter.senderPhone(), face, SIZE);
        y += LEADING - 1;
        sheet.line(y).left(column, letter.senderEmail(), face, SIZE * 0.9);
        y += 14;
    }

    private void recipient(Random random) {
        boolean dateFirst = random.nextBoolean();
        if (dateFirst) {
            y += LEADING;
            sheet.line(y).left(left, letter.datePrinted(), face, SIZE);
            y += 10;
        }
        y += LEADING;
        sheet.line(y).left(left, letter.recipient(), face, SIZE);
        for (String line : letter.recipientAddress()) {
            y += LEADING - 1;
            sheet.line(y).left(left, line, face, SIZE);
        }
        if (!dateFirst) {
            y += LEADING * 2;
            sheet.line(y).right(right, letter.datePrinted(), face, SIZE);
        }
        y += 12;
        for (String reference : letter.references()) {
            y += LEADING - 1;
            sheet.line(y).left(left, reference, face, SIZE - 0.5);
        }
        y += LEADING + 6;
        sheet.line(y).left(left, letter.subject(), face.bold(), SIZE);
        y += LEADING + 8;
        sheet.line(y).left(left, letter.salutation(), face, SIZE);
    }

    /**
     * The paragraphs, breaking to a second page where the letter has one; a one-page letter leaves out a middle
     * paragraph that would leave no room for its close, as a writer cuts a letter to its page.
     */
    private void body(boolean twoPages) {
        List<String> paragraphs = letter.paragraphs();
        int breakAt = twoPages ? Math.max(1, paragraphs.size() / 2) : -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> lines = Typesetting.wrap(paragraphs.get(i), right - left, face, SIZE);
            double needed = lines.size() * LEADING + 8;
            boolean last = i == paragraphs.size() - 1;
            if (!twoPages && !last && y + needed + CLOSE + LEADING * 2 > sheet.height() - BOTTOM_ROOM) {
                continue;
            }
            if (twoPages && pages.size() == 1 && (i == breakAt || y + needed > sheet.height() - BOTTOM_ROOM)) {
                nextPage();
            }
            y += 8;
            for (String line : lines) {
                y += LEADING;
                sheet.line(y).left(left, line, face, SIZE);
            }
        }
    }

    private void nextPage() {
        sheet.line(sheet.height() - 56).right(right, "continued", face, 8);
        sheet = new Sheet(letter.conventions().pageWidth(), letter.conventions().pageHeight());
        pages.add(sheet);
        y = 60;
        sheet.line(y).left(left, letter.recipient(), face, 9).right(right, "Page 2", face, 9);
        y += 12;
        sheet.line(y).left(left, letter.datePrinted(), face, 9);
        y += 20;
    }

    private void close(Random random) {
        y += LEADING * 2;
        sheet.line(y).left(left, letter.closing(), face, SIZE);
        y += 40;
        Handwriting.signature(sheet, left, y - 6, random);
        sheet.stampSpot(right - 110, y - 20);
        y += 8;
        sheet.line(y).left(left, letter.signatory(), face, SIZE);
        if (!letter.signatoryTitle().isEmpty()) {
            y += LEADING - 1;
            sheet.line(y).left(left, letter.signatoryTitle() + ", " + letter.sender(), face, SIZE - 1);
        }
    }
}

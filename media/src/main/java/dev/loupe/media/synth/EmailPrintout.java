package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays a letter out as a printed e-mail: the mail program's header with From, Sent, To and Subject, the message,
 * a signature block with phone and address, and now and then the earlier message it answers, quoted below.
 */
final class EmailPrintout {
    private static final double MARGIN = 54;
    private static final double SIZE = 10;
    private static final double LEADING = 13.5;
    private static final double BOTTOM = 70;

    private final Letter letter;
    private final List<Sheet> pages = new ArrayList<>();
    private final Face face;
    private final double left;
    private final double right;
    private Sheet sheet;
    private double y;

    private EmailPrintout(Letter letter, List<Face> faces, Random random) {
        this.letter = letter;
        this.face = Vocabulary.pick(faces, random);
        this.sheet = new Sheet(letter.conventions().pageWidth(), letter.conventions().pageHeight());
        this.pages.add(sheet);
        this.left = MARGIN;
        this.right = sheet.width() - MARGIN;
    }

    static List<Sheet> layout(Letter letter, List<Face> faces, boolean twoPages, Random random) {
        EmailPrintout email = new EmailPrintout(letter, faces, random);
        email.header(random);
        email.message(twoPages);
        email.signature();
        if (!twoPages && random.nextBoolean()) {
            email.quoted();
        }
        return List.copyOf(email.pages);
    }

    private void header(Random random) {
        y = 50;
        sheet.line(y).left(left, letter.recipient(), Face.SANS_BOLD, 12);
        y += 6;
        sheet.rule(left, y, right, y, 1.6);
        String[][] rows = {
            {"From:", letter.signatory() + " <" + letter.senderEmail() + ">"},
            {"Sent:", letter.datePrinted() + " " + letter.time()},
            {"To:", letter.recipientEmail()},
            {"Subject:", letter.subject()},
        };
        for (String[] row : rows) {
            y += LEADING;
            sheet.line(y).left(left, row[0], Face.SANS_BOLD, 9.5).left(left + 72, row[1], Face.SANS, 9.5);
        }
        if (random.nextBoolean()) {
            y += LEADING;
            sheet.line(y).left(left, "Attachments:", Face.SANS_BOLD, 9.5).left(left + 72, Vocabulary.pick(random,
                    "receipts.pdf (412 KB)", "photos_damage.zip (3.1 MB)", "claim_form_signed.pdf (188 KB)",
                    "estimate.pdf (96 KB); licence.jpg (1.2 MB)"), Face.SANS, 9.5);
        }
        y += 16;
        sheet.stampSpot(right - 90, y + 10);
        y += 10;
    }

    private void message(boolean twoPages) {
        y += LEADING;
        sheet.line(y).left(left, letter.salutation().replace("Dear Sir or Madam,", "Hello,"), face, SIZE);
        List<String> paragraphs = letter.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> lines = Typesetting.wrap(paragraphs.get(i), right - left, face, SIZE);
            boolean last = i == paragraphs.size() - 1;
            if (!twoPages && !last && y + (lines.size() + 8) * LEADING > sheet.height() - BOTTOM) {
                continue;
            }
            if (twoPages && pages.size() == 1 && (i == paragraphs.size() / 2
                    || y + lines.size() * LEADING > sheet.height() - BOTTOM)) {
                sheet = new Sheet(letter.conventions().pageWidth(), letter.conventions().pageHeight());
                pages.add(sheet);
                y = 50;
            }
            y += 6;
            for (String line : lines) {
                y += LEADING;
                sheet.line(y).left(left, line, face, SIZE);
            }
        }
    }

    private void signature() {
        y += LEADING * 1.5;
        sheet.line(y).left(left, letter.closing(), face, SIZE);
        y += LEADING * 1.5;
        sheet.line(y).left(left, letter.signatory(), face.bold(), SIZE);
        if (!letter.signatoryTitle().isEmpty()) {
            y += LEADING;
            sheet.line(y).left(left, letter.signatoryTitle() + " | " + letter.sender(), face, 9);
        }
        y += LEADING;
        sheet.line(y).left(left, "T " + letter.senderPhone() + "  E " + letter.senderEmail(), face, 9);
    }

    /** The message this one replies to, as mail programs quote it, cut to what the page holds. */
    private void quoted() {
        double bottom = sheet.height() - BOTTOM;
        if (y + 6 * LEADING > bottom) {
            return;
        }
        y += LEADING * 1.5;
        sheet.rule(left, y, right, y, 0.5);
        y += LEADING;
        sheet.line(y).left(left, "From:", Face.SANS_BOLD, 9).left(left + 50, letter.recipientEmail(), Face.SANS, 9);
        y += LEADING - 2;
        sheet.line(y).left(left, "Subject:", Face.SANS_BOLD, 9).left(left + 50, letter.subject(), Face.SANS, 9);
        for (String line : Typesetting.wrap(letter.paragraphs().get(0), right - left, face, 9)) {
            if (y + LEADING > bottom) {
                return;
            }
            y += LEADING - 2;
            sheet.line(y).left(left, line, face, 9);
        }
    }
}

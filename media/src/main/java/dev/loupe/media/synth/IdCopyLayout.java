package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/**
 * Lays an identity document out as a photocopy on an otherwise blank page: a card's front above its back, or a
 * passport's data page under the facing page, copied a little larger than life, now and then certified below.
 * Card measures are in millimetre-like units of the real document, scaled to points as the copier enlarged it.
 */
final class IdCopyLayout {
    private static final double CARD_WIDTH = 243;
    private static final double CARD_HEIGHT = 153;
    private static final double PASSPORT_WIDTH = 354;
    private static final double PASSPORT_HEIGHT = 249;
    private static final double GAP = 26;
    private static final double CERTIFICATE = 84;

    private final IdDocument document;
    private final Sheet sheet;
    private final Face face;
    private final Face zoneFace;

    /** Where the card lies on the page and how much the copier enlarged it. */
    private record Card(double x, double y, double width, double height, double scale) {
        double x(double units) {
            return x + units * scale;
        }

        double y(double units) {
            return y + units * scale;
        }
    }

    private IdCopyLayout(IdDocument document, List<Face> faces, Random random) {
        this.document = document;
        this.sheet = new Sheet(document.region().pageWidth, document.region().pageHeight);
        this.face = Vocabulary.pick(faces, random);
        this.zoneFace = faces.contains(Face.MONO) ? Face.MONO : faces.get(0);
    }

    static Sheet layout(IdDocument document, List<Face> faces, Random random) {
        IdCopyLayout copy = new IdCopyLayout(document, faces, random);
        boolean certified = random.nextInt(3) == 0;
        double top = 72;
        if (document.note() != null) {
            copy.sheet.line(60).left(60, document.note(), copy.face, 10);
            top = 88;
        }
        double bottom = copy.sheet.height() - 52 - (certified ? CERTIFICATE : 0);
        boolean passport = document.kind() == IdDocument.Kind.PASSPORT;
        double width = passport ? PASSPORT_WIDTH : CARD_WIDTH;
        double height = passport ? PASSPORT_HEIGHT : CARD_HEIGHT;
        boolean facing = !passport || random.nextBoolean();
        double room = facing ? (bottom - top - GAP) / (2 * height) : (bottom - top) / height;
        double scale = Math.min(Math.min(room, (copy.sheet.width() - 100) / width),
                passport ? 1.05 + random.nextDouble() * 0.25 : 1.4 + random.nextDouble() * 0.35);
        double x = (copy.sheet.width() - width * scale) / 2 + (random.nextDouble() - 0.5) * 40;
        double y = top + random.nextDouble() * 16;
        if (passport) {
            if (facing) {
                copy.facingPage(new Card(x, y, width, height, scale), random);
                y += height * scale;
            }
            copy.dataSide(new Card(x, y, width, height, scale), document.front(), random);
        } else {
            copy.dataSide(new Card(x, y, width, height, scale), document.front(), random);
            copy.otherSide(new Card(x, y + height * scale + GAP, width, height, scale), random);
        }
        double end = y + height * scale * (passport ? 1 : 2) + (passport ? 0 : GAP);
        copy.sheet.stampSpot(copy.sheet.width() - 130, Math.min(end + 30, copy.sheet.height() - 80));
        if (certified) {
            copy.certificate(end + 30, random);
        }
        return copy.sheet;
    }

    /** The side with the photo, title band and the holder's details. */
    private void dataSide(Card card, List<List<IdDocument.Field>> rows, Random random) {
        frame(card);
        sheet.shade(card.x(), card.y(), card.width() * card.scale(), 24 * card.scale(), 0.8);
        double usable = (card.width() - 16) * card.scale();
        sheet.line(card.y(11)).left(card.x(8), document.title(), face.bold(), fit(face.bold(), document.title(),
                8 * card.scale(), usable));
        sheet.line(card.y(20)).left(card.x(8), document.issuer(), face, fit(face, document.issuer(),
                5 * card.scale(), usable));
        double photoWidth = card.width() > CARD_WIDTH ? 90 : 58;
        double photoHeight = photoWidth * 1.28;
        double top = card.width() > CARD_WIDTH ? 40 : 32;
        sheet.shade(card.x(8), card.y(top), photoWidth * card.scale(), photoHeight * card.scale(), 0.72);
        sheet.shade(card.x(8 + photoWidth * 0.33), card.y(top + photoHeight * 0.14), photoWidth * 0.34 * card.scale(),
                photoHeight * 0.36 * card.scale(), 0.42);
        sheet.shade(card.x(8 + photoWidth * 0.14), card.y(top + photoHeight * 0.56), photoWidth * 0.72 * card.scale(),
                photoHeight * 0.44 * card.scale(), 0.42);
        Handwriting.initials(sheet, card.x(14), card.y(top + photoHeight + 12), random);
        double fieldsLeft = 8 + photoWidth + 8;
        double fieldsBottom = fields(card, rows, fieldsLeft, top);
        if (document.kind() == IdDocument.Kind.PASSPORT) {
            zone(card, fieldsBottom);
        }
    }

    /** The back of a card: conditions or categories, a barcode on licences that carry one, the zone on ID cards. */
    private void otherSide(Card card, Random random) {
        frame(card);
        double bottom = fields(card, document.back(), 8, 14);
        if (document.mrz().isEmpty() && !document.stacked() && random.nextBoolean()) {
            barcode(card, bottom + 6, random);
        }
        zone(card, bottom);
    }

    /** The passport's facing page: the bearer's signature and observations, mostly blank. */
    private void facingPage(Card card, Random random) {
        frame(card);
        sheet.line(card.y(40)).left(card.x(14), "Signature of bearer / Signature du titulaire", face,
                5.5 * card.scale());
        Handwriting.signature(sheet, card.x(30), card.y(80), random);
        sheet.line(card.y(130)).left(card.x(14), "Observations / Observations", face, 5.5 * card.scale());
        sheet.line(card.y(145)).left(card.x(14), "NIL", face, 6.5 * card.scale());
    }

    /** The rows of labelled values from {@code from} across, starting at {@code top}; the units where they end. */
    private double fields(Card card, List<List<IdDocument.Field>> rows, double from, double top) {
        double y = top;
        double span = card.width() - 8 - from;
        double labelSize = (document.stacked() ? 4.6 : 5) * card.scale();
        double valueSize = 6.5 * card.scale();
        for (List<IdDocument.Field> row : rows) {
            double cell = span / row.size() * card.scale();
            if (document.stacked()) {
                Sheet.Line labels = sheet.line(card.y(y + 6));
                Sheet.Line values = sheet.line(card.y(y + 14));
                for (int i = 0; i < row.size(); i++) {
                    double x = card.x(from) + i * cell;
                    labels.left(x, row.get(i).label(), face, fit(face, row.get(i).label(), labelSize, cell - 6));
                    values.left(x, row.get(i).value(), face.bold(), fit(face.bold(), row.get(i).value(), valueSize,
                            cell - 6));
                }
                y += 17;
            } else {
                Sheet.Line line = sheet.line(card.y(y + 8));
                for (int i = 0; i < row.size(); i++) {
                    double x = card.x(from) + i * cell;
                    IdDocument.Field field = row.get(i);
                    double gap = field.label().isEmpty() ? 0 : face.bold().width(field.label() + "  ", labelSize);
                    if (!field.label().isEmpty()) {
                        line.left(x, field.label(), face.bold(), labelSize);
                    }
                    line.left(x + gap, field.value(), face, fit(face, field.value(), valueSize, cell - gap - 6));
                }
                y += 10.5;
            }
        }
        return y;
    }

    /** The machine-readable zone along the bottom edge, in OCR-like capitals where the format has a fixed pitch. */
    private void zone(Card card, double fieldsEnd) {
        List<String> lines = document.mrz();
        double size = (card.width() > CARD_WIDTH ? 8.5 : 7) * card.scale();
        double pitch = (card.width() > CARD_WIDTH ? 11 : 9) * card.scale();
        double first = card.y(card.height() - 8) - (lines.size() - 1) * pitch;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            sheet.line(Math.max(first, card.y(fieldsEnd + 10)) + i * pitch).left(card.x(8), text, zoneFace,
                    fit(zoneFace, text, size, (card.width() - 16) * card.scale()));
        }
    }

    /** A PDF417-like barcode: stacked rows of bars of random widths. */
    private void barcode(Card card, double top, Random random) {
        double x = card.x(8);
        double end = card.x(card.width() - 8);
        double y = card.y(top);
        double bottom = Math.min(card.y(card.height() - 8), y + 40 * card.scale());
        while (y + 3 * card.scale() <= bottom) {
            double bar = x;
            while (bar < end - 3) {
                double width = (0.6 + random.nextInt(3) * 0.6) * card.scale();
                if (random.nextBoolean()) {
                    sheet.shade(bar, y, Math.min(width, end - bar), 3 * card.scale(), 0.1);
                }
                bar += width;
            }
            y += 3 * card.scale();
        }
    }

    private void frame(Card card) {
        sheet.frame(card.x(), card.y(), card.width() * card.scale(), card.height() * card.scale(), 0.9);
    }

    private void certificate(double y, Random random) {
        double left = 72;
        sheet.line(y).left(left, Vocabulary.pick(random, "I certify that this is a true copy of the original document.",
                "Certified true copy of the original, seen by me.", "Original sighted - copy taken for the file."),
                face, 9.5);
        y += 40;
        Handwriting.signature(sheet, left, y - 4, random);
        sheet.rule(left, y, left + 200, y, 0.6);
        y += 12;
        sheet.line(y).left(left, Vocabulary.personName(random) + ", " + Vocabulary.pick(random, "Claims Handler",
                "Solicitor", "Notary Public", "Justice of the Peace"), face, 8.5);
    }

    /** The size at which {@code text} fits {@code width}, never larger than {@code size}. */
    private static double fit(Face face, String text, double size, double width) {
        return Math.min(size, size * width / face.width(text, size));
    }
}

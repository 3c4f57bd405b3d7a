package dev.loupe.media.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lays out a vehicle registration certificate as a registration authority issues it: a titled page of lettered
 * boxes for the vehicle and its keeper, and the authority's notes below.
 */
final class VehicleRegistration {
    private static final double MARGIN = 56;
    private static final double BOX = 30;

    private VehicleRegistration() {
    }

    static Sheet layout(Conventions conventions, List<Face> faces, Random random) {
        Face face = Vocabulary.pick(faces, random);
        Sheet sheet = new Sheet(conventions.pageWidth(), conventions.pageHeight());
        double left = MARGIN;
        double right = sheet.width() - MARGIN;
        double middle = (left + right) / 2;
        Region region = conventions.region();
        String make = Vocabulary.vehicle(random);
        LocalDate first = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(5000));
        String keeper = Vocabulary.personName(random);
        double y = 60;
        sheet.line(y).center(sheet.width() / 2, Vocabulary.pick(random, "VEHICLE REGISTRATION CERTIFICATE",
                "Certificate of Registration", "REGISTRATION DOCUMENT"), face.bold(), 15);
        y += 15;
        sheet.line(y).center(sheet.width() / 2, Vocabulary.pick(random, "Vehicle Licensing Authority",
                "Department of Motor Vehicles", "Road Transport Office", "Registration Service"), face, 9);
        y += 12;
        sheet.line(y).center(sheet.width() / 2, "Document reference " + Places.digits(11, random), face, 8);
        y += 22;
        String[][] rows = {
            {"A  Registration mark", Places.registration(region, random), "B  Date of first registration",
                conventions.date(first)},
            {"D.1  Make", make.split(" ")[0].toUpperCase(Locale.ROOT), "D.3  Model",
                make.substring(make.indexOf(' ') + 1).toUpperCase(Locale.ROOT)},
            {"E  Vehicle identification number", vin(random), "R  Colour",
                Vocabulary.colour(random).toUpperCase(Locale.ROOT)},
            {"P.1  Cylinder capacity (cc)", Integer.toString(998 + random.nextInt(2000)), "P.3  Type of fuel",
                Vocabulary.pick(random, "PETROL", "DIESEL", "ELECTRIC", "HYBRID")},
            {"C.1.1  Registered keeper", keeper.toUpperCase(Locale.ROOT), "C.1.3  Keeper since",
                conventions.date(first.plusDays(random.nextInt(3000)))},
        };
        for (String[] row : rows) {
            box(sheet, face, left, middle, y, row[0], row[1]);
            box(sheet, face, middle, right, y, row[2], row[3]);
            y += BOX;
        }
        box(sheet, face, left, right, y, "C.1.2  Address", String.join(", ", Places.address(region, random)));
        y += BOX + 30;
        String[] notes = {
            "This document is not proof of ownership. The registered keeper is the person responsible for the vehicle.",
            "Tell the authority at once when you sell or transfer the vehicle, or change your name or address.",
            "It is an offence to give false information. Keep this certificate in a safe place, not in the vehicle.",
        };
        sheet.line(y).left(left, "Important information", face.bold(), 10);
        for (String note : notes) {
            for (String line : Typesetting.wrap(note, right - left, face, 8.5)) {
                y += 12;
                sheet.line(y).left(left, line, face, 8.5);
            }
            y += 4;
        }
        sheet.stampSpot(right - 110, y + 50);
        sheet.line(sheet.height() - 42).left(left, "V5-" + Places.digits(4, random), face, 7.5)
                .right(right, "Issued " + conventions.date(first.plusDays(random.nextInt(3000))), face, 7.5);
        return sheet;
    }

    private static void box(Sheet sheet, Face face, double from, double to, double y, String label, String value) {
        sheet.frame(from, y, to - from, BOX, 0.6);
        sheet.line(y + 9).left(from + 4, label, Face.SANS, 6.5);
        double size = Math.min(10.5, 10.5 * (to - from - 12) / face.bold().width(value, 10.5));
        sheet.line(y + 23).left(from + 6, value, face.bold(), size);
    }

    /** Seventeen characters without I, O or Q, as vehicle identification numbers are. */
    private static String vin(Random random) {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder vin = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            vin.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return vin.toString();
    }
}

package dev.loupe.media.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What an identity document shows, before it is copied onto a page: a driving licence, an identity card or a
 * passport's data page, each side as rows of labelled values, and the machine-readable zone where it has one.
 *
 * @param stacked whether labels print small above their values, as on ID cards and passports, rather than
 *                before them on the same line, as on licences
 * @param note    what the claimant or the insurer wrote on the copy, such as a claim reference; null when nothing
 */
record IdDocument(
        Kind kind,
        Region region,
        String title,
        String issuer,
        boolean stacked,
        List<List<Field>> front,
        List<List<Field>> back,
        List<String> mrz,
        String holder,
        String note) {

    enum Kind { LICENCE, IDENTITY_CARD, PASSPORT }

    /** A value as the document prints it, with its label ("1.", "Surname / Nom") or an empty label. */
    record Field(String label, String value) {
    }

    private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter PASSPORT_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.US);

    static IdDocument random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Kind kind = Vocabulary.pick(List.of(Kind.LICENCE, Kind.LICENCE, Kind.IDENTITY_CARD, Kind.PASSPORT), random);
        String surname = Vocabulary.surname(random);
        String given = Vocabulary.givenName(random) + (random.nextInt(3) == 0 ? " " + Vocabulary.givenName(random) : "");
        LocalDate birth = Vocabulary.birthDate(random);
        LocalDate issued = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
        LocalDate expiry = issued.plusYears(kind == Kind.LICENCE ? 5 + random.nextInt(6) : 10).minusDays(1);
        String sex = random.nextBoolean() ? "F" : "M";
        List<String> address = Places.address(region, random);
        String country = country(region, random);
        String note = random.nextInt(3) == 0 ? Vocabulary.pick(random, "Claim ref: ", "Our ref ", "Policy ")
                + (random.nextBoolean() ? Vocabulary.claimNumber(random) : Vocabulary.policyNumber(random)) : null;
        String holder = given + " " + surname;
        return switch (kind) {
            case LICENCE -> licence(region, conventions, surname, given, birth, issued, expiry, sex, address, note,
                    random);
            case IDENTITY_CARD -> {
                String number = Places.letters(3, random) + Places.digits(6, random);
                String name = region == Region.EUROZONE || region == Region.SWITZERLAND
                        ? Vocabulary.pick(random, "CARTE NATIONALE D'IDENTITE", "PERSONALAUSWEIS",
                                "IDENTITEITSKAART / IDENTITY CARD")
                        : Vocabulary.pick(random, "IDENTITY CARD", "NATIONAL IDENTITY CARD", "IDENTIFICATION CARD");
                List<List<Field>> front = List.of(
                        List.of(new Field("Surname / Nom", surname.toUpperCase(Locale.ROOT))),
                        List.of(new Field("Given names / Prenoms", given.toUpperCase(Locale.ROOT))),
                        List.of(new Field("Sex", sex), new Field("Nationality", country),
                                new Field("Date of birth", conventions.date(birth))),
                        List.of(new Field("Document no.", number), new Field("Date of expiry", conventions.date(expiry))));
                List<List<Field>> back = List.of(
                        List.of(new Field("Address", String.join(", ", address))),
                        List.of(new Field("Date of issue", conventions.date(issued)),
                                new Field("Authority", issuer(region, random))));
                yield new IdDocument(kind, region, name, countryName(region, country), true, front, back,
                        idCardZone(country, number, surname, given, birth, sex, expiry), holder, note);
            }
            case PASSPORT -> {
                String number = Places.letters(2, random) + Places.digits(7, random);
                List<List<Field>> page = List.of(
                        List.of(new Field("Type / Type", "P"), new Field("Code / Code", country),
                                new Field("Passport No. / No. du passeport", number)),
                        List.of(new Field("Surname / Nom", surname.toUpperCase(Locale.ROOT))),
                        List.of(new Field("Given names / Prenoms", given.toUpperCase(Locale.ROOT))),
                        List.of(new Field("Nationality / Nationalite", countryName(region, country))),
                        List.of(new Field("Date of birth / Date de naissance", passportDate(birth)),
                                new Field("Sex / Sexe", sex)),
                        List.of(new Field("Place of birth / Lieu de naissance", address.get(1).replaceAll("[0-9]", "")
                                .replaceAll(",? [A-Z]{2}\\b.*", "").trim().toUpperCase(Locale.ROOT))),
                        List.of(new Field("Date of issue / Date de delivrance", passportDate(issued)),
                                new Field("Authority / Autorite", issuer(region, random))),
                        List.of(new Field("Date of expiry / Date d'expiration", passportDate(expiry))));
                yield new IdDocument(kind, region, "PASSPORT / PASSEPORT", countryName(region, country), true, page,
                        List.of(), passportZone(country, number, surname, given, birth, sex, expiry), holder, note);
            }
        };
    }

    /** An ID document photocopied onto a page, as a claimant sends it or an insurer files it. */
    static Composed compose(Random random, Medium medium) {
        IdDocument document = random(random);
        Sheet sheet = IdCopyLayout.layout(document, medium.faces(), random);
        return new Composed(sheet, Map.of(), "Copy of identity document of " + document.holder(), List.of("COPY", "CERTIFIED COPY",
                "ORIGINAL SEEN"));
    }

    private static IdDocument licence(Region region, Conventions conventions, String surname, String given,
            LocalDate birth, LocalDate issued, LocalDate expiry, String sex, List<String> address, String note,
            Random random) {
        String number = Places.licenceNumber(region, surname, random);
        String holder = given + " " + surname;
        String title = licenceTitle(region, random);
        String classes = Vocabulary.pick(random, "B", "AM / B", "A / B / BE", "C", "B, C1", "CLASS C", "LMV");
        return switch (region) {
            case US, CANADA -> new IdDocument(Kind.LICENCE, region, region == Region.US ? "DRIVER LICENSE"
                    : "DRIVER'S LICENCE / PERMIS DE CONDUIRE", countryName(region, ""), false, List.of(
                    List.of(new Field("DL", number)),
                    List.of(new Field("EXP", conventions.date(expiry))),
                    List.of(new Field("LN", surname.toUpperCase(Locale.ROOT))),
                    List.of(new Field("FN", given.toUpperCase(Locale.ROOT))),
                    List.of(new Field("", address.get(0).toUpperCase(Locale.ROOT))),
                    List.of(new Field("", address.get(1).toUpperCase(Locale.ROOT))),
                    List.of(new Field("DOB", conventions.date(birth))),
                    List.of(new Field("SEX", sex), new Field("HGT", (5 + random.nextInt(2)) + "-0"
                            + random.nextInt(10)), new Field("EYES", Vocabulary.pick(random, "BRN", "BLU", "GRN")))),
                    List.of(List.of(new Field("CLASS", classes.replace("CLASS ", "")),
                            new Field("REST", Vocabulary.pick(random, "NONE", "B", "CORR LENSES"))),
                            List.of(new Field("ISS", conventions.date(issued)))),
                    List.of(), holder, note);
            case AUSTRALIA, NEW_ZEALAND -> new IdDocument(Kind.LICENCE, region, "DRIVER LICENCE",
                    countryName(region, ""), true, List.of(
                    List.of(new Field("Name", given.toUpperCase(Locale.ROOT) + " " + surname.toUpperCase(Locale.ROOT))),
                    List.of(new Field("Address", String.join(", ", address))),
                    List.of(new Field("Licence No.", number), new Field("Date of birth", conventions.date(birth))),
                    List.of(new Field("Class", classes), new Field("Expiry", conventions.date(expiry)))),
                    List.of(List.of(new Field("Conditions", Vocabulary.pick(random, "Nil", "S - corrective lenses"))),
                            List.of(new Field("Card number", Places.digits(10, random)))),
                    List.of(), holder, note);
            default -> new IdDocument(Kind.LICENCE, region, title, licenceCountry(region, title), false, List.of(
                    List.of(new Field("1.", surname.toUpperCase(Locale.ROOT))),
                    List.of(new Field("2.", given.toUpperCase(Locale.ROOT))),
                    List.of(new Field("3.", conventions.date(birth) + " " + Vocabulary.pick(random, "LONDON",
                            "BERLIN", "LYON", "UTRECHT", "BERN", "MUMBAI", "DUBLIN"))),
                    List.of(new Field("4a.", conventions.date(issued)), new Field("4c.", issuer(region, random))),
                    List.of(new Field("4b.", conventions.date(expiry))),
                    List.of(new Field("5.", number)),
                    List.of(new Field("8.", String.join(", ", address))),
                    List.of(new Field("9.", classes))),
                    List.of(List.of(new Field("9.", "AM  A1  A2  A  B1  B  C1  C  D1  D  BE  CE")),
                            List.of(new Field("10.", conventions.date(issued)), new Field("11.",
                                    conventions.date(expiry))),
                            List.of(new Field("12.", Vocabulary.pick(random, "01 - corrective lenses", "-",
                                    "78 - automatic only")))),
                    List.of(), holder, note);
        };
    }

    private static String licenceTitle(Region region, Random random) {
        return switch (region) {
            case UK -> "DRIVING LICENCE";
            case SWITZERLAND -> "FUHRERAUSWEIS / PERMIS DE CONDUIRE";
            case INDIA -> "DRIVING LICENCE";
            default -> Vocabulary.pick(random, "Permis de conduire", "FUHRERSCHEIN", "RIJBEWIJS");
        };
    }

    /** The state a European-model licence names under its title, which says in its own language what it is. */
    private static String licenceCountry(Region region, String title) {
        return switch (title) {
            case "FUHRERSCHEIN" -> "BUNDESREPUBLIK DEUTSCHLAND";
            case "RIJBEWIJS" -> "KONINKRIJK DER NEDERLANDEN";
            case "Permis de conduire" -> "REPUBLIQUE FRANCAISE";
            default -> countryName(region, "");
        };
    }

    private static String country(Region region, Random random) {
        return switch (region) {
            case US -> "USA";
            case UK -> "GBR";
            case EUROZONE -> Vocabulary.pick(random, "FRA", "NLD", "UTO");
            case SWITZERLAND -> "CHE";
            case CANADA -> "CAN";
            case AUSTRALIA -> "AUS";
            case NEW_ZEALAND -> "NZL";
            case INDIA -> "IND";
        };
    }

    private static String countryName(Region region, String code) {
        return switch (region) {
            case US -> "UNITED STATES OF AMERICA";
            case UK -> "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND";
            case EUROZONE -> switch (code) {
                case "NLD" -> "KONINKRIJK DER NEDERLANDEN";
                case "UTO" -> "UTOPIA";
                default -> "REPUBLIQUE FRANCAISE";
            };
            case SWITZERLAND -> "SCHWEIZ SUISSE SVIZZERA";
            case CANADA -> "CANADA";
            case AUSTRALIA -> "AUSTRALIA";
            case NEW_ZEALAND -> "NEW ZEALAND";
            case INDIA -> "REPUBLIC OF INDIA";
        };
    }

    private static String issuer(Region region, Random random) {
        return switch (region) {
            case UK -> Vocabulary.pick(random, "DVLA", "HMPO");
            case US -> "DMV";
            case INDIA -> "RTO " + Vocabulary.pick(random, "BENGALURU", "KOLKATA", "MUMBAI");
            default -> Vocabulary.pick(random, "Stadt Berlin", "Prefecture", "Gemeente Utrecht", "Passport Office");
        };
    }

    private static String passportDate(LocalDate date) {
        return PASSPORT_DATE.format(date).toUpperCase(Locale.ROOT);
    }

    /** The two 44-character lines of a passport's zone, check digits included (ICAO 9303, TD3). */
    private static List<String> passportZone(String country, String number, String surname, String given,
            LocalDate birth, String sex, LocalDate expiry) {
        String first = pad("P<" + country + zoneName(surname, given), 44);
        String document = pad(number, 9);
        String born = MRZ_DATE.format(birth);
        String expires = MRZ_DATE.format(expiry);
        String personal = pad("", 14);
        String composite = document + check(document) + born + check(born) + expires + check(expires) + personal
                + check(personal);
        String second = document + check(document) + country + born + check(born) + sex + expires + check(expires)
                + personal + check(personal) + check(composite);
        return List.of(first, second);
    }

    /** The three 30-character lines of an identity card's zone (ICAO 9303, TD1). */
    private static List<String> idCardZone(String country, String number, String surname, String given,
            LocalDate birth, String sex, LocalDate expiry) {
        String document = pad(number, 9);
        String first = pad("I<" + country + document + check(document), 30);
        String born = MRZ_DATE.format(birth);
        String expires = MRZ_DATE.format(expiry);
        String second = pad(born + check(born) + sex + expires + check(expires) + country, 29);
        second = second + check(first.substring(5) + second.substring(0, 7) + second.substring(8, 15)
                + second.substring(18, 29));
        return List.of(first, second, pad(zoneName(surname, given), 30));
    }

    private static String zoneName(String surname, String given) {
        return filler(surname) + "<<" + filler(given);
    }

    private static String filler(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "<");
    }

    private static String pad(String text, int length) {
        String padded = text + "<".repeat(Math.max(0, length - text.length()));
        return padded.substring(0, length);
    }

    /** The 7-3-1 weighted check digit of ICAO 9303: digits as themselves, A as 10 on to Z, filler as 0. */
    static int check(String text) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }
}

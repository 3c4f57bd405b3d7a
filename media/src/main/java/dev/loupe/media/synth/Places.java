package dev.loupe.media.synth;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Invented insurers, addresses, phone numbers and bank details in each region's own shapes. */
final class Places {
    /** Where a claim is paid: a bank, and the account and branch numbers under the region's own labels. */
    record BankAccount(String bank, String accountLabel, String account, String branchLabel, String branch) {
    }

    private Places() {
    }

    static String insurer(Region region, Random random) {
        return Vocabulary.pick(switch (region) {
            case US -> List.of("Northbridge Mutual Insurance", "Harbor Point Casualty Co.", "Crestline Assurance");
            case UK -> List.of("Albion & Thames Insurance plc", "Pennine General Insurance", "Kingsgate Assurance Ltd");
            case EUROZONE -> List.of("Rheinland Versicherung AG", "Europa Assurances SA", "Delta Polis Verzekeringen");
            case SWITZERLAND -> List.of("Helvetia Alpina Versicherungen", "Lac Leman Assurances SA");
            case CANADA -> List.of("Maple Shield Insurance", "Laurentian General Insurance Co.");
            case AUSTRALIA -> List.of("Southern Cross Insurance Ltd", "Coral Coast Mutual");
            case NEW_ZEALAND -> List.of("Kowhai Insurance Ltd", "Tasman Mutual Insurance");
            case INDIA -> List.of("Deccan General Insurance Co. Ltd", "Ganga Assurance Ltd");
        }, random);
    }

    /** Two lines: street, then town with its postcode, in the region's usual order. */
    static List<String> address(Region region, Random random) {
        int number = 2 + random.nextInt(240);
        return switch (region) {
            case US -> List.of(
                    number + " " + Vocabulary.pick(random, "Oak Street", "Maple Avenue", "Lakeview Drive", "Elm Road"),
                    Vocabulary.pick(random, "Springfield, IL 62704", "Columbus, OH 43215", "Portland, OR 97205",
                            "Austin, TX 78701", "Madison, WI 53703"));
            case UK -> List.of(number + " " + Vocabulary.pick(random, "King's Road", "Church Lane", "Victoria Street", "Mill Road"),
                    Vocabulary.pick(random, "Leeds LS1 4AB", "Bristol BS1 5TR", "York YO1 7HH", "Norwich NR2 1TF"));
            case EUROZONE -> Vocabulary.pick(List.of(
                    List.of("Hauptstrasse " + number, "10115 Berlin"),
                    List.of("Keizersgracht " + number, "1016 DZ Amsterdam"),
                    List.of("Rue Lafayette " + number, "75009 Paris"),
                    List.of("Lindenallee " + number, "50968 Koeln")), random);
            case SWITZERLAND -> Vocabulary.pick(List.of(
                    List.of("Bahnhofstrasse " + number, "8001 Zurich"),
                    List.of("Rue du Rhone " + number, "1204 Geneve"),
                    List.of("Spitalgasse " + number, "3011 Bern")), random);
            case CANADA -> List.of(number + " " + Vocabulary.pick(random, "Queen Street West", "Rue Sainte-Catherine",
                            "Granville Street"),
                    Vocabulary.pick(random, "Toronto, ON M5H 2N2", "Montreal, QC H3B 1A7", "Vancouver, BC V6B 1A1"));
            case AUSTRALIA -> List.of(number + " " + Vocabulary.pick(random, "George St", "Collins St", "Queen St"),
                    Vocabulary.pick(random, "Sydney NSW 2000", "Melbourne VIC 3000", "Brisbane QLD 4000"));
            case NEW_ZEALAND -> List.of(number + " " + Vocabulary.pick(random, "Lambton Quay", "Queen Street", "Colombo Street"),
                    Vocabulary.pick(random, "Wellington 6011", "Auckland 1010", "Christchurch 8011"));
            case INDIA -> List.of(number + ", " + Vocabulary.pick(random, "MG Road", "Park Street", "Linking Road"),
                    Vocabulary.pick(random, "Bengaluru 560001", "Kolkata 700016", "Mumbai 400050"));
        };
    }

    static String phone(Region region, Random random) {
        return switch (region) {
            case US -> String.format(Locale.ROOT, "(%03d) 555-%04d", 200 + random.nextInt(700), random.nextInt(10_000));
            case UK -> String.format(Locale.ROOT, "0113 496 %04d", random.nextInt(10_000));
            case EUROZONE -> String.format(Locale.ROOT, "+49 30 %07d", random.nextInt(10_000_000));
            case SWITZERLAND -> String.format(Locale.ROOT, "+41 44 %03d %02d %02d", random.nextInt(1000),
                    random.nextInt(100), random.nextInt(100));
            case CANADA -> String.format(Locale.ROOT, "(%s) 555-%04d", Vocabulary.pick(random, "416", "514", "604"),
                    random.nextInt(10_000));
            case AUSTRALIA -> String.format(Locale.ROOT, "(02) 9%03d %04d", random.nextInt(1000),
                    random.nextInt(10_000));
            case NEW_ZEALAND -> String.format(Locale.ROOT, "(04) 4%02d %04d", random.nextInt(100),
                    random.nextInt(10_000));
            case INDIA -> String.format(Locale.ROOT, "+91 98%03d %05d", random.nextInt(1000), random.nextInt(100_000));
        };
    }

    static BankAccount bankAccount(Region region, Random random) {
        return switch (region) {
            case US -> new BankAccount(Vocabulary.pick(random, "First Prairie Bank", "Cascade Federal Credit Union"),
                    "Account number", digits(10, random), "Routing number", digits(9, random));
            case UK -> new BankAccount(Vocabulary.pick(random, "Northgate Bank", "Wessex Building Society"),
                    "Account number", digits(8, random), "Sort code",
                    digits(2, random) + "-" + digits(2, random) + "-" + digits(2, random));
            case EUROZONE -> new BankAccount(Vocabulary.pick(random, "Rheinische Volksbank", "Banque du Marais"),
                    "IBAN", "DE" + digits(2, random) + " " + grouped(16, random) + " " + digits(2, random), "BIC",
                    Vocabulary.pick(random, "GENODED1RVB", "MARAFRPPXXX"));
            case SWITZERLAND -> new BankAccount(Vocabulary.pick(random, "Zuercher Landbank", "Banque Cantonale du Lac"),
                    "IBAN", "CH" + digits(2, random) + " " + grouped(16, random) + " " + digits(1, random), "BIC",
                    Vocabulary.pick(random, "ZLBKCHZZ80A", "BCLGCH2LXXX"));
            case CANADA -> new BankAccount(Vocabulary.pick(random, "Northern Trust Bank of Canada", "Caisse Riviere"),
                    "Account number", digits(7, random), "Transit number", digits(5, random));
            case AUSTRALIA -> new BankAccount("Harbourside Bank", "Account number", digits(9, random), "BSB",
                    digits(3, random) + "-" + digits(3, random));
            case NEW_ZEALAND -> new BankAccount(Vocabulary.pick(random, "Kauri Bank", "Harbour City Bank"), "Account number",
                    digits(2, random) + "-" + digits(4, random) + "-" + digits(7, random) + "-" + digits(2, random),
                    "Branch", Vocabulary.pick(random, "Lambton Quay", "Newmarket"));
            case INDIA -> new BankAccount(Vocabulary.pick(random, "Kaveri Bank", "Western Coast Co-operative Bank"),
                    "Account number", digits(12, random), "IFSC", "KAVB000" + digits(4, random));
        };
    }

    /** The business's tax registration as its region prints it, or null where receipts usually show none. */
    static String taxNumber(Region region, Random random) {
        return switch (region) {
            case US -> null;
            case UK -> "VAT Reg No GB " + digits(3, random) + " " + digits(4, random) + " " + digits(2, random);
            case EUROZONE -> "USt-IdNr. DE" + digits(9, random);
            case SWITZERLAND -> "CHE-" + digits(3, random) + "." + digits(3, random) + "." + digits(3, random) + " MWST";
            case CANADA -> "GST/HST No. " + digits(9, random) + " RT0001";
            case AUSTRALIA -> "ABN " + digits(2, random) + " " + digits(3, random) + " " + digits(3, random) + " "
                    + digits(3, random);
            case NEW_ZEALAND -> "GST No. " + digits(3, random) + "-" + digits(3, random) + "-" + digits(3, random);
            case INDIA -> "GSTIN " + digits(2, random) + "AAFC" + (char) ('A' + random.nextInt(26)) + digits(4, random)
                    + "K1Z" + digits(1, random);
        };
    }

    static String digits(int count, Random random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Digits in groups of four, as IBANs are printed. */
    private static String grouped(int count, Random random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i += 4) {
            digits.append(i == 0 ? "" : " ").append(digits(4, random));
        }
        return digits.toString();
    }

    /** The police service that takes reports in the region's towns. */
    static String policeService(Region region, Random random) {
        return Vocabulary.pick(switch (region) {
            case US -> List.of("Springfield Police Department", "Columbus Division of Police", "Madison Police Department");
            case UK -> List.of("West Yorkshire Police", "Avon and Somerset Constabulary", "Norfolk Constabulary");
            case EUROZONE -> List.of("Polizei Berlin", "Politie Eenheid Amsterdam", "Prefecture de Police de Paris");
            case SWITZERLAND -> List.of("Kantonspolizei Zurich", "Police cantonale Geneve", "Kantonspolizei Bern");
            case CANADA -> List.of("Toronto Police Service", "Vancouver Police Department", "Service de police de Montreal");
            case AUSTRALIA -> List.of("NSW Police Force", "Victoria Police", "Queensland Police Service");
            case NEW_ZEALAND -> List.of("New Zealand Police");
            case INDIA -> List.of("Bengaluru City Police", "Kolkata Police", "Mumbai Police");
        }, random);
    }

    /** A number plate in the region's usual pattern. */
    static String registration(Region region, Random random) {
        return switch (region) {
            case US -> digits(1, random) + letters(3, random) + digits(3, random);
            case UK -> letters(2, random) + digits(2, random) + " " + letters(3, random);
            case EUROZONE -> Vocabulary.pick(random, "B-", "K-", "") + letters(2, random) + " " + digits(4, random);
            case SWITZERLAND -> Vocabulary.pick(random, "ZH ", "GE ", "BE ") + digits(6, random);
            case CANADA -> letters(4, random) + " " + digits(3, random);
            case AUSTRALIA -> letters(3, random) + "-" + digits(2, random) + letters(1, random);
            case NEW_ZEALAND -> letters(3, random) + digits(3, random);
            case INDIA -> Vocabulary.pick(random, "KA ", "WB ", "MH ") + digits(2, random) + " " + letters(2, random)
                    + " " + digits(4, random);
        };
    }

    /** A driving licence number in the region's shape; the UK's starts with the holder's surname. */
    static String licenceNumber(Region region, String surname, Random random) {
        return switch (region) {
            case US -> letters(1, random) + digits(3, random) + "-" + digits(4, random) + "-" + digits(4, random);
            case UK -> (surname.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "") + "99999").substring(0, 5)
                    + digits(6, random) + letters(2, random) + digits(1, random) + letters(2, random);
            case EUROZONE -> letters(1, random) + digits(3, random) + letters(3, random) + digits(1, random)
                    + letters(1, random) + digits(2, random);
            case SWITZERLAND -> digits(6, random) + digits(3, random);
            case CANADA -> letters(1, random) + digits(4, random) + "-" + digits(5, random) + "-" + digits(5, random);
            case AUSTRALIA -> digits(8, random);
            case NEW_ZEALAND -> letters(2, random) + digits(6, random);
            case INDIA -> Vocabulary.pick(random, "KA01 ", "WB06 ", "MH02 ") + (2005 + random.nextInt(18))
                    + digits(7, random);
        };
    }

    static String letters(int count, Random random) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }
}

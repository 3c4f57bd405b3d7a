package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Plausible names, addresses and goods to fill synthetic documents with; all invented. */
final class Vocabulary {
    /** A kind of shop: its names and what it sells, each with a price range in whole currency units. */
    record Trade(List<String> names, List<Good> goods) {
    }

    /** Something sold or lost, priced between {@code low} and {@code high}. */
    record Good(String name, int low, int high) {
    }

    /** A kind of loss: what happened, in a few sentences, and what was damaged or taken. */
    record Loss(String kind, List<String> accounts, List<Good> goods) {
    }

    private static final List<String> FIRST = List.of("Maria", "James", "Aisha", "Daniel", "Sofia", "Liam", "Chen",
            "Olivia", "Mateo", "Grace", "Noah", "Priya", "Lucas", "Hannah", "Tomasz", "Emily", "Kwame", "Ines",
            "Rahul", "Ananya", "Siobhan", "Aroha", "Jean-Luc", "Mei", "Arjun", "Zoe", "Benoit", "Freya");
    private static final List<String> LAST = List.of("Lopez", "Whitfield", "Okafor", "Brennan", "Novak", "Fischer",
            "Nakamura", "Patel", "Sullivan", "Dubois", "Kowalski", "Hughes", "Moreau", "Lindqvist", "Adeyemi", "Hart",
            "Sharma", "Iyer", "MacLeod", "Tremblay", "Gagnon", "Ngata", "O'Brien", "van der Berg", "Mueller", "Rossi");

    private static final List<Trade> TRADES = List.of(
            new Trade(List.of("Blue Fern Cafe", "Morning Ritual Coffee", "The Daily Grind"), List.of(
                    new Good("Flat white", 3, 5), new Good("Cappuccino", 3, 5), new Good("Croissant", 2, 4),
                    new Good("Avocado toast", 9, 14), new Good("Orange juice", 3, 6), new Good("Banana bread", 3, 5),
                    new Good("Breakfast wrap", 7, 11))),
            new Trade(List.of("Corner Hardware", "Hillside Building Supplies", "Ace of Tools"), List.of(
                    new Good("Wood screws 4x40 (200)", 6, 12), new Good("Paint roller set", 8, 18),
                    new Good("Masking tape 48mm", 3, 7), new Good("Cordless drill 18V", 59, 149),
                    new Good("Sandpaper assorted", 4, 9), new Good("Wall filler 1kg", 5, 11),
                    new Good("Extension lead 4-way", 12, 25))),
            new Trade(List.of("Metro Office Supplies", "Paper Trail Stationers", "Deskline Office"), List.of(
                    new Good("Copy paper A4 (5 reams)", 19, 34), new Good("Ballpoint pens (12)", 4, 9),
                    new Good("Toner cartridge", 45, 120), new Good("Lever arch files (5)", 9, 16),
                    new Good("Sticky notes (6 pads)", 4, 8), new Good("USB flash drive 64GB", 9, 19))),
            new Trade(List.of("Green Leaf Pharmacy", "Riverside Chemist", "CarePlus Pharmacy"), List.of(
                    new Good("Ibuprofen 200mg (24)", 3, 7), new Good("Sunscreen SPF50", 8, 16),
                    new Good("Plasters assorted", 3, 6), new Good("Vitamin D3 (90)", 7, 14),
                    new Good("Hand sanitiser 500ml", 4, 8), new Good("Cough syrup 200ml", 6, 11))),
            new Trade(List.of("FreshWay Market", "Harvest Grocers", "Northside Foods"), List.of(
                    new Good("Milk 2L", 2, 4), new Good("Sourdough loaf", 4, 7), new Good("Free range eggs (12)", 4, 7),
                    new Good("Cheddar 400g", 4, 8), new Good("Apples 1kg", 3, 5), new Good("Olive oil 1L", 8, 14),
                    new Good("Coffee beans 1kg", 18, 32), new Good("Pasta 500g", 1, 3))));

    /** A fuel station: its first two goods are fuels, whose low price is the whole units per litre. */
    static final Trade FUEL = new Trade(List.of("Westway Fuel", "Summit Service Station", "Roadside Petroleum"),
            List.of(new Good("Unleaded 95", 1, 1), new Good("Diesel", 1, 1), new Good("Car wash deluxe", 9, 15),
                    new Good("Screen wash 5L", 4, 8), new Good("Coffee to go", 2, 4), new Good("Chocolate bar", 1, 2)));

    private static final List<Loss> LOSSES = List.of(
            new Loss("Water damage", List.of(
                    "A pipe under the kitchen sink burst overnight and flooded the kitchen and hallway.",
                    "Water spread under the flooring before the supply could be turned off.",
                    "A plumber repaired the pipe the next morning; drying took about a week."), List.of(
                    new Good("Laminate flooring replacement", 900, 2600), new Good("Drying equipment hire", 150, 480),
                    new Good("Kitchen base unit", 300, 900), new Good("Plasterboard repair", 200, 650),
                    new Good("Plumber call-out", 90, 260))),
            new Loss("Theft", List.of(
                    "The property was entered through a rear window while we were away for the weekend.",
                    "Electronics and jewellery were taken from the living room and main bedroom.",
                    "The theft was reported to the police the same day."), List.of(
                    new Good("Laptop computer", 700, 2200), new Good("Television 55in", 450, 1300),
                    new Good("Gold necklace", 250, 1900), new Good("Games console", 300, 550),
                    new Good("Window repair", 120, 400))),
            new Loss("Storm damage", List.of(
                    "High winds during the storm lifted several roof tiles and brought down the garden fence.",
                    "Rain then came through the roof into the upstairs bedroom.",
                    "Temporary covers were fitted by a roofer the following day."), List.of(
                    new Good("Roof tile replacement", 400, 1800), new Good("Fence panels", 180, 750),
                    new Good("Emergency roof cover", 150, 420), new Good("Ceiling repair", 250, 900),
                    new Good("Gutter repair", 90, 320))),
            new Loss("Vehicle collision", List.of(
                    "While stationary at traffic lights, my vehicle was struck from behind by another car.",
                    "The other driver admitted fault and exchanged details at the scene.",
                    "The vehicle was driven to the repairer for an estimate."), List.of(
                    new Good("Rear bumper", 350, 1100), new Good("Tailgate repair", 400, 1500),
                    new Good("Rear lamp unit", 120, 480), new Good("Paint and refinish", 300, 900),
                    new Good("Labour", 200, 750))));

    /**
     * Businesses that bill a claim's repairs or costs by invoice; a good priced per hour or per night is
     * charged by the quantity.
     */
    private static final List<Trade> CONTRACTORS = List.of(
            new Trade(List.of("Clearview Glass & Glazing", "Crystal Glaziers Ltd", "Pane Perfect Glazing"), List.of(
                    new Good("Call-out fee", 60, 120), new Good("Labour (per hour)", 55, 95),
                    new Good("Toughened glass panel 900x1200", 140, 380), new Good("Double glazed unit", 220, 640),
                    new Good("Window frame repair", 90, 260), new Good("Safety film", 40, 110),
                    new Good("Disposal of broken glass", 25, 60))),
            new Trade(List.of("Rapid Flow Plumbing", "A1 Plumbing & Heating", "Dripfix Plumbers"), List.of(
                    new Good("Emergency call-out fee", 80, 180), new Good("Labour (per hour)", 65, 110),
                    new Good("Copper pipe 15mm (3m)", 18, 45), new Good("Compression fittings", 8, 25),
                    new Good("Leak detection", 120, 350), new Good("Isolation valve", 15, 40),
                    new Good("Water heater thermostat", 45, 120))),
            new Trade(List.of("Metro Towing & Recovery", "Highway Rescue Towing", "24/7 Roadside Recovery"), List.of(
                    new Good("Tow hook-up fee", 70, 150), new Good("Towing (per km)", 2, 5),
                    new Good("Winching", 80, 220), new Good("Vehicle storage (per day)", 20, 45),
                    new Good("After-hours surcharge", 50, 120), new Good("Dolly wheels", 40, 90))),
            new Trade(List.of("Precision Panel & Paint", "Southside Smash Repairs", "Autocraft Body Shop"), List.of(
                    new Good("Front bumper cover", 280, 760), new Good("Panel beating labour (per hour)", 70, 120),
                    new Good("Paint and materials", 180, 650), new Good("Headlamp assembly", 150, 620),
                    new Good("Wheel alignment", 70, 140), new Good("Bonnet repair", 240, 900),
                    new Good("Courtesy car (per day)", 25, 55))),
            new Trade(List.of("Harbourview Hotel", "The Riverside Inn", "Grand Central Suites"), List.of(
                    new Good("Room - standard double (per night)", 95, 240), new Good("Breakfast", 12, 28),
                    new Good("Parking (per night)", 10, 35), new Good("Laundry service", 15, 45),
                    new Good("Room service", 20, 70), new Good("City tax (per night)", 2, 6))),
            new Trade(List.of("Volt Electronics", "Digital Planet Store", "TechHub Electronics"), List.of(
                    new Good("Laptop 15in i7 16GB", 900, 2100), new Good("Television 55in 4K", 480, 1400),
                    new Good("Smartphone 128GB", 450, 1200), new Good("Extended warranty 2 yrs", 60, 220),
                    new Good("Delivery and installation", 40, 120), new Good("HDMI cable 2m", 12, 30))),
            new Trade(List.of("Summit Building Services", "Keystone Contractors", "Oakline Renovations"), List.of(
                    new Good("Site inspection and report", 150, 400), new Good("Labour (per hour)", 50, 95),
                    new Good("Plasterboard and materials", 120, 600), new Good("Skip hire", 180, 420),
                    new Good("Flooring replacement", 900, 3200), new Good("Painting and making good", 300, 1100),
                    new Good("Electrical safety check", 90, 240))),
            new Trade(List.of("FixIt Appliance Repairs", "Reliable Repair Centre", "HomeCare Repairs"), List.of(
                    new Good("Diagnostic fee", 45, 95), new Good("Labour (per hour)", 55, 90),
                    new Good("Replacement motor", 120, 380), new Good("Control board", 140, 420),
                    new Good("Door seal", 25, 70), new Good("Call-out fee", 50, 110))));

    private Vocabulary() {
    }

    static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A first and last name, now and then with a middle initial. */
    static String personName(Random random) {
        String middle = random.nextInt(6) == 0 ? " " + (char) ('A' + random.nextInt(26)) + "." : "";
        return pick(FIRST, random) + middle + " " + pick(LAST, random);
    }

    static Trade trade(Random random) {
        return pick(TRADES, random);
    }

    static Loss loss(Random random) {
        return pick(LOSSES, random);
    }

    /** A price in the good's range, ending in cents a shop or repairer would charge. */
    static BigDecimal price(Good good, Random random) {
        int whole = good.low() + random.nextInt(good.high() - good.low() + 1);
        int cents = pick(List.of(0, 0, 50, 95, 99, 25, 49, 75), random);
        return BigDecimal.valueOf(whole * 100L + cents, 2);
    }

    static String claimNumber(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "CLM-%d-%06d", 2022 + random.nextInt(4), random.nextInt(1_000_000));
            case 1 -> String.format(Locale.ROOT, "CL/%02d/%06d", 22 + random.nextInt(4), random.nextInt(1_000_000));
            case 2 -> String.format(Locale.ROOT, "C-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
            default -> {
                String body = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
                // NB-dddddddd-c: c is the Luhn check digit of the eight digits before it.
                yield "NB-" + body + "-" + luhnCheckDigit(body);
            }
        };
    }

    /** The digit that makes {@code digits} followed by it pass the Luhn check. */
    static int luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static String policyNumber(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "POL-%08d", random.nextInt(100_000_000));
            case 1 -> String.format(Locale.ROOT, "HX %04d %04d", random.nextInt(10_000), random.nextInt(10_000));
            default -> String.format(Locale.ROOT, "PN-%04d-%04d-%c", random.nextInt(10_000), random.nextInt(10_000),
                    (char) ('A' + random.nextInt(6)));
        };
    }

    static String givenName(Random random) {
        return pick(FIRST, random);
    }

    static String surname(Random random) {
        return pick(LAST, random);
    }

    /** A car as police and registration papers name it: make and model. */
    static String vehicle(Random random) {
        return pick(random, "Toyota Corolla", "Ford Focus", "Volkswagen Golf", "Honda Civic", "Hyundai i30",
                "Mazda CX-5", "Skoda Octavia", "Nissan Qashqai", "Kia Sportage", "BMW 320d", "Renault Clio",
                "Tesla Model 3", "Suzuki Swift", "Subaru Outback");
    }

    static String colour(Random random) {
        return pick(random, "Silver", "Black", "White", "Blue", "Grey", "Red", "Green");
    }

    /** An e-mail address made from a person's name at {@code domain}, the way people and firms set them up. */
    static String email(String name, String domain, Random random) {
        String[] parts = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" +");
        String first = parts[0];
        String last = parts[parts.length - 1];
        String local = switch (random.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            default -> first + last.charAt(0) + (random.nextInt(90) + 10);
        };
        return local + "@" + domain;
    }

    /** A date of birth of an adult who drives, owns and claims. */
    static LocalDate birthDate(Random random) {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52));
    }

    /** A business that bills by invoice: a repairer, contractor, hotel or store. */
    static Trade contractor(Random random) {
        return pick(CONTRACTORS, random);
    }

    /** An invoice number in one of the shapes billing systems print, numbered within {@code year} where it shows. */
    static String invoiceNumber(int year, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "INV-%d-%05d", year, random.nextInt(100_000));
            case 1 -> String.format(Locale.ROOT, "%08d", 10_000_000 + random.nextInt(90_000_000));
            case 2 -> String.format(Locale.ROOT, "%c/%d/%d", (char) ('A' + random.nextInt(4)), year,
                    1 + random.nextInt(999));
            case 3 -> String.format(Locale.ROOT, "%d-%04d", year % 100, random.nextInt(10_000));
            default -> String.format(Locale.ROOT, "SI%06d", random.nextInt(1_000_000));
        };
    }
}

package dev.loupe.media.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** What a police report of an incident says, before it is laid out: who, what, where, and the officer's account. */
record PoliceReport(
        Conventions conventions,
        String service,
        List<String> stationAddress,
        String stationPhone,
        String reportNumber,
        String incident,
        String offenceCode,
        String datePrinted,
        String time,
        String location,
        String reportedPrinted,
        String officer,
        String badge,
        List<Person> persons,
        List<Vehicle> vehicles,
        List<String> narrative,
        List<String> continuation) {

    /** Someone the report names, with the details an officer takes down. */
    record Person(String role, String name, String birthPrinted, List<String> address, String phone,
            String licence) {
    }

    record Vehicle(String registration, String make, String colour, String damage) {
    }

    /** A kind of incident: its title, whether cars are involved, and sentences an officer writes about it. */
    private record Kind(String title, boolean vehicles, List<String> roles, List<String> account) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;

    private static final List<Kind> KINDS = List.of(
            new Kind("Road traffic collision", true, List.of("Driver 1", "Driver 2", "Witness"), List.of(
                    "At the time stated, vehicle 1 was stationary at the junction waiting to turn.",
                    "Vehicle 2 failed to stop and collided with the rear of vehicle 1.",
                    "Both drivers remained at the scene and exchanged names, addresses and insurance details.",
                    "No injuries were reported and no ambulance was required.",
                    "The road surface was wet and visibility was reduced by rain.",
                    "Driver 2 stated that the brakes did not respond as expected.",
                    "A breath test was administered to both drivers with a negative result.",
                    "The witness confirmed that vehicle 1 had been stationary for several seconds.",
                    "Vehicle 1 sustained damage to the rear bumper and tailgate; vehicle 2 to the front end.")),
            new Kind("Theft from motor vehicle", true, List.of("Victim", "Witness"), List.of(
                    "The victim reports that the vehicle was left locked and secure overnight.",
                    "On returning in the morning the victim found the front passenger window smashed.",
                    "A laptop bag, sunglasses and a child seat were taken from the vehicle.",
                    "House-to-house enquiries were made with no further information obtained.",
                    "No CCTV covering the location has been identified at this time.",
                    "The victim was given a crime reference number for insurance purposes.")),
            new Kind("Burglary - dwelling", false, List.of("Victim", "Witness"), List.of(
                    "Entry was gained to the property by forcing a rear ground floor window.",
                    "The occupants were away from the address for the weekend.",
                    "A neighbour noticed the damaged window and contacted the victim.",
                    "Electronics and jewellery were taken from the living room and the main bedroom.",
                    "Scenes of crime officers attended and examined the point of entry.",
                    "The victim has been advised to supply a list of stolen property with serial numbers.",
                    "Enquiries are ongoing and the victim will be updated by the investigating officer.")),
            new Kind("Criminal damage", false, List.of("Victim", "Suspect", "Witness"), List.of(
                    "The victim reports that the garden fence and shed door were damaged overnight.",
                    "Paint had been sprayed on the front wall of the property.",
                    "A witness saw two persons leaving the area on foot shortly after midnight.",
                    "Photographs of the damage were taken by the attending officer.",
                    "The victim has been advised to obtain a repair estimate for insurance purposes.")),
            new Kind("Theft of motor vehicle", true, List.of("Owner", "Witness"), List.of(
                    "The owner reports that the vehicle was parked on the street outside the home address.",
                    "Both keys remain in the possession of the owner.",
                    "The vehicle was found to be missing when the owner left for work.",
                    "The vehicle has been circulated as stolen on the national database.",
                    "The owner has been advised to inform the insurer and the registration authority.")));

    /** What an officer adds once the first account is written: statements, enquiries and advice to the parties. */
    private static final List<String> FOLLOW_UP = List.of(
            "Written statements were taken from the persons listed and are held on file.",
            "A follow-up call was made to the reporting person on the following day.",
            "Enquiries with nearby premises for camera footage were negative.",
            "The parties were advised how their insurers may request a copy of this report.",
            "No offences were disclosed against the persons named, and no further action is planned.",
            "Property recovered, if any, will be returned to the owner on proof of ownership.");

    static PoliceReport random(Random random, boolean twoPages) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Kind kind = Vocabulary.pick(KINDS, random);
        LocalDate date = EARLIEST.plusDays(random.nextInt(DAYS));
        List<Person> persons = new ArrayList<>();
        int count = Math.min(kind.roles().size(), 1 + random.nextInt(kind.roles().size()));
        for (int i = 0; i < count; i++) {
            persons.add(person(kind.roles().get(i), region, conventions, random));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        if (kind.vehicles()) {
            int cars = kind.title().startsWith("Road") ? 2 : 1;
            for (int i = 0; i < cars; i++) {
                vehicles.add(new Vehicle(Places.registration(region, random), Vocabulary.vehicle(random),
                        Vocabulary.colour(random), Vocabulary.pick(random, "Rear bumper, tailgate", "Front end, bonnet",
                                "Nearside door", "Passenger window", "None visible", "Offside wing")));
            }
        }
        List<String> account = new ArrayList<>(kind.account());
        List<String> narrative = sentences(account, 3 + random.nextInt(3), random);
        List<String> continuation = twoPages ? sentences(new ArrayList<>(FOLLOW_UP), 3 + random.nextInt(2), random)
                : List.of();
        return new PoliceReport(conventions,
                Places.policeService(region, random),
                Places.address(region, random),
                Places.phone(region, random),
                reportNumber(date, random),
                kind.title(),
                String.format(Locale.ROOT, "%s %03d", Vocabulary.pick(random, "OC", "RTC", "PR"), random.nextInt(1000)),
                conventions.date(date),
                String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60)),
                Vocabulary.pick(random, "Outside ", "Junction at ", "Car park, ", "")
                        + String.join(", ", Places.address(region, random)),
                conventions.date(date.plusDays(random.nextInt(3))),
                Vocabulary.pick(random, "PC ", "Sgt ", "Officer ", "Const. ") + Vocabulary.personName(random),
                Places.digits(4, random),
                List.copyOf(persons),
                List.copyOf(vehicles),
                narrative,
                continuation);
    }

    /** A police report as a boxed incident form or a typed report extract, on two pages where the medium allows. */
    static Composed compose(Random random, Medium medium) {
        boolean twoPages = medium.secondPage(random.nextInt(3) == 0);
        PoliceReport report = random(random, twoPages);
        List<Sheet> pages = random.nextBoolean() ? PoliceReportForm.layout(report, medium.faces(), random)
                : PoliceReportExtract.layout(report, medium.faces(), random);
        return new Composed(pages, Map.of(), "Police report " + report.reportNumber(),
                List.of("COPY", "RECEIVED", "CERTIFIED COPY"));
    }

    private static Person person(String role, Region region, Conventions conventions, Random random) {
        String surname = Vocabulary.surname(random);
        boolean driver = role.startsWith("Driver") || role.equals("Owner");
        return new Person(role, Vocabulary.givenName(random) + " " + surname,
                conventions.date(Vocabulary.birthDate(random)), Places.address(region, random),
                Places.phone(region, random), driver ? Places.licenceNumber(region, surname, random) : null);
    }

    private static List<String> sentences(List<String> pool, int count, Random random) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(random.nextInt(Math.min(2, pool.size()))));
        }
        return List.copyOf(chosen);
    }

    private static String reportNumber(LocalDate date, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%d/%06d", date.getYear(), random.nextInt(1_000_000));
            case 1 -> String.format(Locale.ROOT, "CR-%02d-%07d", date.getYear() % 100, random.nextInt(10_000_000));
            default -> String.format(Locale.ROOT, "%s%d%05d", Places.letters(2, random), date.getYear(),
                    random.nextInt(100_000));
        };
    }
}

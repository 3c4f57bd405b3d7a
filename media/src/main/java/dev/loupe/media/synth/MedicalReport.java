package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a clinic's or hospital's report with charges says, before it is laid out; the date of service is the
 * truth, while the patient's date of birth and the date the report was written are printed beside it.
 */
record MedicalReport(
        Conventions conventions,
        Practice practice,
        String clinic,
        List<String> clinicAddress,
        String phone,
        String title,
        String serviceLabel,
        String patientName,
        String dateOfBirthPrinted,
        String patientNumberLabel,
        String patientNumber,
        LocalDate dateOfService,
        String dateOfServicePrinted,
        String reportDatePrinted,
        String clinician,
        Practice.Visit visit,
        List<Charge> charges,
        String totalLabel) {

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1940, 1, 1);

    /** One line of the charges: the procedure's code and what it cost. */
    record Charge(String code, LineItem item) {
    }

    static MedicalReport random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Practice practice = Vocabulary.pick(List.of(Practice.values()), random);
        LocalDate service = EARLIEST.plusDays(random.nextInt(DAYS));
        LocalDate birth = OLDEST_BIRTH.plusDays(random.nextInt(25_000));
        return new MedicalReport(conventions,
                practice,
                Vocabulary.pick(practice.names, random),
                Places.address(region, random),
                Places.phone(region, random),
                Vocabulary.pick(practice.titles, random),
                Vocabulary.pick(practice.serviceLabels, random),
                Vocabulary.personName(random),
                conventions.date(birth),
                Vocabulary.pick(random, "MRN", "Patient ID", "Hospital no.", "Patient no.", "File no."),
                Vocabulary.pick(random, "", "P-", "MR") + Places.digits(7, random),
                service,
                conventions.date(service),
                conventions.date(service.plusDays(random.nextInt(10))),
                "Dr " + Vocabulary.personName(random),
                Vocabulary.pick(practice.visits, random),
                charges(practice, random),
                Vocabulary.pick(random, "Total charges", "Amount billed", "Total fee", "Balance", "Balance due",
                        "TOTAL", "Total amount due"));
    }

    /** A report as a form with a charges table, or as a letter from the clinic with its charges listed. */
    static Composed compose(Random random, Medium medium) {
        MedicalReport report = random(random);
        Sheet sheet = random.nextBoolean()
                ? MedicalStatement.layout(report, medium.faces(), random)
                : MedicalLetter.layout(report, medium.faces(), random);
        return new Composed(sheet, report.truth(), report.title() + " - " + report.clinic(),
                List.of("RECEIVED", "COPY", "PAID"));
    }

    private static List<Charge> charges(Practice practice, Random random) {
        List<Practice.Procedure> procedures = new ArrayList<>(practice.procedures);
        int count = 2 + random.nextInt(3);
        List<Charge> charges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Practice.Procedure procedure = procedures.remove(random.nextInt(procedures.size()));
            Vocabulary.Good priced = new Vocabulary.Good(procedure.name(), procedure.low(), procedure.high());
            int quantity = repeatable(procedure) && random.nextInt(3) == 0 ? 2 + random.nextInt(4) : 1;
            charges.add(new Charge(procedure.code(),
                    new LineItem(procedure.name(), quantity, Vocabulary.price(priced, random))));
        }
        return List.copyOf(charges);
    }

    /** Treatment sessions, timed units and weekly hire are charged by the several; a visit or an X-ray once. */
    private static boolean repeatable(Practice.Procedure procedure) {
        return procedure.name().matches(".*(session|min|per week)$");
    }

    BigDecimal total() {
        return LineItem.sum(charges.stream().map(Charge::item).toList());
    }

    /** The clinic's notes as labelled lines: what it found, what it did and what comes next. */
    List<String[]> notes() {
        return List.of(new String[] {"Diagnosis", visit.diagnosis()}, new String[] {"Treatment", visit.treatment()},
                new String[] {"Follow-up", visit.followUp()});
    }

    /** The true field values, normalised: the patient's name as printed, an ISO date, a plain total. */
    Map<String, String> truth() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("patient_name", patientName);
        fields.put("date_of_service", dateOfService.toString());
        fields.put("total", total().toPlainString());
        conventions.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

package dev.loupe.media.synth;

import java.util.List;

/**
 * A kind of clinic a claim's medical papers come from: its names, what its papers are titled, how it labels the
 * day of the visit, the role of whoever signs, the visits it records and the coded procedures it charges for.
 */
enum Practice {
    EMERGENCY(List.of("St Bartholomew's General Hospital", "Riverside Regional Medical Centre",
            "Mercy Valley Hospital"),
            List.of("EMERGENCY DEPARTMENT DISCHARGE SUMMARY", "Emergency Department - Discharge Summary",
                    "ED Attendance Summary and Charges"),
            List.of("Date of attendance", "Date of service", "Arrival date", "Admission date"), "Attending physician",
            List.of(new Visit("Laceration to left forearm, 4 cm, no tendon involvement.",
                            "Wound irrigated and closed with six sutures; tetanus booster given.",
                            "Sutures out in 10 days at GP. Return if signs of infection."),
                    new Visit("Closed fracture of right distal radius after a fall on ice.",
                            "Closed reduction under regional block, below-elbow cast applied.",
                            "Fracture clinic review in one week. Keep cast dry; elevate arm."),
                    new Visit("Whiplash-associated neck strain following rear-end motor vehicle collision.",
                            "Examined; cervical X-ray shows no fracture. Analgesia prescribed.",
                            "Gentle mobilisation; physiotherapy referral. See GP if no better in 2 weeks.")),
            List.of(new Procedure("99284", "ED visit, high severity", 380, 950),
                    new Procedure("71046", "X-ray chest, 2 views", 90, 260),
                    new Procedure("73110", "X-ray wrist, 3 views", 85, 240),
                    new Procedure("12002", "Simple wound repair 2.6-7.5 cm", 180, 520),
                    new Procedure("29125", "Short arm splint, static", 95, 240),
                    new Procedure("J1885", "Ketorolac injection 15 mg", 15, 45))),
    PHYSIOTHERAPY(List.of("Active Life Physiotherapy", "CoreMotion Physio Clinic", "Harbourside Sports Physio"),
            List.of("PHYSIOTHERAPY TREATMENT STATEMENT", "Statement of Treatment", "Physiotherapy Report and Account"),
            List.of("Treatment date", "Date of treatment", "Session date", "Date of service"), "Physiotherapist",
            List.of(new Visit("Lumbar strain with reduced flexion after lifting at work.",
                            "Soft tissue mobilisation, core stability exercises, home exercise programme.",
                            "Review weekly for four weeks; expected return to full duties."),
                    new Visit("Post-operative rehabilitation, right knee arthroscopy.",
                            "Range of motion work, quadriceps strengthening, gait retraining.",
                            "Continue twice weekly; reassess at six weeks."),
                    new Visit("Cervical strain (whiplash) after motor vehicle accident.",
                            "Manual therapy to cervical spine, posture advice, heat.",
                            "Four further sessions recommended.")),
            List.of(new Procedure("PT01", "Initial assessment and treatment", 75, 140),
                    new Procedure("PT02", "Follow-up treatment session", 55, 110),
                    new Procedure("97110", "Therapeutic exercise, 15 min", 30, 70),
                    new Procedure("97140", "Manual therapy, 15 min", 35, 75),
                    new Procedure("E0114", "Crutches, hire per week", 10, 25))),
    GENERAL_PRACTICE(List.of("Elm Street Medical Practice", "Parkside Family Doctors", "Northgate Health Centre"),
            List.of("CONSULTATION REPORT", "GP Visit Report", "Medical Report and Fee Account"),
            List.of("Visit date", "Date of consultation", "Date of service", "Seen on"), "General practitioner",
            List.of(new Visit("Contusion of ribs, left side, after a fall from a ladder.",
                            "Examined; no signs of pneumothorax. Analgesia and breathing exercises advised.",
                            "Review in one week or sooner if breathless. Unfit for work for 7 days."),
                    new Visit("Acute anxiety and insomnia following a burglary at home.",
                            "Counselling given; short course of sleep hygiene measures.",
                            "Referral to psychology services. Review in two weeks."),
                    new Visit("Infected abrasion on right knee after a cycling accident.",
                            "Wound cleaned and dressed; oral antibiotics prescribed.",
                            "Practice nurse dressing change in 3 days.")),
            List.of(new Procedure("23", "Standard consultation", 45, 95),
                    new Procedure("36", "Long consultation", 80, 160),
                    new Procedure("11700", "ECG with report", 30, 75),
                    new Procedure("MC1", "Medical certificate", 15, 40),
                    new Procedure("DR2", "Wound dressing", 20, 55))),
    DENTAL(List.of("Bright Smile Dental Care", "Central City Dental Clinic", "Oakwood Dental Surgery"),
            List.of("DENTAL TREATMENT STATEMENT", "Statement of Dental Treatment", "Dental Account"),
            List.of("Treatment date", "Date of treatment", "Date of service", "Appointment date"), "Dentist",
            List.of(new Visit("Fractured upper left central incisor (21) after a fall.",
                            "Pulp protected, composite build-up placed; radiograph taken.",
                            "Crown to be considered in 3 months; review if sensitive."),
                    new Visit("Avulsed lower incisor after a sports injury.",
                            "Tooth replanted and splinted; antibiotics prescribed.",
                            "Splint removal in two weeks; root canal assessment."),
                    new Visit("Cracked molar (36) with pain on biting.",
                            "Root canal treatment started; temporary restoration placed.",
                            "Complete root canal and fit crown at next appointments.")),
            List.of(new Procedure("D0140", "Limited oral evaluation", 45, 110),
                    new Procedure("D0220", "Periapical radiograph", 20, 45),
                    new Procedure("D2392", "Composite filling, two surfaces", 140, 320),
                    new Procedure("D3310", "Root canal, anterior", 550, 1100),
                    new Procedure("D2740", "Crown, porcelain", 900, 1600),
                    new Procedure("D7140", "Extraction, erupted tooth", 120, 300)));

    /** What the clinic found, did and advised at one visit. */
    record Visit(String diagnosis, String treatment, String followUp) {
    }

    /** A billable procedure under its code, priced between {@code low} and {@code high}. */
    record Procedure(String code, String name, int low, int high) {
    }

    final List<String> names;
    final List<String> titles;
    final List<String> serviceLabels;
    final String signatory;
    final List<Visit> visits;
    final List<Procedure> procedures;

    Practice(List<String> names, List<String> titles, List<String> serviceLabels, String signatory,
            List<Visit> visits, List<Procedure> procedures) {
        this.names = names;
        this.titles = titles;
        this.serviceLabels = serviceLabels;
        this.signatory = signatory;
        this.visits = visits;
        this.procedures = procedures;
    }
}

package dev.loupe.media.synth;

import java.util.List;
import java.util.Random;

/** The words one insurer's form uses for each field, so forms from different insurers label them differently. */
record ClaimLabels(String claimNumber, String policyNumber, String claimant, String dateOfLoss, String total) {
    static ClaimLabels random(Random random) {
        return new ClaimLabels(
                Vocabulary.pick(List.of("Claim number", "Claim No.", "Claim reference", "Our reference"), random),
                Vocabulary.pick(List.of("Policy number", "Policy No.", "Policy reference", "Certificate no."), random),
                Vocabulary.pick(List.of("Claimant name", "Name of insured", "Policyholder", "Full name"), random),
                Vocabulary.pick(List.of("Date of loss", "Date of incident", "Date loss occurred", "Loss date"), random),
                Vocabulary.pick(List.of("Total claimed", "Amount claimed", "Total amount of claim", "Total",
                        "Amount payable", "Grand total"), random));
    }
}

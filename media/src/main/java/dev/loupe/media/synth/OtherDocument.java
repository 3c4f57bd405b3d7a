package dev.loupe.media.synth;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Papers that arrive with a claim but are none of the kinds read for fields: statements, certificates, wordings. */
final class OtherDocument {
    private OtherDocument() {
    }

    static Composed compose(Random random, Medium medium) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        return switch (random.nextInt(3)) {
            case 0 -> new Composed(BankStatementPage.layout(conventions, medium.faces(), random), Map.of(),
                    "Bank statement", List.of("COPY", "RECEIVED"));
            case 1 -> new Composed(VehicleRegistration.layout(conventions, medium.faces(), random), Map.of(),
                    "Vehicle registration certificate", List.of("COPY", "CERTIFIED COPY"));
            default -> new Composed(PolicyWordingPage.layout(conventions, medium.faces(), random), Map.of(),
                    "Policy wording", List.of());
        };
    }
}

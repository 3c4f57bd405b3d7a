package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What an insurance claim form says, before it is laid out; dates are kept both as dates and as printed. */
record ClaimForm(
        Conventions conventions,
        String insurer,
        List<String> insurerAddress,
        String title,
        String formCode,
        String claimNumber,
        String policyNumber,
        String claimantName,
        List<String> claimantAddress,
        String phone,
        String lossKind,
        LocalDate dateOfLoss,
        String dateOfLossPrinted,
        List<String> account,
        List<LineItem> items,
        Places.BankAccount bankAccount,
        String dateSignedPrinted) {

    private static final LocalDate EARLIEST_LOSS = LocalDate.of(2022, 1, 1);
    private static final int LOSS_DAYS = 1300;

    static ClaimForm random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Vocabulary.Loss loss = Vocabulary.loss(random);
        LocalDate dateOfLoss = EARLIEST_LOSS.plusDays(random.nextInt(LOSS_DAYS));
        String signed = conventions.date(dateOfLoss.plusDays(2 + random.nextInt(28)));
        return new ClaimForm(conventions,
                Places.insurer(region, random),
                Places.address(region, random),
                Vocabulary.pick(List.of("CLAIM FORM", "Insurance Claim Form", "CLAIM NOTIFICATION",
                        "Property Claim Form", "Notice of Loss"), random),
                "CF-" + (10 + random.nextInt(80)) + " rev. " + (2019 + random.nextInt(5)),
                Vocabulary.claimNumber(random),
                Vocabulary.policyNumber(random),
                Vocabulary.personName(random),
                Places.address(region, random),
                Places.phone(region, random),
                loss.kind(),
                dateOfLoss,
                conventions.date(dateOfLoss),
                loss.accounts(),
                items(loss, random),
                Places.bankAccount(region, random),
                signed);
    }

    /** A claim form in one of three layouts: sectioned, a grid of boxes, or a letter-like notice of loss. */
    static Composed compose(Random random, Medium medium) {
        ClaimForm form = random(random);
        Sheet sheet = switch (random.nextInt(3)) {
            case 0 -> ClaimFormLayout.layout(form, medium.faces(), random);
            case 1 -> ClaimFormGrid.layout(form, medium.faces(), random);
            default -> LossNotice.layout(form, medium.faces(), random);
        };
        return new Composed(sheet, form.truth(), "Claim form " + form.claimNumber(),
                List.of("RECEIVED", "SCANNED", "COPY"));
    }

    private static List<LineItem> items(Vocabulary.Loss loss, Random random) {
        List<Vocabulary.Good> goods = new ArrayList<>(loss.goods());
        int count = 2 + random.nextInt(3);
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Vocabulary.Good good = goods.remove(random.nextInt(goods.size()));
            int quantity = random.nextInt(5) == 0 ? 2 : 1;
            items.add(new LineItem(good.name(), quantity, Vocabulary.price(good, random)));
        }
        return List.copyOf(items);
    }

    Region region() {
        return conventions.region();
    }

    BigDecimal total() {
        return LineItem.sum(items);
    }

    /** The true field values, normalised: ISO dates, plain two-decimal amounts, names and ids as printed. */
    Map<String, String> truth() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("claim_number", claimNumber);
        fields.put("policy_number", policyNumber);
        fields.put("claimant_name", claimantName);
        fields.put("date_of_loss", dateOfLoss.toString());
        fields.put("total", total().toPlainString());
        conventions.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

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
        Region region,
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
        Vocabulary.BankAccount bankAccount,
        String dateSignedPrinted) {

    private static final LocalDate EARLIEST_LOSS = LocalDate.of(2022, 1, 1);
    private static final int LOSS_DAYS = 1300;

    static ClaimForm random(Random random) {
        Region region = Vocabulary.pick(List.of(Region.US, Region.UK, Region.EUROZONE), random);
        Vocabulary.Loss loss = Vocabulary.loss(random);
        LocalDate dateOfLoss = EARLIEST_LOSS.plusDays(random.nextInt(LOSS_DAYS));
        String lossDate = region.date(dateOfLoss, random);
        String signed = region.date(dateOfLoss.plusDays(2 + random.nextInt(28)), random);
        return new ClaimForm(region,
                Vocabulary.insurer(region, random),
                Vocabulary.address(region, random),
                Vocabulary.pick(List.of("CLAIM FORM", "Insurance Claim Form", "CLAIM NOTIFICATION"), random),
                "CF-" + (10 + random.nextInt(80)) + " rev. " + (2019 + random.nextInt(5)),
                Vocabulary.claimNumber(random),
                Vocabulary.policyNumber(random),
                Vocabulary.personName(random),
                Vocabulary.address(region, random),
                Vocabulary.phone(region, random),
                loss.kind(),
                dateOfLoss,
                lossDate,
                loss.accounts(),
                items(loss, random),
                Vocabulary.bankAccount(region, random),
                signed);
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
        region.currency().ifPresent(code -> fields.put("currency", code));
        return fields;
    }
}

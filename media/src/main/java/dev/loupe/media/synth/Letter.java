package dev.loupe.media.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What a letter or e-mail about a claim says, before it is laid out: who writes to whom, when, about which claim,
 * and paragraphs drawn from the writer's kind of sentences, naming dates, amounts and references in running text.
 *
 * @param organisation whether the sender prints a letterhead, as firms do, rather than a private address block
 */
record Letter(
        Conventions conventions,
        boolean organisation,
        String sender,
        List<String> senderAddress,
        String senderPhone,
        String senderEmail,
        String recipient,
        List<String> recipientAddress,
        String recipientEmail,
        String datePrinted,
        String time,
        String subject,
        List<String> references,
        String salutation,
        List<String> paragraphs,
        String closing,
        String signatory,
        String signatoryTitle) {

    /** Who writes: the sentences they use, with {claim}, {amount} and the like filled in from the claim. */
    private record Writer(List<String> openings, List<String> middles, List<String> closings) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1300;

    private static final Writer CLAIMANT = new Writer(List.of(
            "I am writing about my claim {claim} for the {loss} at my home on {date}.",
            "I refer to my telephone call of {later} about claim {claim} under policy {policy}.",
            "Further to my claim form, I would like to add some details about the {loss} on {date}."), List.of(
            "I enclose copies of the receipts for the items damaged, which come to {amount} in total.",
            "The repairer has now quoted {amount} for the work, and a copy of the estimate is attached.",
            "I have not yet heard from the loss adjuster, although I was told someone would call within a week.",
            "As requested, I also enclose a copy of my driving licence and the police report.",
            "My bank details are on the claim form; please pay any settlement into that account.",
            "The damage has got worse since {date}, so I would be grateful if the repairs could be approved soon.",
            "I paid {amount2} for emergency repairs myself and would like this to be included in the claim.",
            "I am unsure why my claim was reduced by {amount2} and would ask you to explain the calculation.",
            "My neighbour, who saw what happened, is happy to give a statement if that would help."), List.of(
            "Please contact me on {phone} or at {email} if you need anything further.",
            "I look forward to hearing from you.",
            "Thank you for your help with this matter."));

    private static final Writer INSURER = new Writer(List.of(
            "Thank you for notifying us of your claim under policy {policy}, which we received on {later}.",
            "We write further to your recent claim for the {loss} on {date}.",
            "Thank you for your letter of {later} about claim {claim}."), List.of(
            "We have registered your claim under the number {claim}; please quote it in all correspondence.",
            "We have appointed a loss adjuster, {handler}, who will contact you within five working days.",
            "Your policy carries an excess of {amount2}, which will be deducted from any settlement.",
            "We have received the invoice for {amount} and are reviewing it against the policy cover.",
            "We are pleased to confirm a settlement of {amount}, which will be paid within five working days.",
            "To progress your claim, please send us the original receipts and any photographs of the damage.",
            "Please note that we cannot consider costs incurred before the date of loss, {date}.",
            "Our assessment is based on the policy wording, a copy of which is enclosed for your reference.",
            "If you disagree with our decision, you may ask for it to be reviewed by our complaints team."), List.of(
            "If you have any questions, please call us on {phone} quoting your claim number.",
            "We will write to you again once our enquiries are complete.",
            "Thank you for your patience while we look into this."));

    private static final Writer SOLICITOR = new Writer(List.of(
            "We act for {name} in connection with the incident on {date} and write regarding claim {claim}.",
            "We have been instructed by {name} regarding the {loss} on {date}, your reference {claim}.",
            "We refer to previous correspondence regarding our client, {name}, and your policy {policy}."), List.of(
            "Our client's losses currently stand at {amount}, and a schedule is enclosed.",
            "Please confirm within 21 days whether liability is admitted under the policy.",
            "We enclose our client's signed statement and copies of the supporting invoices.",
            "Our client has incurred a further {amount2} in alternative accommodation, which we ask you to meet.",
            "We note that the claim was notified promptly and all information requested has been provided.",
            "In the absence of a satisfactory response we are instructed to refer the matter to the ombudsman.",
            "Interest is claimed at the statutory rate from {date} until the date of payment."), List.of(
            "Please direct all further correspondence to this office, quoting our reference.",
            "We look forward to hearing from you within 21 days.",
            "We reserve our client's position in all respects."));

    static Letter random(Random random, boolean twoPages) {
        Region region = Vocabulary.pick(List.of(Region.values()), random);
        Conventions conventions = region.conventions(random);
        Vocabulary.Loss loss = Vocabulary.loss(random);
        LocalDate date = EARLIEST.plusDays(random.nextInt(DAYS));
        LocalDate later = date.plusDays(3 + random.nextInt(20));
        LocalDate sent = later.plusDays(2 + random.nextInt(30));
        String claimant = Vocabulary.personName(random);
        String claimNumber = Vocabulary.claimNumber(random);
        String policyNumber = Vocabulary.policyNumber(random);
        String insurer = Places.insurer(region, random);
        String insurerDomain = insurer.toLowerCase(Locale.ROOT).split(" ")[0].replaceAll("[^a-z]", "") + "-claims.example";
        String claimantEmail = Vocabulary.email(claimant, Vocabulary.pick(random, "mailbox.example", "post.example",
                "inbox.example"), random);
        String handler = Vocabulary.personName(random);
        int who = random.nextInt(3);
        Writer writer = switch (who) {
            case 0 -> CLAIMANT;
            case 1 -> INSURER;
            default -> SOLICITOR;
        };
        String firm = Vocabulary.pick(random, "Hart & Novak Solicitors", "Brennan Patel LLP", "Moreau Fischer Legal",
                "Sullivan Adeyemi Lawyers");
        String sender = switch (who) {
            case 0 -> claimant;
            case 1 -> insurer;
            default -> firm;
        };
        String signatory = switch (who) {
            case 0 -> claimant;
            case 1 -> handler;
            default -> Vocabulary.personName(random);
        };
        String senderEmail = who == 0 ? claimantEmail
                : Vocabulary.email(signatory, who == 1 ? insurerDomain : firm.toLowerCase(Locale.ROOT).split(" ")[0]
                        .replaceAll("[^a-z]", "") + "-law.example", random);
        String phone = Places.phone(region, random);
        Map<String, String> values = Map.of("{claim}", claimNumber, "{policy}", policyNumber, "{date}",
                conventions.date(date), "{later}", conventions.date(later), "{loss}",
                loss.kind().toLowerCase(Locale.ROOT), "{name}", claimant, "{handler}", handler, "{phone}", phone,
                "{email}", senderEmail, "{amount}", conventions.money(amount(random, 300, 9000)));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(fill(Vocabulary.pick(writer.openings(), random), values, conventions, random));
        List<String> middles = new ArrayList<>(writer.middles());
        int count = twoPages ? 5 + random.nextInt(2) : 1 + random.nextInt(3);
        for (int i = 0; i < count && middles.size() >= 2; i++) {
            int sentences = twoPages ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
            StringBuilder paragraph = new StringBuilder();
            for (int j = 0; j < sentences && !middles.isEmpty(); j++) {
                String sentence = middles.remove(random.nextInt(middles.size()));
                paragraph.append(j == 0 ? "" : " ").append(fill(sentence, values, conventions, random));
            }
            paragraphs.add(paragraph.toString());
        }
        paragraphs.add(fill(Vocabulary.pick(writer.closings(), random), values, conventions, random));
        boolean toInsurer = who != 1;
        String recipient = toInsurer ? insurer : claimant;
        String firstName = claimant.split(" ")[0];
        String salutation = toInsurer ? Vocabulary.pick(random, "Dear Sir or Madam,", "Dear Claims Team,",
                "Dear " + handler + ",") : Vocabulary.pick(random, "Dear " + claimant + ",", "Dear " + firstName + ",");
        List<String> references = new ArrayList<>();
        references.add(Vocabulary.pick(random, "Claim number: ", "Your ref: ", "Claim ref: ") + claimNumber);
        references.add(Vocabulary.pick(random, "Policy number: ", "Policy: ") + policyNumber);
        if (who == 2) {
            references.add("Our ref: " + Places.letters(3, random) + "/" + Places.digits(5, random));
        }
        return new Letter(conventions, who != 0, sender, Places.address(region, random), phone, senderEmail,
                recipient, Places.address(region, random),
                toInsurer ? "claims@" + insurerDomain : claimantEmail,
                conventions.date(sent),
                String.format(Locale.ROOT, "%02d:%02d", 8 + random.nextInt(10), random.nextInt(60)),
                Vocabulary.pick(random, "Re: ", "RE: Claim ", "Your claim - ", "") + claimNumber + " - "
                        + loss.kind(),
                List.copyOf(references), salutation, List.copyOf(paragraphs),
                Vocabulary.pick(random, "Yours faithfully,", "Yours sincerely,", "Kind regards,", "Regards,"),
                signatory,
                switch (who) {
                    case 0 -> "";
                    case 1 -> Vocabulary.pick(random, "Claims Handler", "Senior Claims Adjuster", "Claims Team Leader");
                    default -> Vocabulary.pick(random, "Partner", "Associate Solicitor", "Paralegal");
                });
    }

    /** A letter on paper or an e-mail printed out, on two pages where the medium allows. */
    static Composed compose(Random random, Medium medium) {
        boolean twoPages = medium.secondPage(random.nextInt(3) == 0);
        Letter letter = random(random, twoPages);
        boolean email = random.nextInt(3) == 0;
        List<Sheet> pages = email ? EmailPrintout.layout(letter, medium.faces(), twoPages, random)
                : LetterLayout.layout(letter, medium.faces(), twoPages, random);
        return new Composed(pages, Map.of(), (email ? "E-mail: " : "Letter: ") + letter.subject(),
                List.of("RECEIVED", "COPY", "SCANNED"));
    }

    private static String fill(String sentence, Map<String, String> values, Conventions conventions,
            Random random) {
        String filled = sentence.replace("{amount2}", conventions.money(amount(random, 100, 1200)));
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private static BigDecimal amount(Random random, int low, int high) {
        return BigDecimal.valueOf((low + random.nextInt(high - low)) * 100L + Vocabulary.pick(List.of(0, 0, 50, 99),
                random), 2);
    }
}

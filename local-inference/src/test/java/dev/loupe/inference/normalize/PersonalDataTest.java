package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.annotation.PiiSpan;
import dev.loupe.core.annotation.Word;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {
    @Test
    void marksAClaimFormsPersonalDataButNotItsClaimNumberDatesOrAmounts() {
        PageLayout form = new PageLayout()
                .line("ACME INSURANCE CLAIM FORM")
                .line("Claim number: CLM-2024-001238   Policy number: HX 1234 5678")
                .line("Claimant: Jane Doe   Date of birth: 12/03/1980")
                .line("Address: 12 High Street")
                .lineUnder("12", "Leeds LS1 4AB")
                .line("Phone: +44 20 7946 0958   Email: jane.doe@example.co.uk")
                .line("Date of loss: 12/01/2024   Total claimed: £1,234.56")
                .line("Sort code 20-45-67 Account number 12345678")
                .line("Card: 4111 1111 1111 1111")
                .line("NI number: QQ 12 34 56 C   Licence no. DOE99801JD9AB")
                .line("Signed: Jane Doe   Date: 14/01/2024");

        assertThat(found(form, PersonalData.find(form.words()))).containsExactly(
                "id_number: HX 1234 5678",
                "person_name: Jane Doe",
                "date_of_birth: 12/03/1980",
                "address: 12 High Street",
                "address: Leeds LS1 4AB",
                "phone: +44 20 7946 0958",
                "email: jane.doe@example.co.uk",
                "account_number: 20-45-67",
                "account_number: 12345678",
                "account_number: 4111 1111 1111 1111",
                "id_number: QQ 12 34 56 C",
                "id_number: DOE99801JD9AB",
                "person_name: Jane Doe");
    }

    @Test
    void marksALettersAddresseeCardPhoneAndEmailAndTheNamesTheTaggerFound() {
        PageLayout letter = new PageLayout()
                .line("Mr John Smith")
                .line("14 Elm Road")
                .line("Bristol BS1 5TR")
                .line("15 March 2024")
                .line("Dear Mr Smith,")
                .line("Your claim CL/23/004567 for the loss on 02/03/2024 has been approved. We will pay £450.00 to")
                .line("the account ending **** 4821 within 5 working days. Call us on 0117 496 0321 or write to")
                .line("claims@acme-insurance.co.uk quoting policy PL-004711.")
                .line("Yours sincerely,")
                .line("Sarah Connor")
                .line("Claims Officer");
        List<List<Integer>> tagged = List.of(letter.indexesOf("John Smith"));

        assertThat(found(letter, PersonalData.find(letter.words(), tagged))).containsExactly(
                "person_name: John Smith",
                "person_name: Mr Smith,",
                "account_number: **** 4821",
                "phone: 0117 496 0321",
                "email: claims@acme-insurance.co.uk",
                "id_number: PL-004711.");
    }

    @Test
    void marksOnlyTheStoresPhoneAndTheMaskedCardOnAReceipt() {
        PageLayout receipt = new PageLayout()
                .line("TESCO STORES LTD")
                .line("Leeds LS1 4AB")
                .line("Tel 0113 496 0123")
                .line("VAT No. GB 123 4567 89")
                .line("12/01/2024 14:32")
                .line("Milk 2L   1.25")
                .line("Bread   1.10")
                .line("Fuel 40.12 L @ 1.459   58.53")
                .line("TOTAL   £61.88")
                .line("VISA ************1234")
                .line("AUTH CODE 123456")
                .line("Transaction 0012 3456 7890")
                .line("ABN 12 345 678 901")
                .line("Thank you for shopping with us");

        assertThat(found(receipt, PersonalData.find(receipt.words()))).containsExactly(
                "phone: 0113 496 0123",
                "account_number: ************1234");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+44 20 7946 0958", "(312) 555-0147", "0113 496 0123", "+49 30 1234567",
            "(02) 9123 4567", "312-555-0147", "+1 (312) 555-0147", "+61 2 9123 4567", "+91 98765 43210",
            "07700 900123", "+44 (0)20 7946 0958", "1-800-555-0199"})
    void marksPhoneNumbersInInternationalAndNationalForms(String phone) {
        PageLayout page = new PageLayout().line("Call " + phone + " today");

        assertThat(found(page, PersonalData.find(page.words()))).containsExactly("phone: " + phone);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Total $1,234.56", "Paid 12/01/2024", "Issued 2024-01-12", "Claim CLM-2024-001234",
            "Claim no: 0113 496 0123", "Invoice 0012345678", "Qty 2 x 1 234,56", "Ref 20-45-67",
            "VAT No. GB 123 4567 89", "ABN 12 345 678 901", "Amount 1000000.00", "Invoice INV-2024-0042",
            "Policy holder since 2019", "Dear Sir or Madam,", "Company name: Acme Ltd", "Name of bank: Barclays",
            "The insured vehicle was parked", "Total 4,111.11 1,111.11", "Date 12.01.2024 Time 14:30",
            "Order 1234-5678-9012", "Patient was seen on 12 Jan 2024"})
    void findsNoPersonalDataInAmountsDatesReferencesOrPlainWords(String line) {
        PageLayout page = new PageLayout().line(line);

        assertThat(PersonalData.find(page.words())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Name: Jane Doe                    | person_name: Jane Doe
            Name:Jane Doe                     | person_name: Name:Jane Doe
            Patient name: MARY ANN SMITH DOB: 01/02/1950 | person_name: MARY ANN SMITH;date_of_birth: 01/02/1950
            Patient ID: MRN-004471            | id_number: MRN-004471
            Member ID: 9876 5432 10           | id_number: 9876 5432 10
            Passport: 123456789               | id_number: 123456789
            SSN 123-45-6789                   | id_number: 123-45-6789
            Insured: Seán O'Brien-Murphy      | person_name: Seán O'Brien-Murphy
            Account holder: Mr A. Patel       | person_name: Mr A. Patel
            Officer: PC Jane Marple           | person_name: PC Jane Marple
            IBAN: DE89 3704 0044 0532 0130 00 | account_number: DE89 3704 0044 0532 0130 00
            Pay into GB82 WEST 1234 5698 7654 32 please | account_number: GB82 WEST 1234 5698 7654 32
            BSB 062-000 Account 1234 5678     | account_number: 062-000;account_number: 1234 5678
            Routing number: 021000021         | account_number: 021000021
            D.O.B. 3rd March 1975             | date_of_birth: 3rd March 1975
            Date of birth: 12 Jan 80          | date_of_birth: 12 Jan 80
            Tel: 020 7946 0958                | phone: 020 7946 0958
            Mobile 07700900123                | phone: 07700900123
            Card ending XXXX-XXXX-XXXX-4821   | account_number: XXXX-XXXX-XXXX-4821
            E-mail address: j.doe@mail.com    | email: j.doe@mail.com
            """)
    void marksTheValuesAfterLabels(String line, String expected) {
        PageLayout page = new PageLayout().line(line);

        assertThat(found(page, PersonalData.find(page.words()))).containsExactly(expected.split(";"));
    }

    @Test
    void aFormsValueInItsOwnColumnNeedsNoColonAndEndsAtTheNextColumn() {
        PageLayout form = new PageLayout()
                .line("Claimant name   Jane Doe   Policy   HX 1234 5678")
                .line("Patient   John Q Public   Age 44");

        assertThat(found(form, PersonalData.find(form.words()))).containsExactly(
                "person_name: Jane Doe",
                "id_number: HX 1234 5678",
                "person_name: John Q Public");
    }

    @Test
    void aKnownNameAcrossTwoLinesIsMarkedOnEach() {
        PageLayout page = new PageLayout().line("Patient Mary").line("Ann Smith attended");
        List<Integer> name = List.of(1, 2, 3);

        List<PiiSpan> spans = PersonalData.find(page.words(), List.of(name));

        assertThat(found(page, spans)).containsExactly("person_name: Mary", "person_name: Ann Smith");
        assertThat(spans).allSatisfy(span -> assertThat(span.model()).isEqualTo(PersonalData.MODEL));
        assertThatThrownBy(() -> PersonalData.find(page.words(), List.of(List.of(9))))
                .hasMessage("A known name points at word 9, but the document has 5 words.");
    }

    @Test
    void aSpansBoxAndPageAreItsWords() {
        PageLayout page = new PageLayout().line("Cover page").nextPage().line("Email: jane@example.com today");

        PiiSpan span = PersonalData.find(page.words()).get(0);

        Word email = page.words().get(page.indexesOf("jane@example.com").get(0));
        assertThat(span.page()).isEqualTo(1);
        assertThat(span.box()).isEqualTo(email.box());
        assertThat(span.kind()).isEqualTo(PiiKind.EMAIL);
    }

    /** Each span as "kind: its words", in the order found. */
    static List<String> found(PageLayout layout, List<PiiSpan> spans) {
        List<Word> words = layout.words();
        return spans.stream().map(span -> span.kind().wire() + ": " + span.words().stream()
                .map(i -> words.get(i).text()).collect(Collectors.joining(" "))).toList();
    }
}

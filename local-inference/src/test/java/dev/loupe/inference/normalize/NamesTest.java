package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Jane Doe                 | Jane Doe
            "  Jane    Doe  "        | Jane Doe
            "Jane\u00a0Doe"          | Jane Doe
            "JANE DOE,"              | JANE DOE
            "Jane Doe."              | Jane Doe
            ": Jane Doe"             | Jane Doe
            "“Jane Doe”"             | Jane Doe
            "- Jane Doe -"           | Jane Doe
            "Smith, J."              | "Smith, J."
            "John Smith Jr."         | John Smith Jr.
            "Seán O’Brien"           | Seán O’Brien
            "Sea\u0301n O'Brien"     | Seán O'Brien
            "Jean-Luc Picard;"       | Jean-Luc Picard
            "(Mr A. Patel)"          | Mr A. Patel
            "Dr. Müller"             | Dr. Müller
            """)
    void foldsPeoplesNamesKeepingTheirCase(String raw, String expected) {
        assertThat(Names.person(raw)).isEqualTo(expected);
        assertThat(Names.person(expected)).as("the truth's side reads alike").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Acme Ltd.                | Acme Ltd.
            "ACME  PLUMBING  LTD"    | ACME PLUMBING LTD
            "Joe's Diner."           | Joe's Diner
            "Müller & Söhne GmbH,"   | Müller & Söhne GmbH
            "Bauhaus S.A."           | Bauhaus S.A.
            "Acme (UK)"              | Acme (UK)
            "Acme (UK))"             | Acme (UK)
            "* Coles Supermarkets *" | Coles Supermarkets
            "Smith & Sons."          | Smith & Sons
            "Apollo Pharmacy Pvt. Ltd." | Apollo Pharmacy Pvt. Ltd.
            "Wayne Enterprises, Inc."   | "Wayne Enterprises, Inc."
            """)
    void foldsBusinessNamesKeepingTheStopOfTheirAbbreviations(String raw, String expected) {
        assertThat(Names.organisation(raw)).isEqualTo(expected);
        assertThat(Names.organisation(expected)).as("the truth's side reads alike").isEqualTo(expected);
    }
}

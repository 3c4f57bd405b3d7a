package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {
    private static final List<IdentifierShape> SHAPES = List.of(IdentifierShape.of("CLM-####-######"),
            IdentifierShape.of("HX #### ####"), IdentifierShape.of("CL/##/######"), IdentifierShape.of("@@-#####"));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CLM-2024-001234        | CLM-2024-001234
            clm-2024-001234        | CLM-2024-001234
            "  HX 1234   5678 "    | HX 1234 5678
            "HX\u00a01234\t5678"   | HX 1234 5678
            CL/23/004567           | CL/23/004567
            "#INV-00123"           | INV-00123
            "INV-00123."           | INV-00123
            "Ref: AB-12345;"       | "REF: AB-12345"
            "(PO 4471)"            | PO 4471
            inv o0123              | INV O0123
            "POL -00249055"        | POL-00249055
            "CL / 23 /004567"      | CL/23/004567
            "_NB-48698920-5_—-"    | NB-48698920-5
            "HX_9192 6337"         | HX 9192 6337
            """)
    void keepsIdentifiersAsPrintedInCapitals(String raw, String expected) {
        assertThat(Identifiers.normalise(raw)).isEqualTo(expected);
        assertThat(Identifiers.normalise(expected)).as("the truth's side reads alike").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CLM-2024-001234    | CLM-2024-001234
            CLM-2O24-OO1234    | CLM-2024-001234
            CLM-2024-0Ol2S4    | CLM-2024-001254
            CLM 2024 001234    | CLM-2024-001234
            CLM2024001234      | CLM-2024-001234
            CIM-2024-001234    | CIM-2024-001234
            HX12345678         | HX 1234 5678
            HX 1234 S67B       | HX 1234 5678
            HX I234 5678       | HX 1234 5678
            CL/23/OO4567       | CL/23/004567
            cl-23-004567       | CL/23/004567
            A8-12345           | AB-12345
            0X-I2345           | OX-12345
            INV-00123          | INV-00123
            """)
    void putsOcrConfusionsRightWhereAKnownShapeSaysADigitOrLetterGoes(String raw, String expected) {
        assertThat(Identifiers.normalise(raw, SHAPES)).isEqualTo(expected);
        assertThat(Identifiers.normalise(expected, SHAPES)).as("the truth's side reads alike").isEqualTo(expected);
    }

    @Test
    void aShapeFitsOnlyIdentifiersWithItsLettersAndDigits() {
        IdentifierShape claim = IdentifierShape.of("CLM-####-######");

        assertThat(claim.fit("CLM-2024-00123")).isEmpty();
        assertThat(claim.fit("CLM-2024-0012345")).isEmpty();
        assertThat(claim.fit("CLM-2024-00X234")).isEmpty();
        assertThat(claim.fit("CLM_2024_001234")).isEmpty();
        assertThat(IdentifierShape.of("**-###").fit("ZQ-123")).contains("ZQ-123");
        assertThatThrownBy(() -> IdentifierShape.of("CLM-2024")).hasMessage("An identifier's form needs at least one "
                + "# (digit), @ (letter) or * (either), got 'CLM-2024'.");
    }
}

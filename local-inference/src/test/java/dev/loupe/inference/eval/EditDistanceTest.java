package dev.loupe.inference.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("Total 12.50", "Total 12.50")).isZero();
        assertThat(EditDistance.between("CLM-2O24", "CLM-2024")).isEqualTo(1);
    }

    @Test
    void comparableValuesFoldCaseSpaceAndFormat() {
        assertThat(FieldValues.comparable("claimant_name", "  Maria   LOPEZ ")).isEqualTo("maria lopez");
        assertThat(FieldValues.comparable("date", "2024-01-12")).isEqualTo("2024-01-12");
        assertThat(FieldValues.comparable("total", "1234.50")).isEqualTo("1234.50");
        assertThat(FieldValues.comparable("total", "")).isEmpty();
    }
}

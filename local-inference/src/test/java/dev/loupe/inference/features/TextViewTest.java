package dev.loupe.inference.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.Word;
import org.junit.jupiter.api.Test;

class TextViewTest {
    @Test
    void wordsOfALineAreItsNeighbours() {
        TextView view = new PageWords().line("Claim", "number:", "CLM-2024-001234").line("Policy", "no.", "HX").view();

        assertThat(view.lines()).hasSize(2);
        assertThat(view.onLine(2, -1).text()).isEqualTo("number:");
        assertThat(view.onLine(2, 1)).isNull();
        assertThat(view.onLine(3, -1)).as("the line above is not on the line").isNull();
        assertThat(view.positionInLine(2)).isEqualTo(2);
    }

    @Test
    void theLabelAboveABoxedValueIsSeen() {
        PageWords page = new PageWords();
        page.lineAt(0.05, "Claimant", "name").lineAt(0.05, "Maria", "Lopez");
        TextView view = page.view();

        assertThat(view.above(2)).extracting(Word::text).containsExactly("Claimant");
        assertThat(view.above(3)).as("the phrase 'Maria Lopez' lies under the whole label")
                .extracting(Word::text).containsExactly("Claimant", "name");
    }

    @Test
    void wordsAreFoldedSoThatDigitsAndCaseDoNotMatter() {
        assertThat(Tokens.fold("Total:")).isEqualTo("total");
        assertThat(Tokens.fold("$1,234.56")).isEqualTo("0,000.00");
        assertThat(Tokens.shape("CLM-2024")).isEqualTo("XXX-ddd");
        assertThat(Tokens.looksLikeAmount("1.234,56")).isTrue();
        assertThat(Tokens.looksLikeAmount("2024")).isFalse();
    }
}

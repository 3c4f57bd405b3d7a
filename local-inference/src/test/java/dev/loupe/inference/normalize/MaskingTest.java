package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.annotation.PiiSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void replacesEachSpanWithItsKindLineByLine() {
        PageLayout form = new PageLayout()
                .line("Claimant: Jane Doe   Policy number: HX 1234 5678")
                .line("Phone: +44 20 7946 0958")
                .line("Total: £1,234.56");

        String masked = Masking.mask(form.words(), PersonalData.find(form.words()));

        assertThat(masked).isEqualTo("""
                Claimant: [person_name] Policy number: [id_number]
                Phone: [phone]
                Total: £1,234.56
                """);
    }

    @Test
    void refusesASpanThatPointsPastTheWords() {
        PageLayout page = new PageLayout().line("Hello");
        PiiSpan stray = new PiiSpan(PiiKind.PHONE, 0, page.words().get(0).box(), List.of(3), PersonalData.MODEL);

        assertThatThrownBy(() -> Masking.mask(page.words(), List.of(stray)))
                .hasMessage("A span of personal data points at word 3, but the document has 1 words.");
    }
}

package dev.gazette.suggest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokensTest {

    @Test
    void wordsAreLowerCaseNumbersAreOneTokenAndSmallWordsGo() {
        assertThat(WordTokens.of("Shr 23 cts vs 18 cts; the NET profit of São Paulo's 1987 Q4"))
                .containsExactly("shr", WordTokens.NUMBER, "cts", "vs", WordTokens.NUMBER, "cts", "net", "profit", "são",
                        "paulo", WordTokens.NUMBER, WordTokens.NUMBER);
    }

    @Property
    void neverThrowsAndNeverGivesAnEmptyOrSpacedToken(@ForAll String text) {
        for (String t : WordTokens.of(text)) {
            assertThat(t).isNotEmpty().doesNotContainAnyWhitespaces();
        }
    }
}

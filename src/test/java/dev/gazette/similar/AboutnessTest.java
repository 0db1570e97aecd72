package dev.gazette.similar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AboutnessTest {

    @Test
    void namesAreTheCapitalisedWordsOfASentenceCaseHeadline() {
        assertThat(Aboutness.names("Valparaíso council approves repairs to Artillería lift after review by mayor Camila Nieto"))
                .containsExactly("artilleria", "camila", "nieto");
        assertThat(Aboutness.names("Explainer: What the vote means for Nairobi's water"))
                .containsExactly("nairobi");
        assertThat(Aboutness.names("Port Strike Ends As Workers Accept New Offer")).isEmpty(); // title case
        assertThat(Aboutness.names(null)).isEmpty();
    }

    @Test
    void copiesAgreeOnTheirPlaceAndShareANameWhenBothHeadlinesHaveNames() {
        Aboutness chile = Aboutness.of("Valparaíso council approves repairs to Artillería lift", "cl");
        assertThat(chile.agreesWith(Aboutness.of("Lift repairs approved in Chile's Artillería", "CL"))).isTrue();
        assertThat(chile.agreesWith(Aboutness.of("What we know so far", "CL"))).isTrue();
        assertThat(chile.agreesWith(Aboutness.of("Valparaíso council approves repairs to Artillería lift", "IE"))).isFalse();
        assertThat(chile.agreesWith(Aboutness.of("Cork council backs new footbridge at Shandon", null))).isFalse();
        assertThat(chile.agreesWith(Aboutness.of(null, null))).isTrue();
    }
}

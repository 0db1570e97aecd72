package dev.gazette.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void shipsEnoughPlacesOfEveryKind() {
        assertThat(gazetteer.kindCounts().get(TermKind.CITY) + gazetteer.kindCounts().get(TermKind.CAPITAL))
                .isGreaterThan(2000);
        assertThat(gazetteer.kindCounts().get(TermKind.DIVISION)).isGreaterThan(500);
        assertThat(gazetteer.kindCounts().get(TermKind.FOREIGN)).isGreaterThan(5000);
        assertThat(gazetteer.kindCounts().get(TermKind.DEMONYM)).isGreaterThan(300);
        assertThat(gazetteer.kindCounts().get(TermKind.METONYM)).isGreaterThan(50);
    }

    @Test
    void everyCodeItNamesIsACountryGeographyKnows() {
        Geography geo = Geography.standard();
        for (String code : gazetteer.codes()) {
            assertThat(geo.subRegion(code)).as(code).isNotNull();
        }
        assertThat(gazetteer.codes()).hasSizeGreaterThan(240);
    }

    @Test
    void foldingIgnoresCaseAccentsAndTypographicApostrophes() {
        assertThat(Tokens.fold("Élysée")).isEqualTo("elysee");
        assertThat(Tokens.fold("Côte")).isEqualTo("cote");
        assertThat(Tokens.fold("’")).isEqualTo("'");
        assertThat(Tokens.fold("Москва")).isEqualTo("москва");
        assertThat(Tokens.fold("caracas")).isEqualTo("caracas");
    }

    @Test
    void tokensSplitWordsPunctuationAndUnspacedScripts() {
        Tokens t = Tokens.of("U.S.-backed 中国人");
        assertThat(t.size).isEqualTo(9);
        assertThat(t.key(0)).isEqualTo("u");
        assertThat(t.key(4)).isEqualTo("-");
        assertThat(t.key(6)).isEqualTo("中");
    }
}

package dev.gazette.enrich;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GeographyTest {

    private final Geography geo = Geography.standard();

    @Test
    void everyIsoCountryHasASubRegionAndAContinent() {
        Set<String> iso = new HashSet<>(Set.of(Locale.getISOCountries()));
        iso.removeAll(Set.of("AN")); // Netherlands Antilles, withdrawn in 2010
        for (String code : iso) {
            assertThat(geo.subRegion(code)).as(code).isNotNull();
            assertThat(geo.continent(code)).as(code).isNotNull();
            assertThat(geo.countryName(code)).as(code).isNotEqualTo(code);
        }
        assertThat(geo.allCountries()).hasSizeGreaterThanOrEqualTo(249);
    }

    @Test
    void latinAmericaUsesTheM49IntermediateRegions() {
        assertThat(geo.subRegion("VE")).isEqualTo("South America");
        assertThat(geo.continent("VE")).isEqualTo("Americas");
        assertThat(geo.subRegion("MX")).isEqualTo("Central America");
        assertThat(geo.subRegion("CU")).isEqualTo("Caribbean");
        assertThat(geo.subRegion("US")).isEqualTo("Northern America");
        assertThat(geo.subRegion("ru")).isEqualTo("Eastern Europe");
        assertThat(geo.subRegion("SY")).isEqualTo("Western Asia");
        assertThat(geo.subRegion("ZZ")).isNull();
    }

    @Test
    void namesCodesAndAliasesResolveToCodes() {
        assertThat(geo.countryName("VE")).isEqualTo("Venezuela");
        assertThat(geo.countryName("US")).isEqualTo("United States");
        assertThat(geo.countryName("GB")).isEqualTo("United Kingdom");
        assertThat(geo.countryName("QQ")).isEqualTo("QQ");
        assertThat(geo.countryCode("Venezuela")).contains("VE");
        assertThat(geo.countryCode("ve")).contains("VE");
        assertThat(geo.countryCode("U.S.")).contains("US");
        assertThat(geo.countryCode("Britain")).contains("GB");
        assertThat(geo.countryCode("Ivory Coast")).contains("CI");
        assertThat(geo.countryCode("Burma")).contains("MM");
        assertThat(geo.countryCode("Czechia")).contains("CZ");
        assertThat(geo.countryCode("Deutschland")).contains("DE");
        assertThat(geo.countryCode("Atlantis")).isEmpty();
    }

    @Test
    void regionsExpandToTheirCountries() {
        assertThat(geo.countriesFor("South America")).contains("VE", "BR", "AR").doesNotContain("MX");
        assertThat(geo.countriesFor("americas")).contains("VE", "MX", "US", "CU");
        assertThat(geo.countriesFor("Latin America")).contains("VE", "MX", "CU").doesNotContain("US");
        assertThat(geo.countriesFor("VE")).containsExactly("VE");
        assertThat(geo.countriesFor("Venezuela")).containsExactly("VE");
        assertThat(geo.countriesFor("nowhere")).isEmpty();
    }

    @Test
    void listsForBrowsing() {
        assertThat(geo.continents()).startsWith("Africa", "Americas", "Asia", "Europe", "Oceania");
        assertThat(geo.subRegions("Americas")).containsExactlyInAnyOrder(
                "Caribbean", "Central America", "South America", "Northern America");
        assertThat(geo.countries("South America")).contains("VE").first().isEqualTo("AR");
        int total = 0;
        for (String c : geo.continents()) {
            for (String s : geo.subRegions(c)) {
                total += geo.countries(s).size();
            }
        }
        assertThat(total).isEqualTo(geo.allCountries().size());
    }
}

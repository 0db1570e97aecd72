package dev.gazette.model;

import java.util.List;

/**
 * The countries a story is about, most relevant first, and the one it is mostly about.
 *
 * @param countries       the countries that matter (passing mentions left out)
 * @param primaryCountry  ISO alpha-2 code of the main country, or null when none
 * @param subRegion       UN M49 sub-region name of the primary country ("South America"), or null
 * @param continent       UN M49 region name of the primary country ("Americas"), or null
 */
public record RegionAssessment(List<CountryMention> countries, String primaryCountry,
                               String subRegion, String continent) {
    public static final RegionAssessment NONE = new RegionAssessment(List.of(), null, null, null);

    public RegionAssessment {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    public List<String> codes() {
        return countries.stream().map(CountryMention::code).toList();
    }
}

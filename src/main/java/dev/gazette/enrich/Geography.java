package dev.gazette.enrich;

import java.util.List;
import java.util.Optional;

/**
 * Countries and their UN M49 sub-regions and continents. Immutable, safe across threads.
 */
public final class Geography {

    public static Geography standard() {
        return new Geography();
    }

    /** English short name of an alpha-2 code ("VE" → "Venezuela"), or the code itself. */
    public String countryName(String code) {
        return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    }

    /** UN M49 sub-region name ("South America"), or null. */
    public String subRegion(String code) {
        return null;
    }

    /** UN M49 region name ("Americas"), or null. */
    public String continent(String code) {
        return null;
    }

    /** An alpha-2 code, country name or alias, sub-region or continent name to the list of
     *  alpha-2 codes it covers (empty when unknown). */
    public List<String> countriesFor(String nameOrCode) {
        return List.of();
    }

    /** Alpha-2 code of a country name, alias or code, if known. */
    public Optional<String> countryCode(String nameOrCode) {
        return Optional.empty();
    }

    public List<String> continents() {
        return List.of();
    }

    public List<String> subRegionsOf(String continent) {
        return List.of();
    }

    public List<String> countriesOf(String subRegion) {
        return List.of();
    }
}

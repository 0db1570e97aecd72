package dev.gazette.store;

import dev.gazette.model.RegionAssessment;

import java.util.function.Function;

/**
 * Which UN M49 sub-region and continent a country belongs to, as the store keeps them beside
 * every stored country so that a {@code region:"South America"} filter and the region totals
 * can find an article by its grouping. These are keys the tables are searched by, not names
 * for a screen: display names come from the service (enrich's {@code Geography}). The service
 * hands the grouping in when it opens the library, so the store itself knows no geography.
 * Immutable; safe across threads when the function is.
 */
final class RegionGrouping {

    /** No grouping beyond what a RegionAssessment states for its primary country. */
    static final RegionGrouping NONE = new RegionGrouping(code -> new String[] {null, null});

    private final Function<String, String[]> grouping;

    RegionGrouping(Function<String, String[]> grouping) {
        this.grouping = grouping;
    }

    /**
     * {subRegion, continent} of the code (either may be null); for the assessment's primary
     * country, what the assessment states fills what the grouping does not know.
     */
    String[] of(String code, RegionAssessment ra) {
        String[] named = grouping.apply(code);
        String sub = named != null && named.length > 0 ? named[0] : null;
        String continent = named != null && named.length > 1 ? named[1] : null;
        if (code.equals(ra.primaryCountry())) {
            sub = sub == null ? ra.subRegion() : sub;
            continent = continent == null ? ra.continent() : continent;
        }
        return new String[] {sub, continent};
    }
}

package dev.gazette.model;

import java.util.List;

/**
 * Counts for every sidebar dimension under the other active filters.
 * Months and days keys are "YYYY-MM" and "YYYY-MM-DD".
 */
public record Facets(long total, long undated, List<FacetCount> years, List<FacetCount> months,
                     List<FacetCount> days, List<FacetCount> continents,
                     List<FacetCount> subRegions, List<FacetCount> countries,
                     List<FacetCount> sources, List<FacetCount> tags) {
}

package dev.gazette.service;

import dev.gazette.enrich.Geography;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Names the store's facet keys for a screen: a country code by {@link Geography} (the one
 * source of country names: the sidebar, the reader and the map all say "DR Congo"), a month
 * key "2019-04" as "April 2019", a day "2019-04-07" as "7 April 2019". Years, sub-regions,
 * continents (stored as the geography's own M49 names), sources and tags are shown as they
 * are. Returns new records; stateless apart from the geography; safe across threads.
 */
final class FacetNames {

    private final Geography geography;

    FacetNames(Geography geography) {
        this.geography = geography;
    }

    /** The same counts with every label a person reads. */
    Facets name(Facets f) {
        return new Facets(f.total(), f.undated(), f.years(), relabel(f.months(), FacetNames::dateLabel),
                relabel(f.days(), FacetNames::dateLabel), f.continents(), f.subRegions(),
                relabel(f.countries(), geography::countryName), f.sources(), f.tags());
    }

    private static List<FacetCount> relabel(List<FacetCount> counts, UnaryOperator<String> name) {
        return counts.stream().map(c -> new FacetCount(c.key(), name.apply(c.key()), c.count())).toList();
    }

    /** "April 2019" for 2019-04, "7 April 2019" for 2019-04-07; anything else as it is. */
    static String dateLabel(String key) {
        try {
            if (key.length() == 7) {
                Month m = Month.of(Integer.parseInt(key.substring(5, 7)));
                return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + key.substring(0, 4);
            }
            if (key.length() == 10) {
                LocalDate d = LocalDate.parse(key);
                return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + d.getYear();
            }
        } catch (RuntimeException e) {
            return key;
        }
        return key;
    }
}

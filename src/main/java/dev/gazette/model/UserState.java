package dev.gazette.model;

import java.util.List;

/**
 * What a person did with an article: never produced by extraction, never overwritten by
 * re-import.
 *
 * @param correctedCountries  the person's own country list (alpha-2), or null when they kept
 *                            the detected regions
 * @param correctedPublished  the person's own published date (ISO), or null
 */
public record UserState(long articleId, boolean read, boolean starred, String notes,
                        List<String> tags, List<String> correctedCountries,
                        String correctedPublished) {
    public UserState {
        tags = tags == null ? List.of() : List.copyOf(tags);
        correctedCountries = correctedCountries == null ? null : List.copyOf(correctedCountries);
    }
}

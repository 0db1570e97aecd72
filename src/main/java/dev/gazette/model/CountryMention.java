package dev.gazette.model;

import java.util.List;

/**
 * One country a story is about, with how strongly and why.
 *
 * @param code      ISO 3166-1 alpha-2 code, upper case
 * @param score     relevance, higher is more; comparable within one article only
 * @param evidence  the words in the text that counted ("Caracas", "Venezuelan", "Kremlin")
 */
public record CountryMention(String code, double score, List<String> evidence) {
    public CountryMention {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

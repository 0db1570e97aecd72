package dev.gazette.model;

/**
 * A tag offered for an article.
 *
 * @param tag   the tag's name as the library spells it
 * @param score how sure the suggester is, from 0 to 1; offered tags score at least 0.5
 */
public record TagSuggestion(String tag, double score) {
}

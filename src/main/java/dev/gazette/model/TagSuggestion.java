package dev.gazette.model;

/**
 * A tag offered for an article.
 *
 * @param tag   the tag's name as the library spells it
 * @param score how sure the suggester is, from 0 to 1: 0.5 at the tag's threshold; an article's best
 *              tag may be offered a little under it when no tag reaches it
 */
public record TagSuggestion(String tag, double score) {
}

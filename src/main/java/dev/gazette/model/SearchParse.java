package dev.gazette.model;

/**
 * What the search box syntax made of a person's input.
 *
 * @param query    the filters it expressed
 * @param warning  null when the input was understood; otherwise a short sentence saying what
 *                 was taken literally instead ("Unclosed quote: searched the words as typed")
 */
public record SearchParse(ArticleQuery query, String warning) {
}

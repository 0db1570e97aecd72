package dev.gazette.model;

import java.util.List;

/**
 * One row of the Highlights view: a highlight with what it takes to list, group and find it
 * (its article's headline, effective date, primary country and tags). Immutable.
 *
 * @param highlight  the highlight
 * @param article    the article it belongs to, as the article list shows it
 */
public record HighlightEntry(Highlight highlight, ArticleSummary article) {

    /** The article's tags (for grouping by tag). */
    public List<String> tags() {
        return article.tags();
    }
}

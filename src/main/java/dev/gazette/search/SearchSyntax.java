package dev.gazette.search;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.SearchParse;

/** Parses the search box syntax. Stub until the store branch lands. */
public final class SearchSyntax {
    private SearchSyntax() {
    }

    public static SearchParse parse(String input) {
        return new SearchParse(ArticleQuery.ALL.withWords(input), null);
    }
}

package dev.gazette.service;

import dev.gazette.model.Article;
import dev.gazette.model.CountryMention;
import dev.gazette.model.UserState;

import java.util.List;

/**
 * An article as a person sees it: its content with their state applied (a corrected date or
 * region list wins over detection). Immutable.
 *
 * @param countries         effective countries, most relevant first
 * @param published         effective published date (ISO), or null
 * @param regionNames       display names of the effective countries ("Venezuela")
 * @param primarySubRegion  UN M49 sub-region of the first country, or null
 */
public record ArticleView(Article article, UserState state, List<CountryMention> countries, String published,
                          List<String> regionNames, String primarySubRegion, String readingHtml) {
    public ArticleView {
        countries = List.copyOf(countries);
        regionNames = List.copyOf(regionNames);
    }

    public long id() {
        return article.id();
    }

    public String title() {
        return article.content().title();
    }
}

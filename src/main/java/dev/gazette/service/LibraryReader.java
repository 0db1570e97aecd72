package dev.gazette.service;

import dev.gazette.enrich.Geography;
import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.CountryMention;
import dev.gazette.model.SearchParse;
import dev.gazette.model.UserState;
import dev.gazette.search.SearchSyntax;
import dev.gazette.store.Library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the service's parts read alike: a search as a person types it turned into a query (region
 * names to what the store filters on), a page of the matching articles, one article as the
 * reader shows it. {@link LibraryService} answers with it, and {@link Annotations} and
 * {@link DossierExport} are given it instead of the service that builds them, so no door opens
 * back. Thread-safe as the library is; never on the JavaFX thread ({@link ThreadCheck}).
 */
final class LibraryReader {

    private final Library library;
    private final Geography geography;

    LibraryReader(Library library, Geography geography) {
        this.library = library;
        this.geography = geography;
    }

    /**
     * Parses the search box's syntax into a query, mapping region names ("venezuela",
     * "south america") to what the store filters on.
     */
    SearchParse parseSearch(String input) {
        // a NUL ends an FTS5 string early ("unterminated string"): control characters are spaces
        SearchParse parse = SearchSyntax.parse(input == null ? null : input.replaceAll("\\p{Cntrl}", " "));
        ArticleQuery q = parse.query();
        if (q.regions().isEmpty()) {
            return parse;
        }
        List<String> regions = new ArrayList<>();
        String warning = parse.warning();
        for (String r : q.regions()) {
            Optional<String> code = geography.countryCode(r);
            if (code.isPresent()) {
                regions.add(code.get());
            } else if (!geography.countriesFor(r).isEmpty()) {
                regions.add(canonicalRegionName(r));
            } else {
                regions.add(r);
                warning = (warning == null ? "" : warning + " ") + "Unknown region \"" + r + "\".";
            }
        }
        return new SearchParse(q.withRegions(regions), warning);
    }

    private String canonicalRegionName(String name) {
        for (String continent : geography.continents()) {
            if (continent.equalsIgnoreCase(name)) {
                return continent;
            }
            for (String sub : geography.subRegions(continent)) {
                if (sub.equalsIgnoreCase(name)) {
                    return sub;
                }
            }
        }
        return name;
    }

    /** One page of the articles matching the query. */
    List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        ThreadCheck.offUiThread("LibraryService.list");
        return library.list(query, offset, limit);
    }

    /** The article with its state, effective countries and date, and its reading HTML with images inlined. */
    Optional<ArticleView> article(long id) {
        ThreadCheck.offUiThread("LibraryService.article");
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        UserState state = library.state(id).orElse(new UserState(id, false, false, null, List.of(), null, null));
        List<CountryMention> countries = state.correctedCountries() != null
                ? state.correctedCountries().stream().map(c -> new CountryMention(c, 1.0, List.of("corrected by you"))).toList()
                : article.regions().countries();
        String published = state.correctedPublished() != null ? state.correctedPublished() : article.content().published();
        List<String> names = countries.stream().map(c -> geography.countryName(c.code())).toList();
        String sub = countries.isEmpty() ? null : geography.subRegion(countries.get(0).code());
        return Optional.of(new ArticleView(article, state, countries, published, names, sub,
                ImageInliner.inline(article.content().bodyHtml(), library.resources(id))));
    }
}

package dev.gazette.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A collection of articles to take away as one e-book or document, in date order (undated
 * last). Immutable.
 *
 * @param title     the book's title ("Venezuela 2019")
 * @param query     the filter it was made from, as typed, or null
 * @param made      when it was made
 * @param articles  its articles; sorted by date here
 */
public record Dossier(String title, String query, Instant made, List<DossierArticle> articles) {
    public Dossier {
        title = title == null || title.isBlank() ? "Gazette dossier" : title.strip();
        made = made == null ? Instant.now() : made;
        articles = articles == null ? List.of() : articles.stream()
                .sorted(Comparator.comparing(DossierArticle::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(DossierArticle::id))
                .toList();
    }
}

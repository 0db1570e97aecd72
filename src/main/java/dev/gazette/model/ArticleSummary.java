package dev.gazette.model;

import java.util.List;

/** One row of the article list: enough to show it, not the body. */
public record ArticleSummary(long id, String title, String source, String site, String published,
                             String primaryCountry, String subRegion, List<String> tags,
                             boolean read, boolean starred) {
    public ArticleSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

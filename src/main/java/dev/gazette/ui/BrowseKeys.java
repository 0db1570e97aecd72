package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;

import java.util.List;

/**
 * Turns a sidebar choice into a short key to remember between runs ("date:2019-04",
 * "region:VE", "tag:energy") and back. Stateless and thread-safe.
 */
final class BrowseKeys {

    private BrowseKeys() {
    }

    static ArticleQuery filterOf(String key) {
        if (key == null || key.isBlank() || key.equals("all")) {
            return ArticleQuery.ALL;
        }
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String value = colon < 0 ? "" : key.substring(colon + 1);
        try {
            return switch (kind) {
                case "unread" -> ArticleQuery.ALL.withRead(false);
                case "starred" -> ArticleQuery.ALL.withStarred(true);
                case "undated" -> ArticleQuery.ALL.withUndated(true);
                case "date" -> {
                    String[] p = value.split("-");
                    yield ArticleQuery.ALL.withDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : null,
                            p.length > 2 ? Integer.parseInt(p[2]) : null);
                }
                case "region" -> ArticleQuery.ALL.withRegions(List.of(value));
                case "source" -> ArticleQuery.ALL.withSources(List.of(value));
                case "tag" -> ArticleQuery.ALL.withTags(List.of(value), List.of(), List.of());
                default -> ArticleQuery.ALL;
            };
        } catch (RuntimeException e) {
            return ArticleQuery.ALL;
        }
    }

    static String keyOf(ArticleQuery q) {
        if (q == null || q.equals(ArticleQuery.ALL)) {
            return "all";
        }
        if (Boolean.FALSE.equals(q.read())) {
            return "unread";
        }
        if (Boolean.TRUE.equals(q.starred())) {
            return "starred";
        }
        if (q.undated()) {
            return "undated";
        }
        if (q.year() != null) {
            return "date:" + q.year() + (q.month() != null ? String.format("-%02d", q.month()) : "")
                    + (q.month() != null && q.day() != null ? String.format("-%02d", q.day()) : "");
        }
        if (!q.regions().isEmpty()) {
            return "region:" + q.regions().get(0);
        }
        if (!q.sources().isEmpty()) {
            return "source:" + q.sources().get(0);
        }
        if (!q.tagsAll().isEmpty()) {
            return "tag:" + q.tagsAll().get(0);
        }
        return "all";
    }
}

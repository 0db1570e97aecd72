package dev.gazette.model;

import java.util.List;

/**
 * The words of an article a tag suggester learns from and scores: its title, the start of its
 * body, its source, its effective countries (primary first) and the tags a person gave it.
 *
 * @param id      the article
 * @param title   the title, or empty
 * @param body    the body text (possibly cut to its first part), or empty
 * @param source  who wrote it ("Reuters"), or empty
 * @param regions ISO country codes, primary first
 * @param tags    the person's tags on it, empty when untagged
 */
public record ArticleText(long id, String title, String body, String source, List<String> regions, List<String> tags) {
    public ArticleText {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        source = source == null ? "" : source;
        regions = regions == null ? List.of() : List.copyOf(regions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same article with other tags. */
    public ArticleText withTags(List<String> newTags) {
        return new ArticleText(id, title, body, source, regions, newTags);
    }
}

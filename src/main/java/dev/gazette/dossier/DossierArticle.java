package dev.gazette.dossier;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Highlight;

import java.util.List;

/**
 * One article as a dossier shows it: what a person sees in the reader (their corrections
 * applied), with their highlights and note. Immutable.
 *
 * @param id          library id (used for stable anchors and identifiers)
 * @param title       headline, or null
 * @param source      who wrote it, or null
 * @param site        where it was saved from, or null
 * @param author      byline, or null
 * @param published   effective published date (ISO), or null
 * @param url         where it was saved from, or null
 * @param language    ISO 639-1 code, or null
 * @param regions     display names of its countries, most relevant first
 * @param tags        its tags
 * @param bodyHtml    sanitized reading HTML referring to resources by their location, or null
 * @param bodyText    plain body text the highlights are anchored in, or null
 * @param note        the person's Markdown note, or null
 * @param highlights  its highlights (anchored in bodyText), orphans included
 * @param resources   the article's own saved resources (images); nothing else is ever loaded
 */
public record DossierArticle(long id, String title, String source, String site, String author, String published,
                             String url, String language, List<String> regions, List<String> tags, String bodyHtml,
                             String bodyText, String note, List<Highlight> highlights,
                             List<EmbeddedResource> resources) {
    public DossierArticle {
        regions = regions == null ? List.of() : List.copyOf(regions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** The date part of published, or null. */
    public String date() {
        return published == null ? null : published.length() > 10 ? published.substring(0, 10) : published;
    }
}

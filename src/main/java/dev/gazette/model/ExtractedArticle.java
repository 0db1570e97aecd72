package dev.gazette.model;

/**
 * What extraction found in one document: the article without its page boilerplate.
 * Any field may be null when the document does not say.
 *
 * @param published  ISO-8601 date ({@code 2019-04-06}) or date-time with offset
 * @param updated    ISO-8601 date or date-time of the last update, or null
 * @param source     who wrote it (a wire credit such as "CBS News", "Reuters"), or null
 * @param site       where it was saved from ("Cuenca High Life", og:site_name), or null
 * @param language   ISO 639-1 code, or null
 * @param bodyText   plain text, paragraphs separated by one blank line
 * @param bodyHtml   sanitized reading HTML (no scripts, no remote loads), never null when
 *                   bodyText is not
 * @param dateline   the wire dateline the story opened with ("SAN DIEGO, Calif., Feb 26",
 *                   "LONDON"), taken out of the body's first words and kept as evidence of
 *                   place, or null
 */
public record ExtractedArticle(
        String title,
        String published,
        String updated,
        String author,
        String source,
        String site,
        String language,
        String url,
        String description,
        String leadImage,
        String bodyText,
        String bodyHtml,
        String dateline) {

    /** An article without a dateline (every format but wire copy and pasted text). */
    public ExtractedArticle(String title, String published, String updated, String author, String source,
                            String site, String language, String url, String description, String leadImage,
                            String bodyText, String bodyHtml) {
        this(title, published, updated, author, source, site, language, url, description, leadImage, bodyText,
                bodyHtml, null);
    }

    /** The date part of {@link #published}, or null. */
    public java.time.LocalDate publishedDate() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public int wordCount() {
        if (bodyText == null || bodyText.isBlank()) {
            return 0;
        }
        return bodyText.trim().split("\\s+").length;
    }
}

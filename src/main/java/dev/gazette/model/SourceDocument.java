package dev.gazette.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One article-shaped document read from a file, decoded to text, before extraction.
 *
 * @param fileName   the file's name (no folders), used in messages and as the extract key
 * @param format     what kind of document {@code content} is
 * @param content    decoded text: HTML markup for HTML/MHTML/EML/wallabag, the text for TEXT,
 *                   the Markdown body (front matter removed) for MARKDOWN
 * @param charset    the charset used to decode, or null when not applicable
 * @param url        the page's address when the container states it (SingleFile header,
 *                   MHTML Snapshot-Content-Location, front matter, export entry), else null
 * @param savedAt    when the page was saved, when known (container header, else file time)
 * @param hints      metadata stated by the container rather than the page (front matter
 *                   {@code title}, {@code author}, {@code published}, wallabag fields); keys are
 *                   lower-case field names of {@link ExtractedArticle}, plus {@code read} and
 *                   {@code starred} (wallabag) and, for e-mail, {@code sender} (From display
 *                   name) and {@code newsletter} (List-Id name), which extraction weighs rather
 *                   than copies; {@link #HINT_SAVED_FROM} says {@code savedAt} is only the file's time
 * @param tags       tags the container carried (front matter, export), possibly empty
 * @param resources  embedded resources (images) that came with the page, possibly empty
 */
public record SourceDocument(
        String fileName,
        SourceFormat format,
        String content,
        String charset,
        String url,
        Instant savedAt,
        Map<String, String> hints,
        List<String> tags,
        List<EmbeddedResource> resources) {

    public SourceDocument {
        hints = hints == null ? Map.of() : Map.copyOf(hints);
        tags = tags == null ? List.of() : List.copyOf(tags);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * Hint key set by the loader when {@code savedAt} is only the file's modification time, not a
     * save time the container stated (value {@link #SAVED_FROM_FILE_TIME}).
     */
    public static final String HINT_SAVED_FROM = "savedfrom";
    /** The value of {@link #HINT_SAVED_FROM} for a file's modification time. */
    public static final String SAVED_FROM_FILE_TIME = "file";

    /**
     * When the page was saved as its container states it (MHTML {@code Date:}, SingleFile's saved
     * date, an export's or front matter's time), or null when only the file's time is known: the
     * only instant a relative date ("2 hours ago") may be counted from.
     */
    public Instant statedSaveTime() {
        return SAVED_FROM_FILE_TIME.equals(hints.get(HINT_SAVED_FROM)) ? null : savedAt;
    }

    /** A plain document with no container metadata. */
    public static SourceDocument of(String fileName, SourceFormat format, String content) {
        return new SourceDocument(fileName, format, content, null, null, null, Map.of(), List.of(), List.of());
    }
}

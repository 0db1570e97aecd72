package dev.gazette.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A passage a person marked in an article, anchored the way the W3C Web Annotation "text
 * quote selector" anchors: by the quoted text itself with a little context before and after,
 * plus a position hint, all measured in the article's plain body text
 * ({@link ExtractedArticle#bodyText()}). When the article's text changes (re-import,
 * re-extraction) the quote is looked for again; a highlight whose quote can no longer be found
 * is kept and marked {@code orphaned}, never dropped. Immutable.
 *
 * @param id         library id (0 before it is stored)
 * @param articleId  the article it belongs to
 * @param exact      the quoted text, as it stood in the body text when last anchored
 * @param prefix     up to {@link #CONTEXT} characters just before the quote (may be empty)
 * @param suffix     up to {@link #CONTEXT} characters just after the quote (may be empty)
 * @param start      character offset of the quote in the body text when last anchored (a hint)
 * @param colour     one of {@link #COLOURS}
 * @param note       the person's note on it (Markdown), or null
 * @param created    when it was made (to the millisecond, as stored)
 * @param orphaned   true when its quote is no longer in the article's text
 */
public record Highlight(long id, long articleId, String exact, String prefix, String suffix, int start,
                        String colour, String note, Instant created, boolean orphaned) {

    /** The four highlight colours, the first being the default. */
    public static final List<String> COLOURS = List.of("yellow", "green", "blue", "pink");
    /** Characters of context kept on each side of the quote. */
    public static final int CONTEXT = 32;

    public Highlight {
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        colour = colour(colour);
        note = note == null || note.isBlank() ? null : note;
        created = (created == null ? Instant.now() : created).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        start = Math.max(0, start);
    }

    /** The colour name if it is one of {@link #COLOURS} (any case), else the default. */
    public static String colour(String name) {
        if (name != null) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (COLOURS.contains(n)) {
                return n;
            }
        }
        return COLOURS.get(0);
    }

    /** End offset (exclusive) of the quote in the body text when last anchored. */
    public int end() {
        return start + exact.length();
    }

    public Highlight withNote(String n) {
        return new Highlight(id, articleId, exact, prefix, suffix, start, colour, n, created, orphaned);
    }

    public Highlight withColour(String c) {
        return new Highlight(id, articleId, exact, prefix, suffix, start, c, note, created, orphaned);
    }

    public Highlight withId(long newId, long newArticleId) {
        return new Highlight(newId, newArticleId, exact, prefix, suffix, start, colour, note, created, orphaned);
    }
}

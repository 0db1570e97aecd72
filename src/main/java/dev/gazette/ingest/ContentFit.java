package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;

/**
 * Makes a decoded document small enough to parse within a memory budget. A page's parse tree
 * takes about ten times its text in memory, so a 50 MB saved page cannot be parsed whole beside
 * other work in a small heap; this reads what fits instead of failing the file.
 *
 * <p>Two steps, in order, each only when the content is still over the limit:
 * <ol>
 *   <li>inline images ({@code data:} addresses of SingleFile pages, often most of a large page)
 *       are dropped from the markup: they are never text, and the original file keeps them;</li>
 *   <li>the content is cut at the limit, at the last tag start (markup) or line end (text) before
 *       it, so the article's beginning, where its headline, byline and first paragraphs are, is
 *       kept.</li>
 * </ol>
 * Pure and safe across threads; never changes its input.
 */
public final class ContentFit {

    /** A {@code data:} address shorter than this is left alone (an icon costs nothing). */
    static final int MIN_DATA_URI_CHARS = 2_048;

    /** What came out: the document to parse, and a note for the person when something was left out. */
    public record Fitted(SourceDocument document, String note) {
    }

    private ContentFit() {
    }

    /** The document unchanged when its content has at most maxChars characters, else a smaller copy. */
    public static Fitted fit(SourceDocument doc, int maxChars) {
        String content = doc.content();
        if (content == null || content.length() <= maxChars) {
            return new Fitted(doc, null);
        }
        int before = content.length();
        boolean markup = doc.format() != SourceFormat.TEXT && doc.format() != SourceFormat.MARKDOWN;
        if (markup) {
            content = withoutInlineImages(content);
        }
        String note;
        if (content.length() <= maxChars) {
            note = "inline images left out of a " + size(before) + " page to read it within memory";
        } else {
            int cut = cutPoint(content, maxChars, markup);
            content = content.substring(0, cut);
            note = "read the first " + size(cut) + " of " + size(before) + ": too large to read whole within memory";
        }
        return new Fitted(new SourceDocument(doc.fileName(), doc.format(), content, doc.charset(), doc.url(),
                doc.savedAt(), doc.hints(), doc.tags(), doc.resources()), note);
    }

    /** The markup with every long {@code data:} address replaced by an empty one. */
    static String withoutInlineImages(String html) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int at = html.indexOf("data:", from);
            if (at < 0) {
                break;
            }
            int end = at + 5;
            while (end < html.length() && !endsAddress(html.charAt(end))) {
                end++;
            }
            if (end - at >= MIN_DATA_URI_CHARS) {
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, at).append("data:,");
                copied = end;
            }
            from = end;
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static boolean endsAddress(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '<' || c == '>' || Character.isWhitespace(c);
    }

    /** Where to cut: the last tag start (markup) or line end (text) in the second half before max. */
    static int cutPoint(String content, int max, boolean markup) {
        int floor = max / 2;
        int at = markup ? content.lastIndexOf('<', max) : content.lastIndexOf('\n', max);
        if (at >= floor) {
            return at;
        }
        // no boundary nearby: cut at max, but never between the halves of a surrogate pair
        return Character.isLowSurrogate(content.charAt(max)) ? max - 1 : max;
    }

    static String size(long chars) {
        if (chars >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024));
        }
        return (chars / 1024) + " KB";
    }
}

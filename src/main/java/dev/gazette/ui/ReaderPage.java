package dev.gazette.ui;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.service.ArticleView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the self-contained HTML page the reader pane shows for one article: the sanitized body
 * in calm typography, with a Content-Security-Policy that forbids every load except inline
 * styles and the article's own images inlined as {@code data:} URIs. Search words are marked.
 * Stateless and thread-safe.
 */
public final class ReaderPage {

    public enum Theme { LIGHT, DARK, SEPIA }

    /** Body text size at 100 %, in CSS pixels. */
    static final int BASE_FONT_PX = 18;
    /** Measure: the longest line, in ems of the body font (about 70 characters). */
    static final String MEASURE = "36em";

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SEARCH_WORD = Pattern.compile("\"([^\"]+)\"|([\\p{L}\\p{N}][\\p{L}\\p{N}'’:-]*\\*?)");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("and", "or", "not", "near");
    /**
     * The private scheme every link in the reader points to. A click then asks WebKit for a
     * {@code gazette-link:} address it has no handler for, so nothing is fetched; the window sees
     * the address change, hands the real one to the system browser and stays on the article.
     */
    public static final String LINK_SCHEME = "gazette-link:";
    /** An opening {@code <a>} tag. */
    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** An {@code href} attribute's value, double- or single-quoted or bare (the sanitizer writes double quotes). */
    private static final Pattern HREF = Pattern.compile(
            "(\\shref\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("\\stitle\\s*=", Pattern.CASE_INSENSITIVE);

    private ReaderPage() {
    }

    public static String render(ArticleView view, Theme theme, int fontPercent) {
        return render(view, theme, fontPercent, null);
    }

    public static String render(ArticleView view, Theme theme, int fontPercent, String searchWords) {
        ExtractedArticle a = view.article().content();
        String[] colours = switch (theme) {
            case LIGHT -> new String[]{"#fdfdfc", "#1f2328", "#57606a", "#0b57d0", "#fff3a3"};
            case DARK -> new String[]{"#16181d", "#e1e4e8", "#9aa4af", "#8ab4f8", "#6b5a12"};
            case SEPIA -> new String[]{"#f4ecd8", "#3b2f21", "#6f5f4b", "#8a4b08", "#f2d27a"};
        };
        List<String> meta = new ArrayList<>();
        if (a.author() != null && !a.author().isBlank()) {
            meta.add("By <span class=\"author\">" + esc(a.author()) + "</span>");
        }
        if (a.source() != null && !a.source().isBlank()) {
            meta.add(esc(a.source()));
        }
        if (a.site() != null && !a.site().isBlank() && !a.site().equals(a.source())) {
            meta.add(esc(a.site()));
        }
        if (view.published() != null) {
            meta.add("<time>" + esc(DateLabels.longDate(view.published())) + "</time>");
        }
        String body = view.readingHtml() != null && !view.readingHtml().isBlank() ? view.readingHtml()
                : a.bodyText() == null || a.bodyText().isBlank() ? "<p class=\"none\">No article text was found in this file. "
                + "“Open original” shows the file as it was saved.</p>"
                : paragraphs(a.bodyText());
        body = privateLinks(body);
        List<String> words = searchTerms(searchWords);
        if (!words.isEmpty()) {
            body = highlight(body, words);
        }
        String headline = esc(a.title() == null || a.title().isBlank() ? "Untitled" : a.title());
        if (!words.isEmpty()) {
            headline = highlight(headline, words);
        }
        // the policy strips whatever could navigate or load, and adds the Content-Security-Policy
        return dev.gazette.service.PagePolicy.page("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<style>"
                + "html{background:" + colours[0] + ";}"
                + "body{font-family:'Georgia','Noto Serif','DejaVu Serif','Liberation Serif',serif;font-size:"
                + (fontPercent * BASE_FONT_PX / 100) + "px;"
                + "line-height:1.65;color:" + colours[1] + ";max-width:" + MEASURE + ";margin:2em auto 4em;padding:0 2em;"
                + "text-rendering:optimizeLegibility;}"
                + "h1.headline{font-size:1.7em;line-height:1.22;margin:0 0 .5em;font-weight:700;letter-spacing:-.01em;}"
                + ".meta{font-family:'Inter','Noto Sans','DejaVu Sans',sans-serif;font-size:.74em;color:" + colours[2]
                + ";margin-bottom:2em;line-height:1.5;} .meta .author{color:" + colours[1] + ";}"
                + "p{margin:0 0 1.05em;} h2,h3{line-height:1.3;margin:1.6em 0 .5em;}"
                + "a{color:" + colours[3] + ";text-decoration-thickness:1px;text-underline-offset:2px;}"
                + "mark{background:" + colours[4] + ";color:inherit;border-radius:2px;padding:0 1px;}"
                + "img{max-width:100%;height:auto;border-radius:3px;}figure{margin:1.6em 0;}"
                // only the original's own saved images are shown; a picture left on the web is left out
                + "img:not([src^='data:']){display:none;}"
                + "figcaption{font-family:'Inter','Noto Sans','DejaVu Sans',sans-serif;font-size:.75em;color:" + colours[2] + ";margin-top:.4em;}"
                + "blockquote{border-left:3px solid " + colours[2] + ";margin:1.2em 0;padding-left:1em;color:" + colours[2] + ";font-style:italic;}"
                + "table{border-collapse:collapse;font-size:.9em;}td,th{border:1px solid " + colours[2] + ";padding:.25em .5em;}"
                + "p.none{color:" + colours[2] + ";font-style:italic;}"
                + "</style></head><body>"
                + "<h1 class=\"headline\">" + headline + "</h1>"
                + "<div class=\"meta\">" + String.join(" &nbsp;·&nbsp; ", meta) + "</div>"
                + "<article>" + body + "</article></body></html>");
    }

    /**
     * Points every link at {@link #LINK_SCHEME} followed by its address as written, and names the
     * address in the link's title when it has none. Fragment-only links ({@code #note-1}) stay, as
     * jumps within the page fetch nothing.
     */
    static String privateLinks(String html) {
        Matcher tags = ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (tags.find()) {
            String tag = tags.group();
            Matcher href = HREF.matcher(tag);
            if (!href.find()) {
                continue;
            }
            String value = href.group(2) != null ? href.group(2) : href.group(3) != null ? href.group(3) : href.group(4);
            if (value.isBlank() || value.strip().startsWith("#")) {
                continue;
            }
            String target = esc(unescapeQuotes(value.strip()));
            String title = TITLE.matcher(tag).find() ? "" : " title=\"" + target + "\"";
            String rewritten = tag.substring(0, href.start()) + href.group(1) + "\"" + LINK_SCHEME + target + "\"" + title
                    + tag.substring(href.end());
            tags.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        tags.appendTail(out);
        return out.toString();
    }

    /**
     * The address a click on a reader link asks for, for the system browser: the part after
     * {@link #LINK_SCHEME} when it is a web or mail address, else null (nothing to open).
     */
    public static String linkTarget(String location) {
        if (location == null || !location.startsWith(LINK_SCHEME)) {
            return null;
        }
        String target = location.substring(LINK_SCHEME.length()).strip();
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? target : null;
    }

    /** Undoes the entity escapes a serializer writes in an attribute, so the value is escaped once again exactly. */
    private static String unescapeQuotes(String v) {
        return v.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The words of a search to mark: phrases whole, operators and field filters left out. */
    static List<String> searchTerms(String words) {
        List<String> out = new ArrayList<>();
        if (words == null || words.isBlank()) {
            return out;
        }
        Matcher m = SEARCH_WORD.matcher(words);
        while (m.find()) {
            String t = m.group(1) != null ? m.group(1) : m.group(2);
            if (t == null || t.isBlank() || OPERATORS.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon >= 0) {
                continue;
            }
            out.add(t.strip());
        }
        return out;
    }

    /** Wraps the words in {@code <mark>} in the text between tags, never inside a tag. */
    static String highlight(String html, List<String> terms) {
        StringBuilder alt = new StringBuilder();
        for (String t : terms) {
            boolean prefix = t.endsWith("*");
            String core = prefix ? t.substring(0, t.length() - 1) : t;
            if (core.isEmpty()) {
                continue;
            }
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(esc(core)).replace(" ", "\\E\\s+\\Q")).append(prefix ? "[\\p{L}\\p{N}]*" : "");
        }
        if (alt.length() == 0) {
            return html;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tags = TAG.matcher(html);
        int at = 0;
        while (tags.find()) {
            out.append(mark(html.substring(at, tags.start()), word));
            out.append(tags.group());
            at = tags.end();
        }
        out.append(mark(html.substring(at), word));
        return out.toString();
    }

    private static String mark(String text, Pattern word) {
        return word.matcher(text).replaceAll(r -> "<mark>" + Matcher.quoteReplacement(r.group()) + "</mark>");
    }

    static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(esc(p.strip())).append("</p>");
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

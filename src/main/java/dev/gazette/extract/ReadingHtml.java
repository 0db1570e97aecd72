package dev.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Turns an extracted article element into the two forms the product keeps: sanitized reading
 * HTML (no scripts, styles, frames or remote images; links only http/https) and plain text with
 * paragraphs separated by one blank line. Never changes its input. Stateless and thread-safe.
 */
final class ReadingHtml {

    private ReadingHtml() {
    }

    /** The tags and attributes the reader pane may show. */
    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "mark", "code", "kbd",
                    "abbr", "cite", "q", "br", "hr", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "img", "time")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("blockquote", "cite")
            .addAttributes("time", "datetime")
            .addProtocols("a", "href", "http", "https");

    /**
     * Sanitized reading HTML of the element's content. The children are copied and cleaned a
     * batch at a time ({@link #SANITIZE_BATCH}), each batch's HTML appended in order: the cleaner
     * treats each child on its own, so the result is that of cleaning them all at once, while a
     * long article is never held three times over (page, copy, cleaned copy).
     */
    static String sanitize(Element article) {
        StringBuilder out = new StringBuilder();
        List<Node> children = article.childNodes();
        for (int from = 0; from < children.size(); from += SANITIZE_BATCH) {
            Document dirty = Document.createShell("");
            for (Node child : children.subList(from, Math.min(children.size(), from + SANITIZE_BATCH))) {
                dirty.body().appendChild(child.clone());
            }
            Document clean = new Cleaner(SAFELIST).clean(dirty);
            for (Element img : new ArrayList<>(clean.select("img"))) {
                if (!isLocalImage(img.attr("src"))) {
                    img.remove();
                }
            }
            clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
            out.append(clean.body().html());
        }
        return out.toString().trim();
    }

    /** Children of an article copied and cleaned together (see {@link #sanitize}). */
    private static final int SANITIZE_BATCH = 512;

    /** Sanitized HTML for plain paragraphs (used when the text did not come from markup). */
    static String fromParagraphs(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<p>").append(Entities.escape(p).replace("\n", "<br>")).append("</p>");
        }
        return b.toString();
    }

    /** An image is kept only when it loads nothing from the network: data: URIs or local relative paths. */
    static boolean isLocalImage(String src) {
        if (src == null || src.isBlank()) {
            return false;
        }
        String s = src.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("data:image/")) {
            return true;
        }
        return !s.startsWith("//") && !s.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    /**
     * Plain text of the element: one paragraph per block, paragraphs separated by one blank line.
     * Figure captions and credits stay in the reading HTML but are left out of the text, which
     * is the article's prose (for search and export).
     */
    static String text(Element root) {
        return String.join("\n\n", paragraphs(root, true));
    }

    /** The element's text split into blocks, in document order, whitespace collapsed. */
    static List<String> paragraphs(Element root) {
        return paragraphs(root, false);
    }

    /**
     * The blocks of root's text; without figures and captions below root when {@code noFigures}
     * (passed over in the walk, as if removed from a copy: the page is not copied for it).
     */
    private static List<String> paragraphs(Element root, boolean noFigures) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] preDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (noFigures && node != root && node instanceof Element f
                        && (f.normalName().equals("figure") || f.normalName().equals("figcaption"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    if (preDepth[0] > 0) {
                        current.append(t.getWholeText());
                    } else {
                        appendCollapsed(current, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimTrailingSpace(current);
                        current.append('\n');
                    } else if (ExtractionRules.BLOCK_TAGS.contains(tag)) {
                        flush(current, out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                            current.append(' ');
                        }
                    }
                    if (tag.equals("pre")) {
                        preDepth[0]++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        preDepth[0]--;
                    }
                    if (ExtractionRules.BLOCK_TAGS.contains(tag)) {
                        flush(current, out);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void appendCollapsed(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (c == '\u200b') {
                    continue;
                }
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ' && b.charAt(b.length() - 1) != '\n') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() == 0) {
            return;
        }
        String[] lines = current.toString().split("\n");
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                // two line breaks in a row end a paragraph
                if (p.length() > 0) {
                    out.add(p.toString());
                    p.setLength(0);
                }
            } else {
                if (p.length() > 0) {
                    p.append('\n');
                }
                p.append(l);
            }
        }
        if (p.length() > 0) {
            out.add(p.toString());
        }
        current.setLength(0);
    }
}

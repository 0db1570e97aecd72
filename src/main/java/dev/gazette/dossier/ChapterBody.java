package dev.gazette.dossier;

import dev.gazette.annotate.HighlightMarker;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Highlight;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an article's reading HTML (or a Markdown note) into a body fit for an e-book chapter or
 * a standalone page: only a small set of elements and attributes survive (the EPUB 3 / HTML
 * content model is kept: an inline element holding a block is unwrapped), links only to
 * http(s), images only from the article's own saved resources (others are dropped, so nothing
 * is ever loaded from the network), text that XML forbids is removed, and highlights are
 * marked. Stateless and safe across threads.
 */
final class ChapterBody {

    /** Elements and attributes kept from reading HTML and notes. */
    private static final Safelist SAFE = new Safelist()
            .addTags("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "em", "strong", "b",
                    "i", "u", "s", "sub", "sup", "br", "hr", "figure", "figcaption", "img", "table", "caption",
                    "thead", "tbody", "tfoot", "tr", "th", "td", "pre", "code", "div", "q", "cite", "small", "dl",
                    "dt", "dd", "a", "abbr", "mark")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https");

    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
            "li", "hr", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "pre",
            "div", "dl", "dt", "dd");
    /** Elements whose content must be phrasing and which can simply be unwrapped. */
    private static final Set<String> INLINE = Set.of("em", "strong", "b", "i", "u", "s", "sub", "sup", "code", "q",
            "cite", "small", "abbr", "a", "mark");
    /** Elements whose content must be phrasing and which become a div when they hold a block. */
    private static final Set<String> PHRASING_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt",
            "caption", "th");
    /** Characters XML 1.0 does not allow. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private ChapterBody() {
    }

    /**
     * The article's body: cleaned, images resolved through imageSrc (null = drop the image),
     * highlights marked. Returns the serialised content of the body (XHTML when xhtml).
     */
    static String article(DossierArticle a, Function<EmbeddedResource, String> imageSrc, boolean xhtml) {
        String html = a.bodyHtml() != null && !a.bodyHtml().isBlank() ? a.bodyHtml() : paragraphs(a.bodyText());
        Document doc = clean(html, xhtml);
        for (Element img : doc.body().select("img")) {
            String src = img.attr("src");
            EmbeddedResource r = a.resources().stream()
                    .filter(res -> res.location() != null && res.location().equals(src)).findFirst().orElse(null);
            String target = r == null ? null : imageSrc.apply(r);
            if (target == null) {
                img.remove();
            } else {
                img.attr("src", target);
                if (!img.hasAttr("alt")) {
                    img.attr("alt", "");
                }
            }
        }
        List<Highlight> live = a.highlights().stream().filter(h -> !h.orphaned()).toList();
        HighlightMarker.markIn(doc.body(), live);
        return doc.body().html();
    }

    /** A Markdown note as a cleaned body fragment. */
    static String markdown(String markdown, boolean xhtml) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build()
                .render(Parser.builder().build().parse(xml(markdown)));
        Document doc = clean(html, xhtml);
        doc.body().select("img").remove();
        return doc.body().html();
    }

    private static Document clean(String html, boolean xhtml) {
        Document dirty = Jsoup.parseBodyFragment(xml(html));
        Document doc = new Cleaner(SAFE).clean(dirty);
        fixContentModel(doc.body());
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        if (xhtml) {
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        }
        return doc;
    }

    /** Keeps phrasing-only elements free of blocks and list/table parts inside their parents. */
    private static void fixContentModel(Element root) {
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i >= 1; i--) {
            Element e = all.get(i);
            String tag = e.normalName();
            boolean hasBlock = e.children().stream().anyMatch(c -> BLOCK.contains(c.normalName()));
            if (hasBlock && INLINE.contains(tag)) {
                e.unwrap();
                continue;
            }
            if (hasBlock && PHRASING_BLOCKS.contains(tag) && !tag.equals("th")) {
                e.tagName("div");
                continue;
            }
            Element parent = e.parent();
            String p = parent == null ? "" : parent.normalName();
            switch (tag) {
                case "li" -> {
                    if (!p.equals("ul") && !p.equals("ol")) {
                        e.tagName("div");
                    }
                }
                case "dt", "dd" -> {
                    if (!p.equals("dl")) {
                        e.tagName("div");
                    }
                }
                case "figcaption" -> {
                    if (!p.equals("figure")) {
                        e.tagName("div");
                    }
                }
                case "caption" -> {
                    if (!p.equals("table")) {
                        e.tagName("div");
                    }
                }
                case "td", "th" -> {
                    for (String span : List.of("colspan", "rowspan")) {
                        if (e.hasAttr(span) && !NUMBER.matcher(e.attr(span)).matches()) {
                            e.removeAttr(span);
                        }
                    }
                }
                default -> {
                }
            }
        }
        // a list or a dl must only hold its items
        for (Element list : root.select("ul, ol")) {
            for (Element child : list.children()) {
                if (!child.normalName().equals("li")) {
                    child.wrap("<li></li>");
                }
            }
            list.textNodes().stream().filter(t -> !t.isBlank()).forEach(t -> t.wrap("<li></li>"));
        }
        for (Element dl : root.select("dl")) {
            for (Element child : dl.children()) {
                if (!child.normalName().equals("dt") && !child.normalName().equals("dd")) {
                    child.wrap("<dd></dd>");
                }
            }
        }
    }

    /** Plain text as paragraphs (split on blank lines), escaped. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "<p><em>No article text was found.</em></p>";
        }
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(esc(p.strip())).append("</p>\n");
            }
        }
        return sb.toString();
    }

    /** Text without the characters XML forbids. */
    static String xml(String s) {
        return s == null ? "" : NOT_XML.matcher(s).replaceAll("");
    }

    /** Escaped for element text and double-quoted attributes, in HTML and XML alike. */
    static String esc(String s) {
        return xml(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

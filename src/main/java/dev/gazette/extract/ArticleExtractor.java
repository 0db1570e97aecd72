package dev.gazette.extract;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one decoded document into an article without its page boilerplate: body as plain text
 * and as sanitized reading HTML, plus title, dates, author, source, site, canonical URL,
 * language, lead image and description.
 *
 * <p>HTML (and MHTML, EML, wallabag JSON, which arrive as HTML markup) goes through
 * {@link HtmlMetadataReader} then {@link HtmlBodyExtractor}; TEXT (a whole pasted page) through
 * {@link TextBodyExtractor}; MARKDOWN is rendered to HTML with commonmark and cleaned
 * structurally. Container evidence ({@link SourceDocument#hints()}, {@link SourceDocument#url()})
 * overrides what the page says. See {@code docs/extraction.md}.
 *
 * <p>Stateless and safe to share across threads. Never throws for bad content: returns what it
 * could find (fields may be null).
 */
public final class ArticleExtractor {

    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final HtmlBodyExtractor bodyExtractor = new HtmlBodyExtractor();
    private final TextBodyExtractor textExtractor = new TextBodyExtractor();
    private final DateParser dates = new DateParser();
    /** Made when the first Markdown file comes (most runs read none: not worth loading at start). */
    private static final class Markdown {
        static final Parser PARSER = Parser.builder().build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();
    }

    public ArticleExtractor() {
    }

    /** Never throws for bad content: returns what it could find (fields may be null). */
    public ExtractedArticle extract(SourceDocument document) {
        if (document == null) {
            return empty(null);
        }
        try {
            SourceFormat format = document.format() == null ? SourceFormat.HTML : document.format();
            ExtractedArticle a = switch (format) {
                case TEXT -> fromText(document);
                case MARKDOWN -> fromMarkdown(document);
                default -> fromHtml(document, document.content(), true);
            };
            a = applyHints(a, document);
            if (NewsletterMessage.isMail(document)) {
                try {
                    a = NewsletterMessage.refine(a, document, messageText(document, format));
                } catch (RuntimeException | StackOverflowError e) {
                    // keep what the page and the headers gave rather than lose the article
                }
            }
            return a;
        } catch (RuntimeException | StackOverflowError e) {
            return applyHints(empty(document.url()), document);
        }
    }

    /**
     * Where the metadata of a document came from, field by field ({@code "title" -> "og:title"},
     * {@code "published" -> "json-ld datePublished"}): the evidence HTML metadata was read from,
     * or the later step that replaced it (container hint, masthead line, the document's URL).
     * For diagnostics such as the scorecard's worst pages; extracts the document again, so it
     * costs a second extraction. Thread-safe; never throws for bad content.
     */
    public Map<String, String> explain(SourceDocument document) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (document == null) {
            return out;
        }
        try {
            ExtractedArticle a = extract(document);
            SourceFormat format = document.format() == null ? SourceFormat.HTML : document.format();
            HtmlMetadataReader.Found meta = null;
            if (format != SourceFormat.TEXT && format != SourceFormat.MARKDOWN) {
                String content = document.content() == null ? "" : document.content();
                meta = metadataReader.read(parse(content, document.url() == null ? "" : document.url()),
                        document.url(), document.statedSaveTime());
            }
            explainField(out, "title", a.title(), meta == null ? null : meta.title, meta, document);
            explainField(out, "author", a.author(), meta == null ? null : meta.author, meta, document);
            explainField(out, "published", a.published(), meta == null ? null : meta.published, meta, document);
            if (meta != null && !meta.publishedCandidates.isEmpty()) {
                // every date the page gave and where; "published" says which one won and why
                out.put("published candidates", meta.publishedCandidates.stream().map(Object::toString)
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            explainField(out, "site", a.site(), meta == null ? null : meta.site, meta, document);
            if (a.source() != null) {
                out.put("source", a.source() != null && a.source().equals(a.site()) ? "the site" : "credit, dateline or masthead");
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.put("error", e.toString());
        }
        return out;
    }

    private static void explainField(Map<String, String> out, String field, String value, String metaValue,
                                     HtmlMetadataReader.Found meta, SourceDocument d) {
        if (value == null) {
            return;
        }
        if (d.hints().get(field) != null) {
            out.put(field, "container hint");
        } else if (meta == null) {
            out.put(field, d.format() == SourceFormat.MARKDOWN ? "markdown" : "lines of the pasted text");
        } else if (value.equals(metaValue)) {
            out.put(field, meta.from.getOrDefault(field, "page metadata"));
        } else {
            out.put(field, "body (masthead line, url or mail headers)");
        }
    }

    // ------------------------------------------------------------------ HTML

    private ExtractedArticle fromHtml(SourceDocument d, String html, boolean scoreBlocks) {
        String content = html == null ? "" : html.startsWith("\uFEFF") ? html.substring(1) : html;
        String base = d.url() == null ? "" : d.url();
        Document doc = parse(content, base);
        HtmlMetadataReader.Found meta = metadataReader.read(doc, d.url(), d.statedSaveTime());
        stopIfInterrupted();
        HtmlBodyExtractor.Body body;
        if (scoreBlocks) {
            body = bodyExtractor.extract(doc, meta.articleBody, meta.title, true);
            stopIfInterrupted();
            if (body.text().length() < ExtractionRules.RETRY_BELOW_CHARS && content.length() > 2000) {
                Document again = parse(content, base);
                HtmlBodyExtractor.Body relaxed = bodyExtractor.extract(again, meta.articleBody, meta.title, false);
                if (relaxed.text().length() > body.text().length()) {
                    body = relaxed;
                }
            }
        } else {
            body = bodyExtractor.whole(doc, meta.title);
        }
        String author = meta.author;
        if (NewsletterMessage.isMail(d) && body.article() != null) {
            // a newsletter prints a kicker, the headline and the byline above its story
            NewsletterLead.Trimmed lead = NewsletterLead.trim(body.article(), meta.title);
            if (author == null) {
                author = lead.byline();
            }
            body = new HtmlBodyExtractor.Body(body.article(), ReadingHtml.text(body.article()), body.html(), body.mastheads());
        }
        String text = body.text();
        String html2 = body.article() == null ? "" : ReadingHtml.sanitize(body.article());
        // structured data as a safety net: JSON-LD articleBody when the page scoring found little
        if (meta.articleBody != null) {
            String ab = meta.articleBody.trim();
            int abWords = TextLines.words(ab);
            if (abWords >= ExtractionRules.ARTICLE_BODY_MIN_WORDS && TextLines.words(text) < abWords / 3) {
                List<String> paras = new ArrayList<>();
                for (String p : org.jsoup.parser.Parser.unescapeEntities(ab, false).split("\\n\\s*\\n|\\r?\\n")) {
                    if (!p.isBlank()) {
                        paras.add(p.strip());
                    }
                }
                text = String.join("\n\n", paras);
                html2 = ReadingHtml.fromParagraphs(paras);
            }
        }
        // wire credits: "Credit: CBS News", "WASHINGTON (Reuters) -"
        String source = meta.source;
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n")));
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 4); i--) {
            Matcher m = ExtractionRules.CREDIT_LINE.matcher(paragraphs.get(i));
            if (m.matches()) {
                if (source == null) {
                    source = m.group("who").trim();
                }
                paragraphs.remove(i);
                text = String.join("\n\n", paragraphs);
                break;
            }
        }
        if (source == null && !paragraphs.isEmpty()) {
            Matcher m = ExtractionRules.WIRE_DATELINE.matcher(paragraphs.get(0));
            if (m.find()) {
                source = m.group("who");
            }
        }
        String site = meta.site;
        if (site == null) {
            site = HtmlMetadataReader.host(meta.url);
        }
        // a masthead line taken out of the body ("Outlet · By Name · date") still names the
        // writer, the outlet and the day when the page's own metadata does not
        Masthead masthead = body.mastheads().isEmpty() ? null : Masthead.read(body.mastheads().get(0), dates, d.statedSaveTime());
        String published = meta.published;
        if (masthead != null) {
            author = author == null ? masthead.byline() : author;
            published = published == null ? masthead.date() : published;
            source = source == null && site == null ? masthead.outlet() : source;
        }
        if (source == null) {
            source = site;
        }
        String pageTitle = meta.title == null ? "" : meta.title;
        String articleText = text;
        String mastheads = String.join("\n", body.mastheads());
        // the article was taken out of the document: its text, the title and what is left
        source = SourceNames.respell(source, () -> pageTitle + "\n" + mastheads + "\n" + articleText + "\n" + doc.text());
        return new ExtractedArticle(meta.title, published, meta.updated, author, source, site,
                meta.language, meta.url, meta.description, meta.leadImage, blankToNull(text),
                blankToNull(text) == null ? null : html2);
    }

    /**
     * Parses with the element depth capped at {@link ExtractionRules#MAX_ELEMENT_DEPTH}: deeper
     * elements become siblings (their text is kept), so every pass that looks at each element's
     * text stays linear in the page's size however deeply a hostile page nests.
     */
    private static Document parse(String html, String base) {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setMaxDepth(ExtractionRules.MAX_ELEMENT_DEPTH);
        return parser.parseInput(new InterruptibleReader(html), base);
    }

    /**
     * Gives up between the passes over a page when the thread was interrupted (an importer's
     * per-file time limit): the passes over a large page are the long part of extracting it.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("extraction stopped: the thread was interrupted");
        }
    }

    // ------------------------------------------------------------------ Markdown

    private ExtractedArticle fromMarkdown(SourceDocument d) {
        String md = d.content() == null ? "" : d.content();
        String html = Markdown.RENDERER.render(Markdown.PARSER.parse(md));
        return fromHtml(d, "<html><body><article>" + html + "</article></body></html>", false);
    }

    // ------------------------------------------------------------------ plain text

    private ExtractedArticle fromText(SourceDocument d) {
        TextBodyExtractor.Result r = textExtractor.extract(d.content(), d.statedSaveTime());
        String text = String.join("\n\n", r.paragraphs());
        String html = ReadingHtml.fromParagraphs(r.paragraphs());
        String source = SourceNames.respell(r.source(), d::content);
        return new ExtractedArticle(r.title(), r.published(), null, r.author(), source, null, null, d.url(),
                null, null, blankToNull(text), text.isBlank() ? null : html, r.dateline());
    }

    // ------------------------------------------------------------------ container evidence

    private ExtractedArticle applyHints(ExtractedArticle a, SourceDocument d) {
        Map<String, String> h = d.hints();
        String url = firstNonBlank(h.get("url"), d.url(), a.url());
        String published = a.published();
        if (h.get("published") != null) {
            DateParser.ParsedDate p = dates.parse(h.get("published"), false, d.statedSaveTime());
            if (p != null) {
                published = p.iso();
            }
        }
        if (published == null && url != null) {
            DateParser.ParsedDate p = dates.parseUrl(url, d.statedSaveTime());
            if (p != null) {
                published = p.iso();
            }
        }
        String updated = a.updated();
        if (h.get("updated") != null) {
            DateParser.ParsedDate p = dates.parse(h.get("updated"), false, d.statedSaveTime());
            if (p != null) {
                updated = p.iso();
            }
        }
        String site = firstNonBlank(h.get("site"), a.site());
        String source = firstNonBlank(h.get("source"), a.source());
        return new ExtractedArticle(
                firstNonBlank(h.get("title"), a.title()), published, updated,
                firstNonBlank(h.get("author"), a.author()), source, site,
                firstNonBlank(h.get("language"), a.language()), url,
                firstNonBlank(h.get("description"), a.description()),
                firstNonBlank(h.get("leadimage"), a.leadImage()), a.bodyText(), a.bodyHtml(), a.dateline());
    }

    /** The whole visible text of a message (masthead and footer included), parsed at most once. */
    private static java.util.function.Supplier<String> messageText(SourceDocument d, SourceFormat format) {
        String content = d.content() == null ? "" : d.content();
        String[] memo = new String[1];
        return () -> {
            if (memo[0] == null) {
                if (format == SourceFormat.TEXT || format == SourceFormat.MARKDOWN) {
                    memo[0] = content;
                } else {
                    Document doc = parse(content, "");
                    memo[0] = doc.body() == null ? "" : doc.body().text();
                }
            }
            return memo[0];
        };
    }

    private static ExtractedArticle empty(String url) {
        return new ExtractedArticle(null, null, null, null, null, null, null, url, null, null, null, null);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

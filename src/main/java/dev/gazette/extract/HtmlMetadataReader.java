package dev.gazette.extract;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page's metadata (title, dates, author, site, canonical URL, language, lead
 * image, description) from its evidence in this order of trust: JSON-LD, OpenGraph and
 * article:* properties, Twitter cards, other {@code <meta>} names (parsely, dc.*, sailthru…),
 * schema.org microdata, {@code <time datetime>}, dates in the URL, visible bylines and date
 * lines. Must run before the body extractor changes the document; does not change it.
 * Stateless and thread-safe.
 */
final class HtmlMetadataReader {

    /** Metadata found; mutable, confined to one extraction. */
    static final class Found {
        String title;
        String published;
        String updated;
        String author;
        String source;
        String site;
        String language;
        String url;
        String description;
        String leadImage;
        String articleBody;
        boolean monthFirst;
    }

    private static final String[] TITLE_KEYS = {"dc:title", "dcterm:title", "dcterms:title", "og:title",
        "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title",
        "headline"};
    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:article:published_time",
        "article:published", "published_time", "datepublished", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "citation_publication_date", "citation_date", "prism.publicationdate", "rnews:datepublished",
        "article.published", "article_date_original", "publication_date", "publish-date", "publish_date",
        "publishdate", "pubdate", "date", "original-publish-date", "cxenseparse:recs:publishtime",
        "article.created", "created", "displaydate", "og:published_time", "bt:pubdate", "release_date",
        "datecreated", "timestamp", "dc.date.published", "eomportal-lastupdate", "dateline"};
    private static final String[] UPDATED_KEYS = {"article:modified_time", "og:updated_time", "datemodified",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
        "parsely-updated", "sailthru.lastmodified"};
    private static final String[] AUTHOR_KEYS = {"dc:creator", "dcterm:creator", "dcterms:creator", "author",
        "parsely-author", "sailthru.author", "article:author_name", "og:article:author", "article:author",
        "citation_author", "byl"};
    private static final String[] SITE_KEYS = {"og:site_name", "application-name", "al:android:app_name",
        "al:ios:app_name", "twitter:app:name:iphone", "publisher", "dc.publisher", "cre"};
    private static final String[] DESCRIPTION_KEYS = {"og:description", "description", "twitter:description",
        "dc.description", "sailthru.description"};
    private static final String[] IMAGE_KEYS = {"og:image", "og:image:url", "og:image:secure_url",
        "twitter:image", "twitter:image:src", "thumbnail", "parsely-image-url", "sailthru.image.full"};

    /** Class/id words of elements that print the publication date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|dateline|timestamp|byline|meta|fecha|datum|data|published|entry-meta|article-info");
    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?iu)updated|update:|modified|actualizad|mis à jour|aktualisiert|atualizad|aggiornat|обновлен");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile(" [|\\-\\\\/>»–—:·] ");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final DateParser dates = new DateParser();

    Found read(Document doc, String documentUrl, Instant savedAt) {
        Found f = new Found();
        Map<String, String> meta = metaMap(doc);
        JsonLdReader.JsonLd ld = jsonLd.read(doc);

        // language and numeric date order first: the date parser needs them
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = firstOf(meta, "og:locale", "content-language", "language", "dc.language", "inlanguage");
        }
        if ((lang == null || lang.isBlank()) && ld != null) {
            lang = ld.language();
        }
        f.language = languageCode(lang);
        f.monthFirst = monthFirst(lang);

        // canonical URL
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String canonicalUrl = canonical != null ? canonical.absUrl("href") : null;
        if (canonicalUrl == null || canonicalUrl.isBlank()) {
            canonicalUrl = canonical != null ? canonical.attr("href") : null;
        }
        f.url = firstUseful(documentUrl, httpOnly(canonicalUrl), httpOnly(meta.get("og:url")),
                ld == null ? null : httpOnly(ld.url()));

        // title
        String ldTitle = null;
        String docTitle = doc.title();
        if (ld != null && ld.type() != null) {
            ldTitle = chooseHeadline(ld.name(), ld.headline(), titleFromDocument(doc, docTitle));
        }
        f.title = clean(ldTitle);
        if (f.title == null) {
            f.title = clean(firstOf(meta, TITLE_KEYS));
        }
        if (f.title == null) {
            f.title = titleFromDocument(doc, docTitle);
        }

        // author
        if (ld != null && !ld.authors().isEmpty()) {
            f.author = String.join(", ", ld.authors());
        }
        for (int i = 0; f.author == null && i < AUTHOR_KEYS.length; i++) {
            String a = meta.get(AUTHOR_KEYS[i]);
            if (a != null && !a.isBlank() && !a.startsWith("http") && !a.startsWith("@")) {
                f.author = clean(ExtractionRules.BYLINE_PREFIX.matcher(a).replaceFirst(""));
            }
        }
        if (f.author == null) {
            f.author = visibleByline(doc);
        }

        // site
        if (ld != null) {
            f.site = clean(ld.publisher() != null ? ld.publisher() : ld.siteName());
        }
        if (f.site == null) {
            f.site = clean(firstOf(meta, "og:site_name"));
        }
        if (f.site == null) {
            f.site = clean(firstOf(meta, SITE_KEYS));
        }

        // dates
        f.published = publishedDate(doc, meta, ld, f, savedAt);
        String upd = ld != null ? ld.dateModified() : null;
        if (upd == null) {
            upd = firstOf(meta, UPDATED_KEYS);
        }
        DateParser.ParsedDate u = dates.parse(upd, f.monthFirst, savedAt);
        f.updated = u == null ? null : u.iso();

        f.description = clean(firstOf(meta, DESCRIPTION_KEYS));
        if (f.description == null && ld != null) {
            f.description = clean(ld.description());
        }
        f.leadImage = firstOf(meta, IMAGE_KEYS);
        if (f.leadImage == null && ld != null) {
            f.leadImage = ld.image();
        }
        if (ld != null) {
            f.articleBody = ld.articleBody();
        }
        String syndication = firstOf(meta, "syndication-source", "original-source", "original_source");
        if (syndication != null && !syndication.startsWith("http")) {
            f.source = clean(syndication);
        }
        return f;
    }

    // ------------------------------------------------------------------ dates

    private String publishedDate(Document doc, Map<String, String> meta, JsonLdReader.JsonLd ld, Found f,
                                 Instant savedAt) {
        DateParser.ParsedDate stated = statedDate(doc, meta, ld, f, savedAt);
        if (stated != null) {
            return stated.iso();
        }
        for (String u : new String[] {f.url, meta.get("og:url")}) {
            DateParser.ParsedDate d = dates.parseUrl(u, savedAt);
            if (d != null) {
                return d.iso();
            }
        }
        DateParser.ParsedDate visible = visibleDate(doc, f.monthFirst, savedAt);
        if (visible != null) {
            return visible.date().toString();
        }
        DateParser.ParsedDate any = firstDateInText(doc, f.monthFirst, savedAt);
        return any == null ? null : any.date().toString();
    }

    /** Machine-readable dates: JSON-LD, meta tags, microdata, {@code <time datetime>}. */
    private DateParser.ParsedDate statedDate(Document doc, Map<String, String> meta, JsonLdReader.JsonLd ld, Found f,
                                             Instant savedAt) {
        boolean mf = f.monthFirst;
        if (ld != null && ld.datePublished() != null) {
            DateParser.ParsedDate d = dates.parse(ld.datePublished(), mf, savedAt);
            if (d != null) {
                return d;
            }
        }
        for (String key : PUBLISHED_KEYS) {
            String v = meta.get(key);
            if (v != null) {
                DateParser.ParsedDate d = dates.parse(v, mf, savedAt);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], [property=datePublished]")) {
            String v = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
            DateParser.ParsedDate d = dates.parse(v, mf, savedAt);
            if (d != null) {
                return d;
            }
        }
        Elements times = doc.select("time[datetime], time[pubdate]");
        for (Element t : times) {
            String key = t.className() + " " + t.id() + " " + t.attr("itemprop") + " " + (t.parent() == null ? ""
                    : t.parent().className());
            if (t.hasAttr("pubdate") || key.toLowerCase(Locale.ROOT).contains("publish")) {
                DateParser.ParsedDate d = dates.parse(firstNonBlank(t.attr("datetime"), t.text()), mf, savedAt);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element t : times) {
            if (insidePageFurniture(t) || UPDATE_WORDS.matcher(contextText(t)).find()) {
                continue;
            }
            DateParser.ParsedDate d = dates.parse(firstNonBlank(t.attr("datetime"), t.text()), mf, savedAt);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A date printed for readers: in an element named for dates, or near the headline. */
    private DateParser.ParsedDate visibleDate(Document doc, boolean mf, Instant savedAt) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select("[class], [id]")) {
            String key = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(key).find() || insidePageFurniture(e)) {
                continue;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > 120 || UPDATE_WORDS.matcher(text).find() && !text.matches("(?i).*publi.*")) {
                continue;
            }
            DateParser.ParsedDate d = dates.parse(text, mf, savedAt);
            if (d != null) {
                return d;
            }
        }
        Element h1 = doc.body().selectFirst("h1");
        if (h1 != null) {
            Element scope = h1.parent();
            // each wider scope holds the narrower one, whose elements gave no date: not asked again
            // (on a page of 400,000 links the last two scopes are both the whole page)
            java.util.Set<Element> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 0; i < 3 && scope != null; i++) {
                for (Element e : scope.select("span, p, div, small, li, time, a")) {
                    if (!asked.add(e)) {
                        continue;
                    }
                    String text = e.ownText();
                    if (text.length() >= 6 && text.length() <= 80) {
                        DateParser.ParsedDate d = dates.parse(text, mf, savedAt);
                        if (d != null) {
                            return d;
                        }
                    }
                }
                scope = scope.parent();
            }
        }
        return null;
    }

    /** Last resort: the first short text block of the page that holds a full date. */
    private DateParser.ParsedDate firstDateInText(Document doc, boolean mf, Instant savedAt) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().getAllElements()) {
            String text = e.ownText();
            if (text.length() < 8 || text.length() > 100 || insidePageFurniture(e)) {
                continue;
            }
            if (UPDATE_WORDS.matcher(text).find() || ExtractionRules.TEXT_BOILERPLATE.matcher(text).find()) {
                continue;
            }
            DateParser.ParsedDate d = dates.parse(text, mf, savedAt);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String contextText(Element t) {
        Element p = t.parent();
        String s = p == null ? t.text() : p.text();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** Inside a part of the page the body extractor would drop as not-the-article. */
    private static boolean insideUnlikely(Element e) {
        for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
            String key = a.className() + " " + a.id();
            if (!key.isBlank() && ExtractionRules.UNLIKELY.in(key)
                    && !ExtractionRules.MAYBE_CANDIDATE.in(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePageFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) {
                return true;
            }
            String key = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (key.contains("comment") || key.contains("related") || key.contains("sidebar")
                    || key.contains("footer") || key.contains("recommend") || key.contains("widget")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ title, byline

    /** The page's {@code <title>} without its site suffix, or the single h1 when it is better. */
    static String titleFromDocument(Document doc, String docTitle) {
        String orig = docTitle == null ? "" : docTitle.replaceAll("\\s+", " ").trim();
        String cur = orig;
        boolean hierarchical = false;
        Matcher m = TITLE_SEPARATORS.matcher(orig);
        int lastSep = -1;
        int firstSepEnd = -1;
        while (m.find()) {
            if (firstSepEnd < 0) {
                firstSepEnd = m.end();
            }
            lastSep = m.start();
            if (!m.group().contains("|") && !m.group().contains("-") && !m.group().contains(":")) {
                hierarchical = true;
            }
        }
        if (lastSep > 0) {
            cur = orig.substring(0, lastSep);
            if (wordCount(cur) < 3) {
                cur = orig.substring(firstSepEnd);
            }
        } else if (orig.length() > 150 || orig.length() < 15) {
            Elements h1 = doc.select("h1");
            if (h1.size() == 1) {
                cur = h1.first().text();
            }
        }
        cur = cur.trim();
        // Prefer a heading on the page that is what the title starts with.
        Elements headings = doc.select("h1, h2");
        boolean headline = false;
        for (Element h : headings) {
            String t = h.text().trim();
            if (!t.isEmpty() && t.length() >= cur.length() && orig.startsWith(t) && wordCount(t) >= 2) {
                cur = t;
                headline = true;
                break;
            }
        }
        if (!headline && wordCount(cur) <= 4 && (!hierarchical || wordCount(cur) != wordCount(orig.replaceAll("[|\\-\\\\/>»]+", "")) - 1)) {
            cur = orig;
        }
        return cur.isEmpty() ? null : cur;
    }

    private static String visibleByline(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select("[rel=author], [itemprop~=author], [class], [id]")) {
            String rel = e.attr("rel");
            String itemprop = e.attr("itemprop");
            String key = e.className() + " " + e.id();
            boolean marked = rel.equals("author") || itemprop.contains("author")
                    || ExtractionRules.BYLINE_CLASS.in(key);
            if (!marked || insideUnlikely(e)) {
                continue;
            }
            Element nameEl = e.selectFirst("[itemprop=name]");
            String text = (nameEl != null ? nameEl.text() : e.text()).trim();
            if (!text.isEmpty() && text.length() < 100 && !ExtractionRules.TEXT_BOILERPLATE.matcher(text).find()
                    && DATES.parse(text) == null) {
                return text;
            }
        }
        return null;
    }

    private static final DateParser DATES = new DateParser();

    /**
     * JSON-LD often has both a name and a headline; when they differ, the headline is used only
     * when it resembles the page title and the name does not.
     */
    static String chooseHeadline(String name, String headline, String pageTitle) {
        if (name == null) {
            return headline;
        }
        if (headline == null || name.equals(headline) || pageTitle == null) {
            return name;
        }
        boolean nameMatches = similarity(name, pageTitle) > 0.75;
        boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
        return headlineMatches && !nameMatches ? headline : name;
    }

    /** Share of b's words that a's words cover (1 = every token of b is in a). */
    static double similarity(String a, String b) {
        java.util.Set<String> ta = new java.util.HashSet<>(java.util.Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+")));
        String[] tb = b.toLowerCase(Locale.ROOT).split("\\W+");
        int all = 0;
        int missing = 0;
        for (String t : tb) {
            if (t.isEmpty()) {
                continue;
            }
            all += t.length();
            if (!ta.contains(t)) {
                missing += t.length();
            }
        }
        return all == 0 ? 0 : 1 - (double) missing / all;
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, String> metaMap(Document doc) {
        Map<String, String> out = new HashMap<>();
        // property= (OpenGraph, RDFa) is read before name=: it is the more deliberate statement
        for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
            for (Element m : doc.select("meta[content]")) {
                String content = m.attr("content").trim();
                if (content.isEmpty()) {
                    continue;
                }
                String k = m.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    for (String key : k.split("\\s+")) {
                        out.putIfAbsent(key, content);
                        // dc.title, DC:title and dcterms.title are one name written several ways
                        if (key.startsWith("dc.") || key.startsWith("dcterm.") || key.startsWith("dcterms.")) {
                            out.putIfAbsent(key.replace('.', ':'), content);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String firstOf(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String firstUseful(String... values) {
        return firstNonBlank(values);
    }

    private static String httpOnly(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        return u.startsWith("http://") || u.startsWith("https://") ? u : null;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    static int wordCount(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String languageCode(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.trim().toLowerCase(Locale.ROOT);
        if (l.length() < 2 || !Character.isLetter(l.charAt(0)) || !Character.isLetter(l.charAt(1))) {
            return null;
        }
        if (l.length() > 2 && Character.isLetter(l.charAt(2))) {
            return null;
        }
        return l.substring(0, 2);
    }

    /** Numeric dates are month first only in US English pages. */
    static boolean monthFirst(String lang) {
        if (lang == null || lang.isBlank()) {
            return false;
        }
        String l = lang.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en") || l.equals("en-us");
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.trim()).getHost();
            if (h == null) {
                return null;
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

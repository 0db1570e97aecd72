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
        /** Every publication-date candidate the page gave, with where it came from (for {@code explain}). */
        List<PublishedDateFinder.Candidate> publishedCandidates = List.of();
        /** Where each field came from ("title" -> "og:title"): the scorecard shows it beside a wrong value. */
        final Map<String, String> from = new java.util.LinkedHashMap<>();

        private void from(String field, String where) {
            from.put(field, where);
        }
    }

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final DateParser dates = new DateParser();
    private final PublishedDateFinder publishedFinder = new PublishedDateFinder();

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
        f.from("title", "json-ld headline/name");
        if (f.title == null) {
            f.title = clean(firstOf(meta, ExtractionRules.META_TITLE_KEYS));
            f.from("title", "meta " + firstKey(meta, ExtractionRules.META_TITLE_KEYS));
        }
        if (f.title == null) {
            f.title = titleFromDocument(doc, docTitle);
            f.from("title", "<title>/h1");
        }

        // site
        if (ld != null) {
            f.site = clean(ld.publisher() != null ? ld.publisher() : ld.siteName());
            f.from("site", "json-ld publisher");
        }
        if (f.site == null) {
            f.site = clean(firstOf(meta, ExtractionRules.META_SITE_KEYS));
            f.from("site", "meta " + firstKey(meta, ExtractionRules.META_SITE_KEYS));
        }

        // author
        if (ld != null && !ld.authors().isEmpty()) {
            f.author = String.join(", ", ld.authors());
            f.from("author", "json-ld author");
        }
        for (int i = 0; f.author == null && i < ExtractionRules.META_AUTHOR_KEYS.length; i++) {
            String a = meta.get(ExtractionRules.META_AUTHOR_KEYS[i]);
            if (a != null && !a.isBlank() && !a.startsWith("http") && !a.startsWith("@")) {
                f.author = clean(ExtractionRules.BYLINE_PREFIX.matcher(a).replaceFirst(""));
                f.from("author", "meta " + ExtractionRules.META_AUTHOR_KEYS[i]);
            }
        }
        List<String> sites = siteNames(f.site, meta, f.url);
        boolean statedPerson = ld != null && ld.authorsArePeople() && f.author != null && f.author.equals(String.join(", ", ld.authors()));
        if (f.author != null && (!statedPerson && notAPerson(f.author, sites) || ExtractionRules.USER_HANDLE.matcher(f.author).matches()
                || ExtractionRules.PLACEHOLDER_AUTHOR.matcher(f.author).matches())) {
            // a site, publisher or login handle is not a writer: look for a byline the page prints
            String printed = visibleByline(doc);
            f.from("author", printed == null ? "nothing (" + f.from.get("author") + " named the site)" : "visible byline");
            f.author = printed != null && !notAPerson(printed, sites) ? printed : null;
        }
        if (f.author == null) {
            f.author = visibleByline(doc);
            f.from("author", "visible byline");
            if (f.author != null && ExtractionRules.PLACEHOLDER_AUTHOR.matcher(f.author).matches()) {
                f.author = null;
            }
        }
        if (f.author == null) {
            f.author = printedByline(doc, sites);
            f.from("author", "line starting with a byline word");
        }

        // the headline the page shows, without the site's name
        String metaTitle = f.title;
        f.title = headline(doc, metaTitle, sites);
        if (f.title != null && !f.title.equals(metaTitle)) {
            f.from("title", f.title.equals(shownHeadline(doc, metaTitle)) ? "h1 shown on the page"
                    : f.from.get("title") + " without the site's name");
        }

        // dates
        PublishedDateFinder.Decision published = publishedFinder.find(doc, meta, ld, f.url, f.monthFirst, f.language, savedAt);
        f.published = published.iso();
        f.from("published", published.why());
        f.publishedCandidates = published.candidates();
        String upd = ld != null ? ld.dateModified() : null;
        if (upd == null) {
            upd = firstOf(meta, ExtractionRules.META_UPDATED_KEYS);
        }
        DateParser.ParsedDate u = dates.parse(upd, f.monthFirst, savedAt);
        f.updated = u == null ? null : u.iso();

        f.description = clean(firstOf(meta, ExtractionRules.META_DESCRIPTION_KEYS));
        if (f.description == null && ld != null) {
            f.description = clean(ld.description());
        }
        f.leadImage = firstOf(meta, ExtractionRules.META_IMAGE_KEYS);
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

    // ------------------------------------------------------------------ title, byline

    /** The page's {@code <title>} without its site suffix, or the single h1 when it is better. */
    static String titleFromDocument(Document doc, String docTitle) {
        String orig = docTitle == null ? "" : docTitle.replaceAll("\\s+", " ").trim();
        String cur = orig;
        boolean hierarchical = false;
        Matcher m = ExtractionRules.TITLE_SEPARATORS.matcher(orig);
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

    /**
     * The headline: the page's shown {@code h1} when the metadata title is that headline dressed
     * up (with the site's name, a kicker or section, SEO wording, cut short) or when there is no
     * metadata title; otherwise the metadata title without the site's name.
     */
    static String headline(Document doc, String metaTitle, List<String> siteNames) {
        Shown found = shown(doc, metaTitle);
        String shown = found == null ? null : found.text();
        if (found != null && found.sameWithKicker()) {
            return shown;
        }
        if (metaTitle == null) {
            return shown;
        }
        if (shown != null && sameHeadline(shown, metaTitle)) {
            // the same words in other quotes or case: the metadata spelling is the deliberate one
            return fold(shown).equals(fold(metaTitle)) ? metaTitle : shown;
        }
        return withoutSiteName(metaTitle, siteNames);
    }

    /** True when a shown headline and a metadata title are the same headline written two ways. */
    static boolean sameHeadline(String shown, String metaTitle) {
        String h = fold(shown);
        String m = fold(metaTitle.replaceAll("(?:\\.\\.\\.|…)\\s*$", ""));
        if (h.isEmpty() || m.isEmpty()) {
            return false;
        }
        if (m.contains(h) || h.contains(m)) {
            return true;
        }
        return similarity(h, m) >= ExtractionRules.SAME_HEADLINE_SIMILARITY
                && similarity(m, h) >= ExtractionRules.SAME_HEADLINE_SIMILARITY;
    }

    /**
     * The headline the page shows: its one {@code h1} (not a logo or site name in a header,
     * navigation or footer); among several, the one closest to the metadata title.
     */
    static String shownHeadline(Document doc, String metaTitle) {
        Shown s = shown(doc, metaTitle);
        return s == null ? null : s.text();
    }

    /** A shown headline; {@code sameWithKicker} when only its kicker made it match the metadata title. */
    private record Shown(String text, boolean sameWithKicker) {
    }

    private static Shown shown(Document doc, String metaTitle) {
        if (doc.body() == null) {
            return null;
        }
        List<String> texts = new java.util.ArrayList<>();
        List<String> whole = new java.util.ArrayList<>();
        for (Element h1 : doc.body().select("h1")) {
            String t = headlineText(h1);
            if (t.isEmpty() || t.length() > ExtractionRules.MAX_HEADLINE_CHARS || texts.contains(t) || siteFurniture(h1)) {
                continue;
            }
            texts.add(t);
            whole.add(h1.text().replaceAll("\\s+", " ").trim());
        }
        if (texts.size() == 1) {
            // compared with its kicker too (titles often carry it), shown without
            return new Shown(texts.get(0), metaTitle != null && !sameHeadline(texts.get(0), metaTitle)
                    && sameHeadline(whole.get(0), metaTitle));
        }
        if (metaTitle == null) {
            return null;
        }
        String best = null;
        double bestScore = 0;
        for (String t : texts) {
            double score = similarity(fold(metaTitle), fold(t));
            if (score > bestScore && sameHeadline(t, metaTitle)) {
                best = t;
                bestScore = score;
            }
        }
        return best == null ? null : new Shown(best, false);
    }

    /** A heading's text without the kicker above it or a label only screen readers hear ("Headline:"). */
    private static String headlineText(Element h) {
        Element copy = null;
        for (Element part : h.select("*")) {
            if (part != h && ExtractionRules.HEADLINE_KICKER_CLASS.in(part.className())) {
                if (copy == null) {
                    copy = h.clone();
                }
            }
        }
        if (copy != null) {
            copy.select("*").stream().filter(e -> ExtractionRules.HEADLINE_KICKER_CLASS.in(e.className()))
                    .filter(e -> !e.equals(e.ownerDocument())).toList().forEach(e -> {
                        if (e.parent() != null) {
                            e.remove();
                        }
                    });
        }
        String t = (copy != null ? copy : h).text().replaceAll("\\s+", " ").trim();
        return copy != null ? ExtractionRules.LEADING_SEPARATOR.matcher(t).replaceFirst("") : t;
    }

    /** Inside navigation, a footer, an aside, or an element named for the site's logo or name. */
    private static boolean siteFurniture(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("a") && a == e.parent()
                    && a.attr("href").matches("(?i)(?:https?://[^/]+)?/?(?:index\\.\\w+)?")) {
                return true;
            }
            if (ExtractionRules.SITE_LOGO_CLASS.in(a.className() + " " + a.id())) {
                return true;
            }
        }
        return false;
    }

    /** The site's names as the page gives them away: publisher, og:site_name, application-name, the host. */
    private static List<String> siteNames(String site, Map<String, String> meta, String url) {
        List<String> names = new java.util.ArrayList<>();
        // not twitter:site: a handle, as often the writer's own as the site's
        for (String n : new String[] {site, meta.get("og:site_name"), meta.get("application-name"), host(url)}) {
            if (n != null && !n.isBlank()) {
                names.add(n);
            }
        }
        return names;
    }

    /**
     * A title without a first or last part that names the site ("Headline | Site", "Site -
     * Headline"): a part that a site name contains or that contains it, letters compared.
     */
    static String withoutSiteName(String title, List<String> siteNames) {
        List<String> parts = new java.util.ArrayList<>(List.of(ExtractionRules.HEADLINE_SEPARATOR.split(title.trim())));
        if (parts.size() < 2) {
            return title;
        }
        List<String> keys = new java.util.ArrayList<>();
        for (String n : siteNames) {
            for (String x : new String[] {letters(n), letters(mainLabel(n))}) {
                if (x.length() >= ExtractionRules.MIN_SITE_NAME_LETTERS && !keys.contains(x)) {
                    keys.add(x);
                }
            }
        }
        boolean changed = false;
        for (int end = 0; end < 2 && parts.size() > 1; end++) {
            int i = end == 0 ? parts.size() - 1 : 0;
            String part = letters(parts.get(i));
            if (part.length() < 3) {
                continue;
            }
            for (String k : keys) {
                if (k.contains(part) || part.contains(k)
                        && k.length() * ExtractionRules.SITE_PART_MAX_LENGTH_RATIO >= part.length()) {
                    parts.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return title;
        }
        // put the remaining parts back with the separators they had
        String rest = title.trim();
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        int from = rest.indexOf(first);
        int to = rest.lastIndexOf(last) + last.length();
        return from >= 0 && to > from ? rest.substring(from, to).trim() : title;
    }

    /** The name a host is registered under ("news.example.co.uk" gives "example"), or the text unchanged. */
    static String mainLabel(String name) {
        if (!ExtractionRules.DOMAIN_ONLY.matcher(name.trim()).matches()) {
            return name;
        }
        List<String> labels = new java.util.ArrayList<>(List.of(name.trim().toLowerCase(Locale.ROOT).split("\\.")));
        labels.remove(labels.size() - 1);
        if (labels.size() > 1 && labels.get(labels.size() - 1).length() <= 3
                && ExtractionRules.SECOND_LEVEL_LABELS.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        return labels.get(labels.size() - 1);
    }

    /** Lower-case letters and digits only: "Backen.de" and "backen.de" agree. */
    private static String letters(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Lower case, quotes and dashes of one kind, whitespace collapsed: two spellings of one headline compare equal. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\u00ad", "").replaceAll("[\u2018\u2019\u201a\u201b`´]", "'")
                .replaceAll("[\u201c\u201d\u201e\u00ab\u00bb]", "\"").replaceAll("[\u2010-\u2015]", "-")
                .replaceAll("\\s+", " ").trim();
    }

    /** True when an author is the site or publisher (its name or host spells it), so not a person. */
    static boolean notAPerson(String author, List<String> siteNames) {
        String a = letters(author);
        if (a.isEmpty() || ExtractionRules.PLACEHOLDER_AUTHOR.matcher(author).matches()) {
            return true;
        }
        boolean personShaped = ExtractionRules.PERSON_NAME.matcher(author.trim()).matches();
        for (String n : siteNames) {
            if (personShaped && ExtractionRules.DOMAIN_ONLY.matcher(n.trim()).matches()) {
                continue; // a personal site is named after its writer: hakimoreau.example by Haki Moreau
            }
            for (String k : new String[] {letters(n), letters(mainLabel(n))}) {
                if (k.length() >= ExtractionRules.MIN_SITE_NAME_LETTERS && (a.equals(k) || a.contains(k) && k.length() * 2 >= a.length()
                        || k.contains(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A writer named on a short line that starts with a byline word ("Von Jana Kraus", "Text:
     * Ole Berg", "By Mira Hollis | 6 April 2019"), outside navigation, footers and comments; the
     * name must look like a person's (capitalised words) and not be the site's.
     */
    private static String printedByline(Document doc, List<String> siteNames) {
        if (doc.body() == null) {
            return null;
        }
        return ElementWalk.first(doc.body(), null, e -> printedBylineOf(e, siteNames));
    }

    /** The writer a short line starting with a byline word names, or null (see {@link #printedByline}). */
    private static String printedBylineOf(Element e, List<String> siteNames) {
        if (HtmlBodyExtractor.visibleChars(e, ExtractionRules.MAX_BYLINE_LINE_CHARS) > ExtractionRules.MAX_BYLINE_LINE_CHARS) {
            return null; // longer than a byline line: its text (its whole subtree) is not built
        }
        int children = ElementWalk.childElements(e, 4);
        if (!(children > 0 && children <= 3 || !e.ownText().isEmpty())) {
            return null;
        }
        String text = e.text();
        if (text.length() < 5 || text.length() > ExtractionRules.MAX_BYLINE_LINE_CHARS || !Prefilters.mayLeadByline(text)) {
            return null;
        }
        Matcher m = ExtractionRules.BYLINE_LEAD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = names(m.group("name"));
        return name != null && !notAPerson(name, siteNames) && !PageParts.insidePageFurniture(e) ? name : null;
    }

    /**
     * The person or people a byline line names, cleaned of what follows them (a date, a separator,
     * "on …"): co-authors are all kept as printed ("Jana Kraus, Ole Berg und Mia Sand"); null
     * when a part is not a person's name.
     */
    static String names(String line) {
        String list = ExtractionRules.BYLINE_NAMES_END.matcher(line).replaceFirst("").trim();
        String[] parts = ExtractionRules.CO_AUTHOR_SEPARATOR.split(list);
        if (parts.length >= 2 && parts.length <= 6
                && java.util.Arrays.stream(parts).allMatch(p -> ExtractionRules.PERSON_NAME.matcher(p.trim()).matches())) {
            return list;
        }
        String one = ExtractionRules.BYLINE_NAME_END.matcher(line).replaceFirst("").trim();
        return ExtractionRules.PERSON_NAME.matcher(one).matches() ? one : null;
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
                    || ExtractionRules.BYLINE_CLASS.in(key) && !ExtractionRules.DATELINE_ONLY_CLASS.matcher(key).find();
            if (!marked || PageParts.insideUnlikely(e) && !PageParts.insideBylineBox(e)) {
                continue;
            }
            Element nameEl = e.selectFirst("[itemprop=name]");
            String text = (nameEl != null ? nameEl.text() : e.text()).trim();
            // a dateline ("HAMBURG, June 5 (Continental Post) -") often shares the byline's class: never an author
            if (!text.isEmpty() && text.length() < 100 && !ExtractionRules.TEXT_BOILERPLATE.matcher(text).find()
                    && !Dateline.isWholeDateline(text) && !ExtractionRules.DATELINE_SHAPE.matcher(text).find()) {
                Matcher lead = ExtractionRules.BYLINE_LEAD.matcher(text);
                if (DATES.parse(text) == null) {
                    return lead.matches() ? lead.group("name").trim() : text;
                }
                // "By Jane Doe · 12 March 2019": cleaned of its label and date, not thrown away
                String name = names(lead.matches() ? lead.group("name") : text);
                if (name != null) {
                    return name;
                }
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
        Elements metas = doc.select("meta[content]"); // one walk of the page, not one per attribute
        for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
            for (Element m : metas) {
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

    private static String firstKey(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return k;
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

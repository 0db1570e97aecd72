package dev.gazette.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks of a page: finds the article object (NewsArticle, BlogPosting,
 * ReportageNewsArticle… also inside {@code @graph} and arrays) and the page-level objects
 * (WebPage, WebSite, Organization). Tolerates comments, trailing commas, control characters and
 * CDATA wrappers; gives up silently on JSON it cannot read. Thread-safe.
 */
final class JsonLdReader {

    /** What JSON-LD stated about the article; any field may be null. */
    record JsonLd(String headline, String name, String datePublished, String dateModified,
                  List<String> authors, String publisher, String siteName, String articleBody,
                  String description, String image, String url, String language, String type,
                  boolean authorsArePeople) {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "report", "satiricalarticle", "discussionforumposting", "medicalscholarlyarticle",
            "advertisercontentarticle", "review", "creativework");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage",
            "qapage", "faqpage");

    JsonLd read(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type*=ld+json]")) {
            String json = script.data().trim();
            if (json.startsWith("<!--")) {
                json = json.substring(4);
            }
            if (json.endsWith("-->")) {
                json = json.substring(0, json.length() - 3);
            }
            json = json.replace("<![CDATA[", "").replace("]]>", "").trim();
            if (json.isEmpty()) {
                continue;
            }
            try (JsonParser parser = LenientJson.parser(json)) {
                // Some pages put several objects one after another in one script.
                JsonNode node;
                while ((node = readNext(parser)) != null) {
                    flatten(node, objects, 0);
                }
            } catch (Exception e) {
                // malformed JSON-LD is simply not evidence
            }
        }
        JsonNode article = null;
        JsonNode page = null;
        JsonNode site = null;
        JsonNode org = null;
        for (JsonNode o : objects) {
            Set<String> types = types(o);
            if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                article = o;
            } else if (page == null && types.stream().anyMatch(PAGE_TYPES::contains)) {
                page = o;
            } else if (site == null && types.contains("website")) {
                site = o;
            } else if (org == null && (types.contains("organization") || types.contains("newsmediaorganization"))) {
                org = o;
            }
        }
        if (article == null && page != null && page.has("mainEntity") && page.get("mainEntity").isObject()) {
            JsonNode main = page.get("mainEntity");
            if (types(main).stream().anyMatch(ARTICLE_TYPES::contains)) {
                article = main;
            }
        }
        JsonNode a = article != null ? article : page;
        if (a == null && site == null && org == null) {
            return null;
        }
        // a publisher of type Person is a writer publishing their own site: not the site's name
        JsonNode pub = a == null ? null : a.get("publisher");
        boolean personPublisher = pub != null && pub.isObject() && types(pub).contains("person");
        String publisher = a == null || personPublisher ? null : name(pub);
        if (publisher == null && a != null) {
            publisher = name(a.get("sourceOrganization"));
        }
        String siteName = site == null ? null : text(site.get("name"));
        if (publisher == null && org != null) {
            publisher = text(org.get("name"));
        }
        if (a == null) {
            return new JsonLd(null, null, null, null, List.of(), publisher, siteName, null, null, null, null, null, null, false);
        }
        List<String> authors = new ArrayList<>();
        collectNames(a.get("author"), authors, 0);
        if (authors.isEmpty()) {
            collectNames(a.get("creator"), authors, 0);
        }
        String url = text(a.get("url"));
        if (url == null && a.has("mainEntityOfPage")) {
            JsonNode m = a.get("mainEntityOfPage");
            url = m.isObject() ? firstNonNull(text(m.get("@id")), text(m.get("url"))) : text(m);
        }
        String type = types(a).stream().findFirst().orElse(null);
        boolean people = !authors.isEmpty() && typedPeople(a.get("author"));
        return new JsonLd(text(a.get("headline")), text(a.get("name")), text(a.get("datePublished")),
                text(a.get("dateModified")), authors, publisher, siteName,
                text(a.get("articleBody")), text(a.get("description")), image(a.get("image")), url,
                text(a.get("inLanguage")), article != null ? type : null, people);
    }

    private static JsonNode readNext(JsonParser parser) throws java.io.IOException {
        return LenientJson.next(parser);
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            if (node.has("@graph")) {
                flatten(node.get("@graph"), out, depth + 1);
            }
        }
    }

    private static Set<String> types(JsonNode o) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual()) {
                    out.add(simpleType(x.asText()));
                }
            }
        } else if (t.isTextual()) {
            out.add(simpleType(t.asText()));
        }
        return out;
    }

    private static String simpleType(String t) {
        int slash = t.lastIndexOf('/');
        int colon = t.lastIndexOf(':');
        return t.substring(Math.max(slash, colon) + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** True when every author object says it is a Person (plain strings say nothing). */
    private static boolean typedPeople(JsonNode n) {
        if (n == null) {
            return false;
        }
        if (n.isArray()) {
            boolean any = false;
            for (JsonNode x : n) {
                if (!typedPeople(x)) {
                    return false;
                }
                any = true;
            }
            return any;
        }
        return n.isObject() && types(n).contains("person");
    }

    private static void collectNames(JsonNode n, List<String> out, int depth) {
        if (n == null || depth > 3) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                collectNames(x, out, depth + 1);
            }
        } else {
            if (n.isObject() && types(n).stream().anyMatch(ExtractionRules.ORGANIZATION_TYPES::contains)) {
                return; // a publisher, site or agency is the source, never the author
            }
            String name = name(n);
            if (name != null && !name.startsWith("http") && !out.contains(name)) {
                out.add(name);
            }
        }
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        if (n.isObject()) {
            String name = text(n.get("name"));
            if (name == null && n.has("givenName")) {
                name = (text(n.get("givenName")) + " " + firstNonNull(text(n.get("familyName")), "")).trim();
            }
            return name;
        }
        return text(n);
    }

    private static String image(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : image(n.get(0));
        }
        if (n.isObject()) {
            return firstNonNull(text(n.get("url")), text(n.get("contentUrl")));
        }
        return text(n);
    }

    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return firstNonNull(text(n.get("@value")), null);
        }
        String s = n.asText().trim();
        if (s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&')) {
            // some sites write HTML entities into JSON-LD ("Redacci&oacute;n"): the reader sees the letter
            s = org.jsoup.parser.Parser.unescapeEntities(s, false).trim();
        }
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

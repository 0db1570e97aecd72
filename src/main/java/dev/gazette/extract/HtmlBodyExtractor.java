package dev.gazette.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body in an HTML document by scoring blocks (text length, commas, link
 * density, tag and class/id words, structured-data hints), picking the best container, adding
 * the siblings that belong to it, then removing the boilerplate left inside it.
 *
 * <p>Stateless and thread-safe; each call works on its own document, which it changes.
 */
final class HtmlBodyExtractor {

    /**
     * What was found: the article element (detached copy), or null when the page has none, and
     * the masthead lines taken out of it (outlet · byline · date), which still say who wrote it.
     */
    record Body(Element article, String text, String html, List<String> mastheads) {
        Body(Element article, String text, String html) {
            this(article, text, html, List.of());
        }
    }

    private final DateParser dates = new DateParser();

    /**
     * Extracts the body. {@code articleBody} (JSON-LD) and {@code title} are optional evidence.
     * The document is modified.
     */
    Body extract(Document doc, String articleBody, String title, boolean strict) {
        Element body = doc.body();
        if (body == null) {
            return new Body(null, "", "");
        }
        prepare(body, strict);
        String normalizedArticleBody = articleBody != null
                && articleBody.split("\\s+").length >= ExtractionRules.ARTICLE_BODY_MIN_WORDS
                ? normalize(articleBody) : null;
        Map<Element, Double> scores = new IdentityHashMap<>();
        score(body, scores, normalizedArticleBody, strict);
        Element top = pickTop(body, scores);
        Element article = gatherSiblings(top, scores);
        List<String> mastheads = clean(article, title, strict);
        return new Body(article, ReadingHtml.text(article), null, mastheads);
    }

    /** Keeps the whole body (already article-shaped input such as Markdown) and only cleans it. */
    Body whole(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Body(null, "", "");
        }
        prepare(body, false);
        Element article = new Element("div");
        NodeMoves.moveAll(body, article);
        List<String> mastheads = clean(article, title, false);
        return new Body(article, ReadingHtml.text(article), null, mastheads);
    }

    // ------------------------------------------------------------------ step 1: prepare

    private void prepare(Element body, boolean strict) {
        removeComments(body);
        // removals wait for the end of each pass: one by one, each shifts its parent's child list
        Removals dropped = new Removals();
        body.select(ExtractionRules.DROP_TAGS).forEach(dropped::add);
        dropped.flush();
        // each decision reads the element's own subtree and its ancestors, which removals of
        // elements before it in document order leave as they were (or take out with it)
        Removals removals = new Removals();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (isHidden(e)) {
                removals.add(e);
                continue;
            }
            if (strict && isUnlikely(e)) {
                removals.add(e);
            }
        }
        removals.flush();
    }

    private static void removeComments(Element element) {
        boolean any = false;
        for (Node child : element.childNodes()) {
            if (child instanceof Comment) {
                any = true;
            } else if (child instanceof Element e) {
                removeComments(e);
            }
        }
        if (any) {
            NodeMoves.dropChildren(element, child -> child instanceof Comment);
        }
    }

    /** Selectors asked of many elements, parsed once (jsoup parses a selector string at every call). */
    private static final Evaluator MEDIA = QueryParser.parse("figure, img, picture");
    private static final Evaluator TABLE_OR_CODE = QueryParser.parse("table, code");

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.is(MEDIA)) {
            return !hasMuchText(e);
        }
        String style = e.attr("style");
        return !style.isEmpty() && ExtractionRules.HIDDEN_STYLE.matcher(style).find();
    }

    /** aria-hidden is sometimes put on whole content blocks: do not trust it for long texts. */
    private static boolean hasMuchText(Element e) {
        return e.select("p").size() >= 3;
    }

    private static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("a") || tag.equals("p") || tag.equals("table") || tag.equals("tbody")
                || tag.equals("tr") || tag.equals("td")) {
            return false;
        }
        if (tag.equals("aside") || tag.equals("footer") && !hasMuchText(e)) {
            return true;
        }
        String key = e.className() + " " + e.id();
        if (key.isBlank()) {
            return false;
        }
        if (!ExtractionRules.UNLIKELY.in(key) || ExtractionRules.MAYBE_CANDIDATE.in(key)) {
            return false;
        }
        if (!e.attr("itemprop").isEmpty() && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return false;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.is(TABLE_OR_CODE)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ step 2: score

    private void score(Element body, Map<Element, Double> scores, String articleBody, boolean strict) {
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            boolean paragraph;
            String text;
            if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") || tag.equals("dd")
                    || tag.equals("figcaption")) {
                paragraph = true;
                text = e.text();
            } else if (ExtractionRules.SCORED_TAGS.contains(tag) || tag.equals("td") || tag.equals("li")) {
                if (!hasBlockChild(e)) {
                    paragraph = !isInsideParagraph(e);
                    text = paragraph ? e.text() : "";
                } else {
                    // loose text directly inside a container counts as a paragraph of it
                    String own = e.ownText();
                    paragraph = own.length() >= ExtractionRules.MIN_PARAGRAPH_CHARS;
                    text = own;
                }
            } else {
                continue;
            }
            if (!paragraph || text.length() < ExtractionRules.MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double s = 1 + TextLengths.commas(text) + Math.min(text.length() / 100.0, 3);
            if (articleBody != null && text.length() >= 40 && articleBody.contains(normalize(text))) {
                s += ExtractionRules.ARTICLE_BODY_BONUS;
            }
            // loose text scores for the container that holds it; a paragraph for its parent
            boolean looseText = hasBlockChild(e);
            int level = 0;
            for (Element a = looseText ? e : e.parent(); a != null && level < ExtractionRules.SCORE_ANCESTOR_LEVELS;
                    a = a.parent(), level++) {
                if (a == body.parent()) {
                    break;
                }
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a, strict));
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(a, scores.get(a) + s / divider);
            }
        }
    }

    /**
     * How many characters of e's text are not blank, counting only until more than stopAbove
     * are seen (then some number above stopAbove). A lower bound of {@code e.text().length()},
     * and 0 exactly when {@code e.text().isBlank()}: jsoup turns no-break spaces into spaces
     * and drops zero-width spaces and soft hyphens.
     */
    static int visibleChars(Element e, int stopAbove) {
        int[] count = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!Character.isWhitespace(ch) && ch != '\u00a0' && ch != '\u200b' && ch != '\u00ad') {
                            if (++count[0] > stopAbove) {
                                return FilterResult.STOP;
                            }
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0];
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String t = c.normalName();
            if (t.equals("p") || t.equals("div") || t.equals("section") || t.equals("article") || t.equals("table")
                    || t.equals("ul") || t.equals("ol") || t.equals("blockquote") || t.equals("pre")
                    || t.equals("li") || t.equals("h1") || t.equals("h2") || t.equals("h3") || t.equals("h4")
                    || t.equals("dl") || t.equals("figure") || t.equals("header") || t.equals("footer")
                    || t.equals("main") || t.equals("aside") || t.equals("form")) {
                return true;
            }
            if ((t.equals("span") || t.equals("font") || t.equals("center")) && hasBlockChild(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsideParagraph(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String t = a.normalName();
            if (t.equals("p") || t.equals("pre") || t.equals("blockquote") || t.equals("dd") || t.equals("figcaption")) {
                return true;
            }
            if (t.equals("div") || t.equals("section") || t.equals("article") || t.equals("body")) {
                return false;
            }
        }
        return false;
    }

    private double initialScore(Element e, boolean strict) {
        double s;
        switch (e.normalName()) {
            case "div", "section" -> s = 5;
            case "article" -> s = 10;
            case "main" -> s = 8;
            case "pre", "td", "blockquote" -> s = 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "header", "footer", "aside", "nav" -> s = -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s = -5;
            default -> s = 0;
        }
        if (strict) {
            s += classWeight(e);
        }
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("articlebody") || itemprop.equals("text")) {
            s += 30;
        }
        String itemtype = e.attr("itemtype").toLowerCase(Locale.ROOT);
        if (itemtype.contains("article") || itemtype.contains("posting")) {
            s += 10;
        }
        return s;
    }

    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (ExtractionRules.NEGATIVE.in(cls)) {
                w -= ExtractionRules.CLASS_WEIGHT;
            }
            if (ExtractionRules.POSITIVE.in(cls)) {
                w += ExtractionRules.CLASS_WEIGHT;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (ExtractionRules.NEGATIVE.in(id)) {
                w -= ExtractionRules.CLASS_WEIGHT;
            }
            if (ExtractionRules.POSITIVE.in(id)) {
                w += ExtractionRules.CLASS_WEIGHT;
            }
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        // the outermost links only: a link nested in another (possible across a table) is text of
        // the outer one, and counting each level again made deep table soup quadratic
        int[] links = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element a && a.normalName().equals("a")) {
                    String href = a.attr("href");
                    double coefficient = href.startsWith("#") ? 0.3 : 1;
                    links[0] += (int) (a.text().length() * coefficient);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return Math.min(1.0, (double) links[0] / total);
    }

    // ------------------------------------------------------------------ step 3: choose

    private Element pickTop(Element body, Map<Element, Double> scores) {
        List<Element> ranked = new ArrayList<>();
        Map<Element, Double> adjusted = new IdentityHashMap<>();
        TextLengths lengths = new TextLengths(); // nested candidates share their subtrees' figures
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            double s = en.getValue() * (1 - lengths.linkDensity(e));
            adjusted.put(e, s);
            ranked.add(e);
        }
        if (ranked.isEmpty()) {
            return body;
        }
        ranked.sort((a, b) -> Double.compare(adjusted.get(b), adjusted.get(a)));
        Element top = ranked.get(0);
        double topScore = adjusted.get(top);
        // Several strong candidates under one ancestor: the ancestor is the article.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ExtractionRules.RIVALS_LOOKED_AT, ranked.size()); i++) {
            if (adjusted.get(ranked.get(i)) / topScore >= ExtractionRules.RIVAL_SHARE) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= ExtractionRules.RIVALS_FOR_ANCESTOR) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(p, alt)) {
                        containing++;
                    }
                }
                if (containing >= ExtractionRules.RIVALS_FOR_ANCESTOR) {
                    top = p;
                    break;
                }
            }
        }
        // Climb while the parent scores well too: the article often spans several sections.
        double lastScore = adjusted.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = adjusted.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > lastScore) {
                top = p;
                break;
            }
            lastScore = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
            top = top.parent();
        }
        adjusted.putIfAbsent(top, topScore);
        scores.clear();
        scores.putAll(adjusted);
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Element gatherSiblings(Element top, Map<Element, Double> scores) {
        Element article = new Element("div");
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            NodeMoves.moveAll(top, article);
            return article;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(ExtractionRules.SIBLING_MIN_SCORE, topScore * ExtractionRules.SIBLING_SHARE);
        String topClass = top.className();
        List<Element> kept = new ArrayList<>();
        TextLengths lengths = new TextLengths();
        for (Element sibling : parent.children()) {
            boolean keep = sibling == top;
            if (!keep) {
                double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * ExtractionRules.SIBLING_SAME_CLASS_BONUS : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    keep = true;
                } else if (sibling.normalName().equals("p")) {
                    double ld = lengths.linkDensity(sibling);
                    String text = sibling.text();
                    int len = text.length();
                    if (len > ExtractionRules.SIBLING_SHORT_PARAGRAPH && ld < ExtractionRules.SIBLING_MAX_LINK_DENSITY) {
                        keep = true;
                    } else if (len > 0 && len <= ExtractionRules.SIBLING_SHORT_PARAGRAPH && ld == 0 && ExtractionRules.SENTENCE_END.matcher(text).find()) {
                        keep = true;
                    }
                }
            }
            if (keep) {
                kept.add(sibling);
            }
        }
        NodeMoves.moveSome(parent, kept, article);
        return article;
    }

    // ------------------------------------------------------------------ step 4: clean inside

    private List<String> clean(Element article, String title, boolean strict) {
        List<String> mastheads = new ArrayList<>();
        String normTitle = title == null ? null : normalize(title);
        // headline, bylines and date lines are metadata, not body text
        Removals headings = new Removals();
        for (Element h : article.select("h1, h2, h3, h4, h5, h6")) {
            String t = normalize(h.text());
            if (h.normalName().equals("h1") || t.isEmpty() || normTitle != null && t.equals(normTitle)
                    || strict && classWeight(h) < 0) {
                headings.add(h);
            }
        }
        headings.flush();
        // each decision reads only the element's own subtree, which earlier removals (of elements
        // before it in document order) never touch: they can all wait until the end of the pass
        Removals removals = new Removals();
        for (Element e : new ArrayList<>(article.getAllElements())) {
            if (e == article || e.parent() == null) {
                continue;
            }
            // the text is built only when one of the tests below can use it (an element's text
            // costs its whole subtree, and a page has as many subtrees as elements)
            boolean leafBlock = isBlockish(e) && !hasBlockChild(e);
            if (visibleChars(e, ExtractionRules.CLEAN_MAX_CHARS) > ExtractionRules.CLEAN_MAX_CHARS && !leafBlock) {
                continue;
            }
            String text = e.text();
            if (text.length() < ExtractionRules.CLEAN_BYLINE_MAX_CHARS && isByline(e)) {
                removals.add(e);
                continue;
            }
            if (text.length() <= ExtractionRules.CLEAN_MAX_CHARS && isBlockish(e)
                    && ExtractionRules.BOILERPLATE_BLOCK.matcher(text).matches()) {
                removals.add(e);
                continue;
            }
            if (leafBlock && isMastheadLine(text)) {
                removals.add(e);
                if (!mastheads.contains(text.strip())) { // a <p> and the <em> inside it say the same
                    mastheads.add(text.strip());
                }
                continue;
            }
            if (text.length() <= ExtractionRules.CLEAN_LINE_MAX_CHARS && isBlockish(e) && e.select("p").isEmpty() && isDateLine(text)) {
                removals.add(e);
                continue;
            }
            if (leafBlock && TextLines.words(text) <= ExtractionRules.BOILERPLATE_PHRASE_MAX_WORDS
                    && Prefilters.holdsBoilerplatePhrase(text)) {
                removals.add(e);
            }
        }
        removals.flush();
        truncateAtEndMarker(article);
        if (strict) {
            List<Element> conditional = new ArrayList<>(article.select("form, fieldset, table, ul, ol, div, section, aside, figure"));
            // innermost first: a container is judged on what is left of it once its parts are judged
            Removals judged = new Removals();
            TextLengths lengths = new TextLengths(); // figures of the tree as it is between flushes
            for (int i = conditional.size() - 1; i >= 0; i--) {
                Element e = conditional.get(i);
                if (judged.isAbove(e)) {
                    judged.flush();
                    lengths.clear();
                }
                if (e.parent() != null && shouldRemove(e, lengths)) {
                    judged.add(e);
                }
            }
            judged.flush();
        }
        Removals empty = new Removals();
        for (Element e : new ArrayList<>(article.select("p, div, section, span, li, ul, ol, figure, blockquote"))) {
            if (e.parent() != null && visibleChars(e, 0) == 0 && e.select("img, table, br").isEmpty()) {
                empty.add(e);
            }
        }
        empty.flush();
        return mastheads;
    }

    /**
     * A "You may also like" / "Related" / "Comments" heading near the end of the article starts
     * page furniture: it and everything after it go.
     */
    private static void truncateAtEndMarker(Element article) {
        int total = article.text().length();
        if (total == 0) {
            return;
        }
        for (Element e : article.select("h2, h3, h4, h5, h6, p, div, span, strong, b, li")) {
            if (visibleChars(e, ExtractionRules.CLEAN_LINE_MAX_CHARS) > ExtractionRules.CLEAN_LINE_MAX_CHARS) {
                continue; // longer than any marker: its text is not built
            }
            String t = e.text();
            if (t.isEmpty() || t.length() > ExtractionRules.CLEAN_LINE_MAX_CHARS || !ExtractionRules.TEXT_END_MARKER.matcher(t).matches()) {
                continue;
            }
            // how much article text follows the marker
            int after = 0;
            for (Element x = e; x != null && x != article; x = x.parent()) {
                for (Element sib = x.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                    after += sib.text().length();
                }
            }
            if (after > ExtractionRules.END_MARKER_MAX_SHARE_AFTER * total) {
                continue;
            }
            Removals removals = new Removals();
            for (Element x = e; x != null && x != article; x = x.parent()) {
                for (Element sib = x.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                    removals.add(sib);
                }
            }
            removals.add(e);
            removals.flush();
            return;
        }
    }

    private static boolean isBlockish(Element e) {
        String t = e.normalName();
        return ExtractionRules.BLOCK_TAGS.contains(t) || t.equals("span") || t.equals("a") || t.equals("strong")
                || t.equals("em") || t.equals("b");
    }

    private static boolean isByline(Element e) {
        String rel = e.attr("rel");
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (rel.equals("author") || itemprop.contains("author") || itemprop.equals("creator")) {
            return true;
        }
        String key = e.className() + " " + e.id();
        return !key.isBlank() && ExtractionRules.BYLINE_CLASS.in(key) && e.select("p").size() <= 1
                && (!e.normalName().equals("p") || TextLines.words(e.text()) <= 8);
    }

    /**
     * True for a line made only of an article's metadata, its parts set apart by middle dots,
     * bullets or bars: outlet or person names, a "By" byline and a date, with at least one of the
     * last two ("Arctic Circle Times · By Ingrid Berg · 21 January 2025").
     */
    boolean isMastheadLine(String text) {
        // asked of every short block of every page: most have no separator at all
        if (text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('|') < 0
                || TextLines.words(text) > ExtractionRules.MASTHEAD_MAX_WORDS) {
            return false;
        }
        String[] parts = ExtractionRules.MASTHEAD_SEPARATOR.split(text.strip());
        if (parts.length < 2) {
            return false;
        }
        boolean bylineOrDate = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (TextLines.words(p) > ExtractionRules.MASTHEAD_PART_MAX_WORDS) {
                return false;
            }
            java.util.regex.Matcher by = ExtractionRules.BYLINE_PREFIX.matcher(p);
            if (by.lookingAt() && ExtractionRules.MASTHEAD_NAME.matcher(p.substring(by.end()).strip()).matches()) {
                bylineOrDate = true;
            } else if (isDateLine(p)) {
                bylineOrDate = true;
            } else if (!ExtractionRules.MASTHEAD_NAME.matcher(p).matches()) {
                return false;
            }
        }
        return bylineOrDate;
    }

    private boolean isDateLine(String text) {
        if (text.isBlank() || text.split("\\s+").length > 10) {
            return false;
        }
        return dates.parse(text, false, null) != null;
    }

    private boolean shouldRemove(Element e, TextLengths lengths) {
        String tag = e.normalName();
        if (tag.equals("div") && e.selectFirst("pre, code") != null) {
            return false;
        }
        int weight = classWeight(e);
        // lengths, commas and counts from figures kept per subtree: e.text() here cost the
        // subtree again for each of its containers
        int textLength = lengths.textLength(e);
        double ld = lengths.linkDensity(e);
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listText = lengths.listText(e);
            isList = textLength > 0 && listText > 0.9 * textLength;
        }
        if (weight < 0 && (textLength < 500 || ld > 0.3)) {
            return true;
        }
        if (lengths.commas(e) >= 10) {
            return false;
        }
        int[] counts = lengths.tagCounts(e);
        int p = counts[0];
        int img = counts[1];
        int li = counts[2] - 100;
        int input = counts[3];
        boolean inFigure = e.closest("figure") != null;
        if (tag.equals("figure") || inFigure) {
            return false;
        }
        if (isList) {
            return ld > ExtractionRules.CONDITIONAL_MAX_LINK_DENSITY;
        }
        if (img > 1 && (double) p / img < ExtractionRules.CONDITIONAL_MIN_PARAGRAPHS_PER_IMAGE) {
            return true;
        }
        if (li > p) {
            return true;
        }
        if (input > p / 3) {
            return true;
        }
        if (textLength < ExtractionRules.CONDITIONAL_MIN_CHARS && (img == 0 || img > 2) && e.selectFirst("h2, h3, h4, h5, h6, table") == null) {
            return true;
        }
        if (weight < ExtractionRules.CONDITIONAL_TRUSTED_WEIGHT && ld > ExtractionRules.CONDITIONAL_WEAK_MAX_LINK_DENSITY
                && textLength < ExtractionRules.CONDITIONAL_LONG_CHARS) {
            return true;
        }
        return weight >= ExtractionRules.CONDITIONAL_TRUSTED_WEIGHT && ld > ExtractionRules.CONDITIONAL_MAX_LINK_DENSITY;
    }

    /** Lower-case letters and digits separated by single spaces, for comparing texts. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}

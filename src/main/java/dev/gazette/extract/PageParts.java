package dev.gazette.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Where an element sits on a page: inside the article's own container, or in its furniture
 * (footer, navigation, aside, comments, related links, sidebars, widgets), or in a part the body
 * extractor would drop as unlikely. The metadata reader and the date finder ask the same
 * questions, so the answers live here, apart from both. Reads the document, never changes it;
 * stateless and safe across threads.
 */
final class PageParts {

    private PageParts() {
    }

    static boolean articleContainer(Element a) {
        if (!a.is(ExtractionRules.ARTICLE_CONTAINER)) {
            return false;
        }
        return !a.normalName().equals("article") || a.selectFirst("h1") != null;
    }

    /** Inside a part of the page the body extractor would drop as not-the-article (a byline box aside). */
    static boolean insideUnlikely(Element e) {
        for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
            String key = a.className() + " " + a.id();
            // a byline box is unlikely to be the article's text, but it is where the byline is
            boolean bylineBox = ExtractionRules.BYLINE_CLASS.in(key);
            if (!key.isBlank() && !bylineBox && ExtractionRules.UNLIKELY.in(key)
                    && !ExtractionRules.MAYBE_CANDIDATE.in(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the nearest ancestor that {@link #insideUnlikely} objects to is a byline box
     * ("byline-block"): that word makes it unlikely as article text, not as a byline. Footers and
     * navigation still count.
     */
    static boolean insideBylineBox(Element e) {
        for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav")) {
                return false;
            }
            String key = a.className() + " " + a.id();
            if (!key.isBlank() && ExtractionRules.UNLIKELY.in(key) && !ExtractionRules.MAYBE_CANDIDATE.in(key)) {
                return ExtractionRules.BYLINE_CLASS.in(key) && !insideUnlikely(a);
            }
        }
        return false;
    }

    /**
     * Inside a footer, navigation, aside, comments, related links, a sidebar or a widget of the
     * article's own container. The climb stops at the article ({@code <article>}, {@code <main>},
     * {@code role=main}, {@code itemprop=articleBody}) or at {@code <body>}: a class word far above
     * the article ("has-sidebar" on {@code <body>}, "with-comments" on a page wrapper) says what
     * the page has elsewhere, not that the article's own date or byline is furniture.
     */
    static boolean insidePageFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) {
                return true;
            }
            if (a != e && articleContainer(a) || tag.equals("body") || tag.equals("html")) {
                return false;
            }
            String key = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (key.contains("comment") || key.contains("related") || key.contains("sidebar")
                    || key.contains("footer") || key.contains("recommend") || key.contains("widget")) {
                return true;
            }
        }
        return false;
    }
}

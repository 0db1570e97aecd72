package dev.gazette.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTML that was stored, not just extracted: a restored body, a body from an older library, a
 * page about to be shown or exported. {@link #cleanBody} gives a body the same cleaning an
 * imported one gets; {@link #policedPage} takes a whole page and removes everything that could
 * navigate or load (refresh and other {@code http-equiv}, {@code <base>}, forms, frames,
 * objects, scripts, event handlers, remote sources), then puts the given Content-Security-Policy
 * first in its head. Never changes its input; never throws for bad markup. Stateless and thread-safe.
 */
public final class StoredHtml {

    /** Elements that navigate, submit, embed or run something: removed with their content. */
    private static final String FORBIDDEN = "script, noscript, base, form, input, button, select, textarea, iframe,"
            + " frame, frameset, object, embed, applet, portal, link, meta[http-equiv], meta[content*=url],"
            + " svg, math, video, audio, source, track, picture";
    /** Attributes that take an address the page would fetch or go to. */
    private static final List<String> ADDRESS_ATTRIBUTES = List.of("src", "srcset", "action", "formaction",
            "background", "poster", "data", "lowsrc", "dynsrc", "ping", "xlink:href", "manifest", "codebase", "archive");

    private StoredHtml() {
    }

    /** The body cleaned exactly as an imported article's reading HTML is. */
    public static String cleanBody(String html) {
        if (html == null) {
            return null;
        }
        return ReadingHtml.sanitize(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * The page with nothing left that navigates or loads, and with csp as the first element
     * of its head (a second policy can only narrow the first, never widen it).
     */
    public static String policedPage(String page, String csp) {
        Document d = Jsoup.parse(page == null ? "" : page);
        d.select(FORBIDDEN).remove();
        for (Element e : d.getAllElements()) {
            List<String> drop = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || (ADDRESS_ATTRIBUTES.contains(key) && !isInline(value))
                        || (key.equals("href") && (value.startsWith("javascript:") || value.startsWith("data:")))
                        || (key.equals("style") && (value.contains("url(") || value.contains("image-set(")))
                        || key.equals("http-equiv") || key.equals("target")) {
                    drop.add(a.getKey());
                }
            }
            drop.forEach(e::removeAttr);
        }
        Element meta = d.createElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", csp);
        d.head().prependChild(meta);
        d.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        return d.outerHtml();
    }

    private static boolean isInline(String value) {
        return value.startsWith("data:image/") || value.startsWith("#");
    }
}

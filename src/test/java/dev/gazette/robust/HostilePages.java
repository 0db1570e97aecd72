package dev.gazette.robust;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile saved pages written by us: each tries, in its own way, to run a script or to load
 * something from {@code origin} (a {@link CountingServer}). A page that is read safely makes no
 * request and runs nothing; the article text around the tricks is ordinary so that the
 * extractor keeps the block they sit in.
 */
public final class HostilePages {

    private HostilePages() {
    }

    /** Ordinary article prose, so the hostile markup sits inside the block extraction keeps. */
    static String prose(String topic) {
        return "<p>The city council met on Tuesday to discuss " + topic + ", and officials said a decision on the"
                + " budget would follow after residents had been heard at two public sessions next month.</p>"
                + "<p>Residents who spoke at the first meeting asked about " + topic + " and about the cost of the"
                + " work, which the council put at four million over three years, to be paid from reserves.</p>";
    }

    /** Text escaped for HTML text and attribute values. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** File name -> page, every trick in its own page plus one page with all of them. */
    public static Map<String, String> pages(String origin) {
        Map<String, String> tricks = new LinkedHashMap<>();
        tricks.put("script-src", "<script src=\"" + origin + "/s.js\"></script>");
        tricks.put("inline-script", "<script>document.title='PWNED';new Image().src='" + origin + "/inline';"
                + "fetch('" + origin + "/fetch');document.write('<p id=pwned>PWNED</p>');</script>");
        tricks.put("img-remote", "<img src=\"" + origin + "/pixel.gif\" width=1 height=1 alt=\"\">");
        tricks.put("img-protocol-relative", "<img src=\"//" + origin.substring("http://".length()) + "/pr.png\">");
        tricks.put("img-srcset", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" srcset=\"" + origin + "/srcset.png 2x\">");
        tricks.put("picture-source", "<picture><source srcset=\"" + origin + "/source.webp\"><img src=\"local.png\"></picture>");
        tricks.put("img-onerror", "<img src=\"x\" onerror=\"this.src='" + origin + "/onerror'\">");
        tricks.put("stylesheet", "<link rel=\"stylesheet\" href=\"" + origin + "/style.css\">");
        tricks.put("preload-prefetch", "<link rel=\"preload\" as=\"image\" href=\"" + origin + "/preload.png\">"
                + "<link rel=\"prefetch\" href=\"" + origin + "/prefetch\"><link rel=\"icon\" href=\"" + origin + "/favicon.ico\">");
        tricks.put("style-import", "<style>@import url(\"" + origin + "/import.css\");"
                + "@font-face{font-family:x;src:url(" + origin + "/font.woff)}p{font-family:x;background:url(" + origin + "/bg.png)}</style>");
        tricks.put("inline-style-url", "<div style=\"background-image:url('" + origin + "/inline-bg.png')\">" + prose("the inline style") + "</div>");
        tricks.put("iframe", "<iframe src=\"" + origin + "/frame.html\"></iframe><iframe srcdoc=\"<img src='" + origin + "/srcdoc.png'>\"></iframe>");
        tricks.put("object-embed", "<object data=\"" + origin + "/object.swf\"></object><embed src=\"" + origin + "/embed.swf\">");
        tricks.put("media", "<video poster=\"" + origin + "/poster.jpg\" src=\"" + origin + "/video.mp4\" autoplay></video>"
                + "<audio src=\"" + origin + "/audio.mp3\" autoplay></audio>");
        tricks.put("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0; url=" + origin + "/refresh\">");
        tricks.put("base-href", "<base href=\"" + origin + "/base/\"><img src=\"relative.png\"><a href=\"relative-link\">relative</a>");
        tricks.put("svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>document.title='PWNED'</script>"
                + "<image href=\"" + origin + "/svg-image.png\"/><use href=\"" + origin + "/sprite.svg#x\"/></svg>");
        tricks.put("svg-data-img", "<img src=\"data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(("<svg xmlns='http://www.w3.org/2000/svg'><image href='" + origin
                + "/in-svg.png'/><script>document.title='PWNED'</script></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\">");
        tricks.put("javascript-link", "<a href=\"javascript:document.title='PWNED'\">click me</a>"
                + "<a href=\"JaVaScRiPt&colon;fetch('" + origin + "/js-link')\">or me</a>");
        tricks.put("data-link", "<a href=\"data:text/html,<script>fetch('" + origin + "/data-link')</script>\">data link</a>");
        tricks.put("form", "<form action=\"" + origin + "/form\"><input type=\"image\" src=\"" + origin + "/input.png\">"
                + "<input autofocus onfocus=\"fetch('" + origin + "/focus')\"></form>");
        tricks.put("legacy-attributes", "<table background=\"" + origin + "/table-bg.png\"><tr><td background=\"" + origin
                + "/td-bg.png\">cell</td></tr></table><img lowsrc=\"" + origin + "/lowsrc.png\" dynsrc=\"" + origin + "/dynsrc\">");
        tricks.put("ping-link", "<a href=\"https://example.invalid/story\" ping=\"" + origin + "/ping\">a fine link</a>");
        tricks.put("event-handlers", "<body onload=\"fetch('" + origin + "/onload')\"><p onmouseover=\"fetch('" + origin
                + "/hover')\">hover</p><details open ontoggle=\"fetch('" + origin + "/toggle')\"><summary>s</summary></details>");
        tricks.put("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=fetch('" + origin + "/mxss')>\"></noscript>");
        tricks.put("math-xlink", "<math><a xlink:href=\"javascript:fetch('" + origin + "/math')\">m</a></math>");
        tricks.put("entity-obfuscated", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;fetch('" + origin + "/ent')\">ent</a>"
                + "<img src=\"&#104;ttp://" + origin.substring("http://".length()) + "/entity-img.png\">");
        tricks.put("head-only", "<link rel=\"dns-prefetch\" href=\"" + origin + "\"><meta property=\"og:image\" content=\"" + origin + "/og.png\">"
                + "<link rel=\"canonical\" href=\"" + origin + "/canonical\">");

        Map<String, String> pages = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> t : tricks.entrySet()) {
            pages.put("hostile-" + t.getKey() + ".html", page("The " + t.getKey() + " trick", t.getValue()));
            all.append(t.getValue());
        }
        pages.put("hostile-all-tricks.html", page("Every trick at once", all.toString()));
        return pages;
    }

    static String page(String title, String trick) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + trick + "</head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>" + prose("the harbour wall") + trick
                + prose("the ferry timetable") + "<p>Read more at <a href=\"https://example.invalid/more\">the council site</a>.</p>"
                + prose("the bus lanes") + "</article><footer>Footer</footer></body></html>";
    }
}

package dev.gazette.bench;

import java.util.List;

/**
 * Pages made of one repeated unit, at any count: the shapes whose worst cases issue 24 names
 * (navigation links, paragraphs, nested divs, unclosed table cells, one long line), each
 * around a short article so there is something to find. Doubling {@code n} doubles the page, so
 * work that grows faster than the page shows as a ratio above two. Deterministic; no state.
 */
public final class ScalingPages {

    private ScalingPages() {
    }

    /** One shape: its name and how a page of n units is written. */
    public record Shape(String name, java.util.function.IntFunction<String> page) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ARTICLE = PathologicalPages.ARTICLE;

    /** The five shapes, in a fixed order. */
    public static List<Shape> shapes() {
        return List.of(
                new Shape("links", ScalingPages::links),
                new Shape("paragraphs", ScalingPages::paragraphs),
                new Shape("nested divs", ScalingPages::nestedDivs),
                new Shape("table cells", ScalingPages::tableCells),
                new Shape("one long line", ScalingPages::longLine));
    }

    /** n navigation links in a list before the article (a site map saved with its story). */
    public static String links(int n) {
        StringBuilder b = new StringBuilder(n * 48 + 1024);
        b.append("<html><head><title>The harbour reopens</title></head><body><nav><ul>");
        for (int i = 0; i < n; i++) {
            b.append("<li><a href=\"/s/").append(i).append("\">Section ").append(i).append("</a></li>\n");
        }
        return b.append("</ul></nav><article>").append(ARTICLE).append("</article></body></html>").toString();
    }

    /** n ordinary paragraphs straight in the body, no container (a long live blog). */
    public static String paragraphs(int n) {
        StringBuilder b = new StringBuilder(n * 160 + 1024);
        b.append("<html><head><title>A very long live blog</title></head><body>").append(ARTICLE);
        for (int i = 0; i < n; i++) {
            b.append("<p>Update ").append(i).append(": the council met again and the chair said the report on the")
                    .append(" ferry timetable would follow soon, after residents asked about the bridge.</p>\n");
        }
        return b.append("</body></html>").toString();
    }

    /** The article inside n nested divs, each with a line of its own. */
    public static String nestedDivs(int n) {
        StringBuilder b = new StringBuilder(n * 40 + 1024);
        b.append("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < n; i++) {
            b.append("<div class=\"wrap\">level ").append(i);
        }
        b.append(ARTICLE);
        for (int i = 0; i < n; i++) {
            b.append("</div>");
        }
        return b.append("</body></html>").toString();
    }

    /** n tables whose rows, cells and formatting are never closed, after the article. */
    public static String tableCells(int n) {
        StringBuilder b = new StringBuilder(n * 40 + 1024);
        b.append("<html><head><title>Table soup</title></head><body>").append(ARTICLE);
        for (int i = 0; i < n; i++) {
            b.append("<table><tr><td><b><i><a>cell ").append(i).append(' ');
        }
        return b.append("</body></html>").toString();
    }

    /** The article, then one paragraph of n sentences with no line break and no markup. */
    public static String longLine(int n) {
        StringBuilder b = new StringBuilder(n * 90 + 1024);
        b.append("<html><head><title>One long line</title></head><body>").append(ARTICLE).append("<p>");
        for (int i = 0; i < n; i++) {
            b.append("Sentence ").append(i).append(" of the transcript, said the clerk, is kept as it was typed. ");
        }
        return b.append("</p></body></html>").toString();
    }
}

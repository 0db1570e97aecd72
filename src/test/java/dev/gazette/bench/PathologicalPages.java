package dev.gazette.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worst pages of issue 15, generated (never committed): real shapes taken to extremes, the
 * kind a saved live blog, a site map or a broken export produces. Each is written once into a
 * folder and reused; every page holds a short real-looking article so there is something to find.
 * Deterministic; the static methods share no state.
 */
public final class PathologicalPages {

    private PathologicalPages() {
    }

    static final String ARTICLE = "<h1>The harbour reopens after the storm</h1>"
            + "<p>The harbour of the small coastal town reopened on Monday after a week of repairs to the breakwater,"
            + " the port authority said, and the first ferries left on time.</p>"
            + "<p>Fishermen who had waited out the storm in the inner basin said the damage was lighter than feared,"
            + " though two jetties will stay closed until the spring.</p>";

    private interface Writing {
        void write(Path file) throws IOException;
    }

    private record Spec(String file, Writing writing) {
    }

    private static final Map<String, Spec> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("400,000 navigation links (17 MB)", new Spec("nav-links-400000.html", f -> navLinks(f, 400_000)));
        PAGES.put("30 MB of plain paragraphs", new Spec("paragraphs-30mb.html", f -> paragraphs(f, 30L << 20)));
        PAGES.put("100,000 nested divs", new Spec("nested-divs-100000.html", f -> nestedDivs(f, 100_000)));
        PAGES.put("20,000 unclosed table cells", new Spec("unclosed-cells-20000.html", f -> unclosedCells(f, 20_000)));
        PAGES.put("50 MB page", new Spec("page-50mb.html", f -> bigPage(f, 50L << 20)));
    }

    /** The pages' names, in the order {@link #writeAll} gives them. */
    public static java.util.Set<String> names() {
        return PAGES.keySet();
    }

    /** Name → file of every page, written into folder when missing. */
    public static Map<String, Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Spec> e : PAGES.entrySet()) {
            pages.put(e.getKey(), once(folder.resolve(e.getValue().file()), e.getValue().writing()));
        }
        return pages;
    }

    private static Path once(Path file, Writing writing) throws IOException {
        if (!Files.exists(file)) {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            writing.write(partial);
            Files.move(partial, file);
        }
        return file;
    }

    /** A site-map-like page: n links in a navigation list (about 43 bytes each), then the article. */
    public static void navLinks(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>The harbour reopens</title></head><body><nav><ul>");
            for (int i = 0; i < n; i++) {
                w.write("<li><a href=\"/s/" + i + "\">Section " + i + "</a></li>\n");
            }
            w.write("</ul></nav><article>" + ARTICLE + "</article></body></html>");
        }
    }

    /** About size bytes of ordinary paragraphs straight in the body, no article element. */
    public static void paragraphs(Path file, long size) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>A very long live blog</title></head><body>" + ARTICLE);
            long written = 0;
            for (int i = 0; written < size; i++) {
                String p = "<p>Update " + i + ": the council met again and the chair said the report on the ferry"
                        + " timetable would follow soon, after residents asked about the bridge.</p>\n";
                w.write(p);
                written += p.length();
            }
            w.write("</body></html>");
        }
    }

    /** The article inside depth nested divs. */
    public static void nestedDivs(Path file, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Deep</title></head><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write(ARTICLE);
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
    }

    /** n tables, rows and cells never closed, each holding formatting never closed either. */
    public static void unclosedCells(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Table soup</title></head><body>" + ARTICLE);
            for (int i = 0; i < n; i++) {
                w.write("<table><tr><td><b><i><a>cell " + i + " ");
            }
            w.write("</body></html>");
        }
    }

    /** About size bytes: page chrome around an article element of many paragraphs. */
    public static void bigPage(Path file, long size) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>An enormous page</title></head><body><nav><a href=\"/\">Home</a>"
                    + "<a href=\"/world\">World</a></nav><article>" + ARTICLE);
            long written = 0;
            for (int i = 0; written < size; i++) {
                String p = "<p>Paragraph " + i + ": the regional council discussed the transport budget at length"
                        + " and residents asked again about the ferry timetable and the bridge repairs.</p>\n";
                w.write(p);
                written += p.length();
            }
            w.write("</article><footer><a href=\"/about\">About us</a></footer></body></html>");
        }
    }
}

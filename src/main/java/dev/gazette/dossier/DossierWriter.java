package dev.gazette.dossier;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Highlight;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.gazette.dossier.ChapterBody.esc;

/**
 * Writes a {@link Dossier} as an EPUB 3 e-book (a contents page, then one chapter per article
 * in date order with headline, source, date, regions, tags, the person's note and their
 * highlights marked and listed), as one Markdown document, or as one standalone HTML page.
 * Images come only from the articles' own saved resources (PNG, JPEG, GIF, WebP recognised by
 * their bytes); nothing refers to the network except plain links. Stateless and safe across
 * threads.
 */
public final class DossierWriter {

    /** Language of the book when its articles don't say. */
    static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CSS = "body{font-family:serif;line-height:1.5;margin:0 .5em;}"
            + "h1{font-size:1.5em;line-height:1.25;margin:.5em 0 .3em;}"
            + ".meta{font-family:sans-serif;font-size:.8em;color:#555;margin:.2em 0;}"
            + ".note{border-left:3px solid #999;padding-left:.8em;margin:1em 0;font-style:italic;}"
            + ".highlights{border-top:1px solid #999;margin-top:2em;}"
            + ".highlights li{margin-bottom:.6em;}.orphaned{color:#555;}"
            + "img{max-width:100%;height:auto;}blockquote{margin:.3em 1em;}"
            + "mark.hl{color:inherit;}mark.hl-yellow{background:#fde68a;}mark.hl-green{background:#bbf7d0;}"
            + "mark.hl-blue{background:#bfdbfe;}mark.hl-pink{background:#fbcfe8;}";

    private DossierWriter() {
    }

    // EPUB --------------------------------------------------------------------------------------

    /** Writes the dossier as an EPUB 3 file to out (not closed). */
    public static void writeEpub(Dossier d, OutputStream out) throws IOException {
        String language = language(d);
        Images images = new Images();
        List<String[]> chapters = new ArrayList<>(); // {file, title, xhtml}
        int n = 0;
        for (DossierArticle a : d.articles()) {
            n++;
            String file = String.format(Locale.ROOT, "chapter-%03d.xhtml", n);
            String body = ChapterBody.article(a, images::add, true);
            chapters.add(new String[] {file, title(a), chapter(a, body, language)});
        }
        if (chapters.isEmpty()) { // a book needs a page and its contents an entry
            chapters.add(new String[] {"chapter-001.xhtml", "No articles", xhtmlHead(language, "No articles")
                    .append("<body>\n<p>No articles matched").append(d.query() == null ? "" : " " + esc(d.query()))
                    .append(".</p>\n</body>\n</html>\n").toString()});
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        first.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        put(zip, "META-INF/container.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n    <rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n</container>\n");
        put(zip, "OEBPS/content.opf", packageDocument(d, language, chapters, images));
        put(zip, "OEBPS/nav.xhtml", contents(d, language, chapters));
        put(zip, "OEBPS/style.css", CSS);
        for (String[] c : chapters) {
            put(zip, "OEBPS/" + c[0], c[2]);
        }
        for (Images.Image img : images.all()) {
            ZipEntry e = new ZipEntry("OEBPS/" + img.file());
            zip.putNextEntry(e);
            zip.write(img.data());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String packageDocument(Dossier d, String language, List<String[]> chapters, Images images) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
                .append(language).append("\">\n  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("    <dc:identifier id=\"uid\">urn:uuid:").append(identifier(d)).append("</dc:identifier>\n")
                .append("    <dc:title>").append(esc(d.title())).append("</dc:title>\n")
                .append("    <dc:language>").append(language).append("</dc:language>\n")
                .append("    <dc:creator>Gazette</dc:creator>\n");
        if (d.query() != null && !d.query().isBlank()) {
            sb.append("    <dc:description>").append(esc("Articles matching: " + d.query())).append("</dc:description>\n");
        }
        sb.append("    <meta property=\"dcterms:modified\">").append(MODIFIED.format(d.made().truncatedTo(ChronoUnit.SECONDS)))
                .append("</meta>\n  </metadata>\n  <manifest>\n")
                .append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            sb.append("    <item id=\"c").append(i + 1).append("\" href=\"").append(chapters.get(i)[0])
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        for (Images.Image img : images.all()) {
            sb.append("    <item id=\"").append(img.id()).append("\" href=\"").append(img.file())
                    .append("\" media-type=\"").append(img.mediaType()).append("\"/>\n");
        }
        sb.append("  </manifest>\n  <spine>\n    <itemref idref=\"nav\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            sb.append("    <itemref idref=\"c").append(i + 1).append("\"/>\n");
        }
        return sb.append("  </spine>\n</package>\n").toString();
    }

    /** The contents page, which is also the EPUB navigation document. */
    private static String contents(Dossier d, String language, List<String[]> chapters) {
        StringBuilder sb = xhtmlHead(language, d.title())
                .append("<body>\n<h1>").append(esc(d.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(esc(summary(d))).append("</p>\n")
                .append("<nav epub:type=\"toc\" id=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
        for (int i = 0; i < chapters.size(); i++) {
            DossierArticle a = i < d.articles().size() ? d.articles().get(i) : null;
            String date = a == null ? "" : a.date() == null ? "undated · " : a.date() + " · ";
            sb.append("<li><a href=\"").append(chapters.get(i)[0]).append("\">").append(esc(date + chapters.get(i)[1]))
                    .append("</a></li>\n");
        }
        return sb.append("</ol>\n</nav>\n</body>\n</html>\n").toString();
    }

    private static String chapter(DossierArticle a, String body, String bookLanguage) {
        String lang = a.language() != null && LANGUAGE.matcher(a.language()).matches() ? a.language() : bookLanguage;
        StringBuilder sb = xhtmlHead(lang, title(a)).append("<body>\n<section epub:type=\"chapter\">\n");
        header(sb, a);
        sb.append("<div class=\"body\">").append(body).append("</div>\n");
        highlightList(sb, a, true);
        return sb.append("</section>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder xhtmlHead(String lang, String title) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"")
                .append(lang).append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(title)).append("</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n");
    }

    /** Headline, source · date · author, regions and tags, link, note. */
    private static void header(StringBuilder sb, DossierArticle a) {
        sb.append("<h1>").append(esc(title(a))).append("</h1>\n");
        List<String> meta = new ArrayList<>();
        for (String part : new String[] {a.source() != null ? a.source() : a.site(), a.date(),
            a.author() == null ? null : "By " + a.author()}) {
            if (part != null && !part.isBlank()) {
                meta.add(part.strip());
            }
        }
        if (!meta.isEmpty()) {
            sb.append("<p class=\"meta\">").append(esc(String.join(" · ", meta))).append("</p>\n");
        }
        if (!a.regions().isEmpty()) {
            sb.append("<p class=\"meta\">Regions: ").append(esc(String.join(", ", a.regions()))).append("</p>\n");
        }
        if (!a.tags().isEmpty()) {
            sb.append("<p class=\"meta\">Tags: ").append(esc(String.join(", ", a.tags()))).append("</p>\n");
        }
        if (a.url() != null && a.url().matches("(?i)https?://\\S+")) {
            sb.append("<p class=\"meta\"><a href=\"").append(esc(a.url())).append("\">").append(esc(a.url()))
                    .append("</a></p>\n");
        }
        if (a.note() != null && !a.note().isBlank()) {
            sb.append("<div class=\"note\">").append(ChapterBody.markdown(a.note(), true)).append("</div>\n");
        }
    }

    /** The article's highlights in text order, orphans said to be so, with notes. */
    private static void highlightList(StringBuilder sb, DossierArticle a, boolean xhtml) {
        if (a.highlights().isEmpty()) {
            return;
        }
        sb.append("<div class=\"highlights\">\n<h2>Highlights</h2>\n<ol>\n");
        for (Highlight h : a.highlights()) {
            sb.append("<li").append(h.orphaned() ? " class=\"orphaned\"" : "").append("><p><mark class=\"hl hl-")
                    .append(h.colour()).append("\">").append(esc(h.exact().strip())).append("</mark>");
            if (h.orphaned()) {
                sb.append(" <small>(no longer in the article's text)</small>");
            }
            sb.append("</p>");
            if (h.note() != null) {
                sb.append(ChapterBody.markdown(h.note(), xhtml));
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</div>\n");
    }

    // One HTML page -------------------------------------------------------------------------------

    /** The dossier as one standalone HTML page: contents, then every article; images inlined. */
    public static String html(Dossier d) {
        String language = language(d);
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(d.title())).append("</title>\n<style>").append(CSS)
                .append("body{max-width:42em;margin:2em auto;padding:0 1em;}article{margin-top:3em;}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(d.title())).append("</h1>\n<p class=\"meta\">")
                .append(esc(summary(d))).append("</p>\n<nav>\n<h2>Contents</h2>\n<ol>\n");
        for (DossierArticle a : d.articles()) {
            sb.append("<li><a href=\"#article-").append(a.id()).append("\">")
                    .append(esc((a.date() == null ? "undated" : a.date()) + " · " + title(a))).append("</a></li>\n");
        }
        sb.append("</ol>\n</nav>\n");
        for (DossierArticle a : d.articles()) {
            sb.append("<article id=\"article-").append(a.id()).append("\">\n");
            header(sb, a);
            sb.append("<div class=\"body\">").append(ChapterBody.article(a, DossierWriter::dataUri, false)).append("</div>\n");
            highlightList(sb, a, false);
            sb.append("</article>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String dataUri(EmbeddedResource r) {
        String type = Images.sniff(r.data());
        return type == null ? null : "data:" + type + ";base64," + Base64.getEncoder().encodeToString(r.data());
    }

    // Markdown ------------------------------------------------------------------------------------

    /**
     * The dossier as one Markdown document: contents, then every article's headline, details,
     * note and text, highlighted passages between {@code ==} marks, then its highlights with notes.
     */
    public static String markdown(Dossier d) {
        StringBuilder sb = new StringBuilder("# ").append(line(d.title())).append("\n\n_")
                .append(line(summary(d))).append("_\n\n## Contents\n\n");
        int n = 0;
        for (DossierArticle a : d.articles()) {
            sb.append(++n).append(". [").append(mdEscape(line(title(a)))).append("](#article-").append(a.id()).append(") — ")
                    .append(a.date() == null ? "undated" : a.date()).append('\n');
        }
        for (DossierArticle a : d.articles()) {
            sb.append("\n---\n\n<a id=\"article-").append(a.id()).append("\"></a>\n\n## ")
                    .append(mdEscape(line(title(a)))).append("\n\n");
            List<String> meta = new ArrayList<>();
            for (String part : new String[] {a.source() != null ? a.source() : a.site(), a.date(),
                a.author() == null ? null : "By " + a.author()}) {
                if (part != null && !part.isBlank()) {
                    meta.add(line(part));
                }
            }
            if (!meta.isEmpty()) {
                sb.append("*").append(mdEscape(String.join(" · ", meta))).append("*  \n");
            }
            if (!a.regions().isEmpty()) {
                sb.append("Regions: ").append(mdEscape(String.join(", ", a.regions()))).append("  \n");
            }
            if (!a.tags().isEmpty()) {
                sb.append("Tags: ").append(mdEscape(String.join(", ", a.tags()))).append("  \n");
            }
            if (a.url() != null && a.url().matches("(?i)https?://\\S+")) {
                sb.append("<").append(a.url()).append(">\n");
            }
            sb.append('\n');
            if (a.note() != null && !a.note().isBlank()) {
                sb.append("> **Note**\n>\n");
                for (String l : a.note().strip().split("\n", -1)) {
                    sb.append(l.isBlank() ? ">" : "> " + l).append('\n');
                }
                sb.append('\n');
            }
            sb.append(markedText(a)).append('\n');
            if (!a.highlights().isEmpty()) {
                sb.append("\n### Highlights\n\n");
                for (Highlight h : a.highlights()) {
                    sb.append("- ==").append(mdEscape(line(h.exact()))).append("==")
                            .append(" (").append(h.colour()).append(h.orphaned() ? ", no longer in the text" : "")
                            .append(")\n");
                    if (h.note() != null) {
                        for (String l : h.note().strip().split("\n")) {
                            sb.append("  ").append(l).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The body text as Markdown paragraphs with anchored highlights between == marks. */
    static String markedText(DossierArticle a) {
        String text = a.bodyText() == null ? "" : a.bodyText();
        // positions are those of the last anchoring, which the service refreshes before export
        boolean[] marked = new boolean[text.length()];
        for (Highlight h : a.highlights()) {
            if (!h.orphaned() && h.end() <= text.length() && text.startsWith(h.exact(), h.start())) {
                for (int i = h.start(); i < h.end(); i++) {
                    marked[i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String para : splitKeepingOffsets(text)) {
            int colon = para.indexOf(':');
            int off = Integer.parseInt(para.substring(0, colon));
            String p = para.substring(colon + 1);
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < p.length()) {
                boolean m = marked[off + i];
                int j = i;
                while (j < p.length() && marked[off + j] == m) {
                    j++;
                }
                String run = mdEscape(p.substring(i, j).replaceAll("\\s+", " "));
                if (m && !run.isBlank()) {
                    String core = run.strip();
                    int lead = run.indexOf(core);
                    sb.append(run, 0, lead).append("==").append(core).append("==")
                            .append(run.substring(lead + core.length()));
                } else {
                    sb.append(run);
                }
                i = j;
            }
            String result = sb.toString().strip();
            if (!result.isEmpty()) {
                out.append(startEscape(result)).append("\n\n");
            }
        }
        return out.toString().strip() + "\n";
    }

    /** Paragraphs of text (split on blank lines) as "offset:text". */
    private static List<String> splitKeepingOffsets(String text) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("\\n\\s*\\n").matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(start + ":" + text.substring(start, m.start()));
            start = m.end();
        }
        out.add(start + ":" + text.substring(start));
        return out;
    }

    private static String mdEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>=|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Escapes what would start a heading, quote, list or rule at the start of a paragraph. */
    private static String startEscape(String p) {
        if (p.matches("^(#|>|[-+]\\s|\\d+[.)]\\s).*")) {
            return "\\" + p;
        }
        return p;
    }

    // Shared --------------------------------------------------------------------------------------

    private static String title(DossierArticle a) {
        return a.title() == null || a.title().isBlank() ? "Untitled" : line(a.title());
    }

    private static String line(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String summary(Dossier d) {
        String made = d.made().atZone(ZoneOffset.UTC).toLocalDate().toString();
        int count = d.articles().size();
        String what = count + (count == 1 ? " article" : " articles");
        return (d.query() == null || d.query().isBlank() ? "" : "Articles matching \u201c" + line(d.query()) + "\u201d: ")
                + what + ", made by Gazette on " + made + ".";
    }

    /** The most common language of the articles, else {@link #DEFAULT_LANGUAGE}. */
    static String language(Dossier d) {
        Map<String, Integer> counts = new HashMap<>();
        for (DossierArticle a : d.articles()) {
            if (a.language() != null && LANGUAGE.matcher(a.language()).matches()) {
                counts.merge(a.language().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(DEFAULT_LANGUAGE);
    }

    /** A name-based UUID from the title and the article ids: the same dossier keeps its identifier. */
    static UUID identifier(Dossier d) {
        StringBuilder key = new StringBuilder(d.title());
        d.articles().forEach(a -> key.append(':').append(a.id()));
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The images a book uses, each stored once (by content), named by order of first use. */
    static final class Images {
        record Image(String id, String file, String mediaType, byte[] data) {
        }

        private final Map<String, Image> byHash = new LinkedHashMap<>();

        /** The chapter-relative path of the image, or null when its bytes are no image we take. */
        String add(EmbeddedResource r) {
            String type = sniff(r.data());
            if (type == null) {
                return null;
            }
            String hash = sha256(r.data());
            Image img = byHash.computeIfAbsent(hash, h -> {
                int n = byHash.size() + 1;
                String ext = type.substring(type.indexOf('/') + 1).replace("jpeg", "jpg");
                return new Image("img" + n, String.format(Locale.ROOT, "images/img-%03d.%s", n, ext), type, r.data());
            });
            return img.file();
        }

        List<Image> all() {
            return List.copyOf(byHash.values());
        }

        /** PNG, JPEG, GIF or WebP by their first bytes, else null. */
        static String sniff(byte[] b) {
            if (b == null || b.length < 12) {
                return null;
            }
            if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return "image/png";
            }
            if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
                return "image/jpeg";
            }
            if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
                return "image/gif";
            }
            if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                    && b[11] == 'P') {
                return "image/webp";
            }
            return null;
        }

        private static String sha256(byte[] data) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lets the zip finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

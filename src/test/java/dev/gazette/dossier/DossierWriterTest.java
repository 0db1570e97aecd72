package dev.gazette.dossier;

import dev.gazette.annotate.TextQuoteAnchor;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Highlight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DossierWriterTest {

    @TempDir
    Path dir;

    static byte[] png() throws IOException {
        try (InputStream in = DossierWriterTest.class.getResourceAsStream("/ingest/complete/Harbour Festival_files/boats.png")) {
            return in.readAllBytes();
        }
    }

    static Dossier sample() throws IOException {
        String text1 = "Oil exports fell sharply in March, the ministry said.\n\nQueues formed at pharmacies in Caracas & Maracaibo.";
        String html1 = "<p>Oil exports fell <em>sharply</em> in March, the ministry said.</p>"
                + "<figure><img src=\"pic_files/boats.png\" alt=\"Boats\"><figcaption>Harbour</figcaption></figure>"
                + "<p>Queues formed at <span><div>pharmacies</div></span> in Caracas &amp; Maracaibo.</p>"
                + "<img src=\"https://tracker.example/pixel.gif\"><p><a href=\"javascript:alert(1)\">bad</a>"
                + " <a href=\"https://example.org/x\">good</a> \u0001</p>";
        Highlight h1 = anchor(text1, "fell sharply in March", "yellow", "Check against OPEC data");
        Highlight h2 = anchor(text1, "Queues formed at pharmacies", "pink", null);
        Highlight orphan = new Highlight(99, 1, "a sentence the new extraction lost", "", "", 0, "blue", "keep me", null, true);
        DossierArticle a1 = new DossierArticle(1, "Oil exports fall", "Reuters", "Example News", "Ana Writer",
                "2019-03-02T10:00:00Z", "https://example.org/oil", "en", List.of("Venezuela"), List.of("sanctions", "oil"),
                html1, text1, "My *own* note with a [link](javascript:alert(1)) and <script>x</script>.",
                List.of(h1, h2, orphan), List.of(new EmbeddedResource("pic_files/boats.png", "image/png", png()),
                new EmbeddedResource("other.png", "image/png", png())));
        String text2 = "The court ruled on Tuesday.";
        DossierArticle a2 = new DossierArticle(2, "Court rules", null, "Site B", null, "2019-01-15", null, null,
                List.of(), List.of(), null, text2, null, List.of(), List.of());
        DossierArticle undated = new DossierArticle(3, null, null, null, null, null, null, null,
                List.of(), List.of(), null, "# Not a heading\n\n1. not a list", null, List.of(), List.of());
        return new Dossier("Venezuela 2019", "region:VE year:2019", Instant.parse("2026-11-28T00:00:00Z"),
                List.of(a1, undated, a2));
    }

    private static Highlight anchor(String text, String quote, String colour, String note) {
        int s = text.indexOf(quote);
        return TextQuoteAnchor.create(1, text, s, s + quote.length(), colour, note).withId(quote.length(), 1);
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void epubIsValidForEpubCheck() throws IOException {
        Path file = dir.resolve("venezuela.epub");
        try (var out = Files.newOutputStream(file)) {
            DossierWriter.writeEpub(sample(), out);
        }
        EpubValidation.Outcome outcome = EpubValidation.check(file);
        assertThat(outcome.valid()).as(outcome.messages()).isTrue();
        assertThat(outcome.warnings()).as(outcome.messages()).isZero();
    }

    @Test
    void emptyDossierIsStillAValidBook() throws IOException {
        Path file = dir.resolve("empty.epub");
        try (var out = Files.newOutputStream(file)) {
            DossierWriter.writeEpub(new Dossier("Nothing", "tag:none", null, List.of()), out);
        }
        EpubValidation.Outcome outcome = EpubValidation.check(file);
        assertThat(outcome.valid()).as(outcome.messages()).isTrue();
    }

    @Test
    void epubHasMimetypeFirstChaptersInDateOrderAndOnlyOwnImages() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DossierWriter.writeEpub(sample(), bytes);
        byte[] zip = bytes.toByteArray();
        // mimetype first, stored: its name and content appear uncompressed at fixed offsets
        assertThat(new String(zip, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(zip, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        Map<String, byte[]> entries = entries(zip);
        assertThat(new ArrayList<>(entries.keySet())).startsWith("mimetype", "META-INF/container.xml")
                .contains("OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/chapter-001.xhtml", "OEBPS/images/img-001.png")
                .doesNotContain("OEBPS/images/img-002.png"); // same bytes stored once, unused resource not at all
        String nav = new String(entries.get("OEBPS/nav.xhtml"), StandardCharsets.UTF_8);
        assertThat(nav.indexOf("Court rules")).isLessThan(nav.indexOf("Oil exports fall"));
        assertThat(nav.indexOf("Oil exports fall")).isLessThan(nav.indexOf("undated"));
        String chapter = new String(entries.get("OEBPS/chapter-002.xhtml"), StandardCharsets.UTF_8);
        assertThat(chapter).contains("<h1>Oil exports fall</h1>", "Reuters · 2019-03-02 · By Ana Writer",
                "Regions: Venezuela", "Tags: sanctions, oil", "<mark class=\"hl hl-yellow\"", "hl-pink",
                "src=\"images/img-001.png\"", "no longer in the article", "Check against OPEC data",
                "href=\"https://example.org/x\"")
                .doesNotContain("tracker.example", "javascript:", "<script", "<span>", "\u0001");
        String opf = new String(entries.get("OEBPS/content.opf"), StandardCharsets.UTF_8);
        assertThat(opf).contains("<dc:title>Venezuela 2019</dc:title>", "<dc:language>en</dc:language>",
                "dcterms:modified\">2026-11-28T00:00:00Z", "urn:uuid:", "properties=\"nav\"");
    }

    @Test
    void markdownHasContentsMarksAndNotes() throws IOException {
        String md = DossierWriter.markdown(sample());
        assertThat(md).startsWith("# Venezuela 2019\n")
                .contains("## Contents", "1. [Court rules](#article-2) — 2019-01-15", "## Oil exports fall",
                        "Oil exports ==fell sharply in March==, the ministry said.",
                        "==Queues formed at pharmacies== in Caracas & Maracaibo.",
                        "> **Note**", "Regions: Venezuela", "Tags: sanctions, oil",
                        "- ==a sentence the new extraction lost== (blue, no longer in the text)", "  keep me",
                        "\\# Not a heading", "\\1. not a list");
        assertThat(md.indexOf("## Court rules")).isLessThan(md.indexOf("## Oil exports fall"));
    }

    @Test
    void htmlIsOneStandalonePage() throws IOException {
        String html = DossierWriter.html(sample());
        assertThat(html).contains("Content-Security-Policy", "<a href=\"#article-1\">", "<article id=\"article-1\">",
                "src=\"data:image/png;base64,", "<mark class=\"hl hl-yellow\"")
                .doesNotContain("tracker.example", "javascript:", "<script");
    }
}

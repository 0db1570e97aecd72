package dev.gazette.store;

import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.gazette.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryExchangeTest {

    @TempDir
    Path dir;

    /** A library with every kind of data: content, regions, corrections, tags, state, files. */
    private Library populated(Path where) {
        Library lib = Library.open(where, Articles::names);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        NewArticle base = article("Oil in Caracas").countries("VE", "CO").tags("oil", "Latin America")
                .url("https://example.com/oil").build();
        long a = lib.add(new NewArticle(base.content(), base.regions(), base.format(), base.bodyHash(),
                base.originalName(), base.originalBytes(), List.of(new EmbeddedResource("img/1.png", "image/png", png)),
                base.tags(), base.sourcePath(), null, null));
        long b = lib.add(article("Paris strike").published(null).countries("FR").tags("labour").build());
        long c = lib.add(article("Plain note").countries().build());
        lib.addSourceFile(a, "/second/place.mhtml");
        lib.setRead(List.of(a, c), true);
        lib.setStarred(List.of(b), true);
        lib.setNotes(a, "check \"figures\"\nsecond line");
        lib.correctRegions(a, List.of("BR"));
        lib.correctPublished(b, "2018-03-04");
        lib.correctRegions(c, List.of());
        lib.setTagColour("oil", "#112233");
        return lib;
    }

    /** Everything a person could lose, as comparable values (ids aside). */
    private static Map<String, Object> snapshot(Library lib) {
        Map<String, Object> out = new HashMap<>();
        for (var s : lib.list(ArticleQuery.ALL, 0, 1000)) {
            Article a = lib.article(s.id()).orElseThrow();
            UserState st = lib.state(s.id()).orElseThrow();
            List<Object> v = new ArrayList<>();
            v.add(a.content());
            v.add(a.regions());
            v.add(a.format());
            v.add(a.originalName());
            v.add(a.originalHash());
            v.add(a.bodyHash());
            v.add(lib.addedAt(s.id()).orElseThrow());
            v.add(List.of(st.read(), st.starred(), String.valueOf(st.notes()), st.tags(),
                    String.valueOf(st.correctedCountries()), String.valueOf(st.correctedPublished())));
            v.add(new java.util.TreeSet<>(lib.sourceFiles(s.id())));
            v.add(lib.original(s.id()).map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).orElse(null));
            v.add(lib.resources(s.id()).stream().map(r -> r.location() + r.mediaType()
                    + new String(r.data(), StandardCharsets.ISO_8859_1)).toList());
            v.add(s);
            out.put(a.content().title(), v.toString().replaceAll("id=\\d+", "id=_").replaceAll("articleId=\\d+", ""));
        }
        out.put("tags", lib.tags().stream().map(TagInfo::toString).toList());
        out.put("facets", lib.facets(ArticleQuery.ALL).toString());
        return out;
    }

    @Test
    void zipRoundTripLosesNothing() {
        Map<String, Object> before;
        byte[] export;
        try (Library lib = populated(dir.resolve("one"))) {
            before = snapshot(lib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lib.exportJson(ArticleQuery.ALL, out, true);
            export = out.toByteArray();
        }
        assertThat(export[0]).isEqualTo((byte) 'P');
        try (Library copy = Library.open(dir.resolve("two"), Articles::names)) {
            ImportSummary s = copy.importJson(new ByteArrayInputStream(export));
            assertThat(s.imported()).isEqualTo(3);
            assertThat(s.duplicates()).isZero();
            assertThat(s.originalsRestored()).isEqualTo(4); // three originals and one image
            assertThat(s.problems()).isEmpty();
            assertThat(snapshot(copy)).isEqualTo(before);

            ImportSummary again = copy.importJson(new ByteArrayInputStream(export));
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
            assertThat(copy.count(ArticleQuery.ALL)).isEqualTo(3);
        }
    }

    @Test
    void jsonExportOfAFilterHasOnlyThoseArticlesAndNoOriginals() throws Exception {
        try (Library lib = populated(dir.resolve("one"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lib.exportJson(ArticleQuery.ALL.withStarred(true), out, false);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\"format\":\"gazette-library\",\"version\":1");
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            assertThat(tree.get("articles")).hasSize(1);
            assertThat(tree.get("articles").get(0).get("title").asText()).isEqualTo("Paris strike");
            assertThat(tree.get("articles").get(0).get("corrections").get("published").asText()).isEqualTo("2018-03-04");
            try (Library copy = Library.open(dir.resolve("two"))) {
                ImportSummary s = copy.importJson(new ByteArrayInputStream(out.toByteArray()));
                assertThat(s.imported()).isEqualTo(1);
                long id = copy.list(ArticleQuery.ALL, 0, 1).get(0).id();
                assertThat(copy.state(id).orElseThrow().starred()).isTrue();
                assertThat(copy.article(id).orElseThrow().originalHash()).isNotNull();
                assertThat(copy.original(id)).isEmpty(); // hash kept, bytes were not exported
            }
        }
    }

    @Test
    void refusesWhatIsNotAnExport() {
        try (Library lib = Library.open(dir)) {
            assertThatThrownBy(() -> lib.importJson(new ByteArrayInputStream("{\"format\":\"other\",\"articles\":[]}"
                    .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(StoreException.class).hasMessageContaining("Not a Gazette");
            assertThatThrownBy(() -> lib.importJson(new ByteArrayInputStream(
                    "{\"format\":\"gazette-library\",\"version\":99,\"articles\":[]}".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("newer Gazette");
            assertThatThrownBy(() -> lib.importJson(new ByteArrayInputStream("[1,2".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(StoreException.class);
            // one unreadable article refuses the whole file: all or nothing
            assertThatThrownBy(() -> lib.importJson(new ByteArrayInputStream(("{\"format\":\"gazette-library\",\"version\":1,"
                    + "\"articles\":[{\"title\":\"ok\",\"bodyHash\":\"h1\"},{\"title\":[1]},{\"title\":\"two\"}]}")
                    .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Article 2 could not be read").hasMessageContaining("Nothing was restored");
            assertThat(lib.count(dev.gazette.model.ArticleQuery.ALL)).isZero();
        }
    }

    @Test
    void zipEntriesCannotChooseWherePathsGo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../evil.gz"));
            zip.write(1);
            zip.putNextEntry(new ZipEntry("originals/" + "0".repeat(64) + ".gz"));
            zip.write(new byte[] {1, 2, 3});
            zip.putNextEntry(new ZipEntry("library.json"));
            zip.write("{\"format\":\"gazette-library\",\"version\":1,\"articles\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        try (Library lib = Library.open(dir.resolve("lib"))) {
            assertThatThrownBy(() -> lib.importJson(new ByteArrayInputStream(out.toByteArray())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("points outside the export")
                    .hasMessageContaining("Nothing was restored");
        }
        assertThat(dir.resolve("evil.gz")).doesNotExist();
        assertThat(dir.resolve("lib/originals/00")).doesNotExist();
    }

    @Test
    void markdownHasFrontMatterAndBody() {
        try (Library lib = populated(dir)) {
            long id = lib.list(ArticleQuery.ALL.withWords("caracas"), 0, 1).get(0).id();
            String md = lib.exportMarkdown(id);
            assertThat(md).startsWith("---\ntitle: \"Oil in Caracas\"\n");
            assertThat(md).contains("countries: [\"BR\"]", "tags: [\"Latin America\", \"oil\"]",
                    "notes: \"check \\\"figures\\\"\\nsecond line\"", "\n---\n\n# Oil in Caracas\n\nBody of Oil");
        }
    }

    @Test
    void htmlIsAStandalonePageWithResourcesInlined() {
        try (Library lib = Library.open(dir)) {
            NewArticle base = article("<Pic> & text").body("x").build();
            var x = base.content();
            var content = new dev.gazette.model.ExtractedArticle(x.title(), x.published(), null, x.author(), x.source(),
                    x.site(), "fr", "https://example.com/p", null, null, "x", "<p><img src=\"img/1.png\"></p>");
            long id = lib.add(new NewArticle(content, base.regions(), base.format(), "h", null, null,
                    List.of(new EmbeddedResource("img/1.png", "image/png", new byte[] {1, 2})), List.of(), null, null, null));
            String html = lib.exportHtml(id);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">",
                    "<title>&lt;Pic&gt; &amp; text</title>", "src=\"data:image/png;base64,AQI=\"",
                    "Content-Security-Policy", "href=\"https://example.com/p\"");
        }
    }
}

package dev.gazette.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The library export carries highlights and notes; importing it back loses nothing and duplicates nothing. */
class HighlightExchangeTest {

    @TempDir
    Path dir;

    /** Everything about the highlights and notes of a library, keyed by article title, without ids. */
    private static Map<String, Object> annotations(Library lib) {
        Map<String, Object> out = new TreeMap<>();
        Highlights hs = lib.highlights();
        for (var s : lib.list(ArticleQuery.ALL, 0, 1000)) {
            List<String> rows = hs.forArticle(s.id()).stream()
                    .sorted(Comparator.comparing(Highlight::exact))
                    .map(h -> String.join("|", h.exact(), h.prefix(), h.suffix(), String.valueOf(h.start()), h.colour(),
                            String.valueOf(h.note()), h.created().toString(), String.valueOf(h.orphaned())))
                    .toList();
            out.put(s.title(), List.of(rows, String.valueOf(lib.state(s.id()).orElseThrow().notes())));
        }
        return out;
    }

    private static byte[] export(Library lib, boolean zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lib.exportJson(ArticleQuery.ALL, out, zip);
        return out.toByteArray();
    }

    private static void fill(Library lib) {
        long a = lib.add(Articles.article("Oil").body("Oil exports fell sharply in March, officials said.").build());
        long b = lib.add(Articles.article("Rates").build());
        lib.add(Articles.article("Storm").build());
        Highlights hs = lib.highlights();
        hs.add(new Highlight(0, a, "exports fell sharply", "Oil ", " in March", 4, "green", "**check** OPEC\n\nsecond line", null, false));
        hs.add(new Highlight(0, a, "a passage re-extraction lost", "x", "y", 99, "pink", null, null, true));
        hs.add(new Highlight(0, b, "Body of", "", " Rates", 0, "blue", null, null, false));
        lib.setNotes(a, "# My note\n\nwith *Markdown* and ünïcödé");
        lib.setNotes(b, "short");
    }

    @Test
    void roundTripKeepsEveryHighlightAndNote() throws Exception {
        for (boolean zip : new boolean[] {false, true}) {
            Path from = dir.resolve("from-" + zip);
            Path to = dir.resolve("to-" + zip);
            try (Library a = Library.open(from); Library b = Library.open(to)) {
                fill(a);
                Map<String, Object> before = annotations(a);
                ImportSummary summary = b.importJson(new ByteArrayInputStream(export(a, zip)));
                assertThat(summary.problems()).isEmpty();
                assertThat(annotations(b)).isEqualTo(before);
                assertThat(b.highlights().count()).isEqualTo(3);
                // what was imported is searchable like what was written here
                assertThat(b.count(ArticleQuery.ALL.withWords("OPEC"))).isEqualTo(1);
                assertThat(b.count(ArticleQuery.ALL.withNoted(true))).isEqualTo(2);
                assertThat(b.count(ArticleQuery.ALL.withHighlighted(true))).isEqualTo(2);
            }
        }
    }

    @Test
    void importingTheSameExportAgainAddsNoHighlightTwice() {
        try (Library a = Library.open(dir.resolve("a"))) {
            fill(a);
            byte[] doc = export(a, false);
            Map<String, Object> before = annotations(a);
            a.importJson(new ByteArrayInputStream(doc));
            assertThat(annotations(a)).isEqualTo(before);
            assertThat(a.highlights().count()).isEqualTo(3);
        }
    }

    @Test
    void highlightsOfAnArticleAlreadyHereAreAddedToIt() {
        try (Library a = Library.open(dir.resolve("a")); Library b = Library.open(dir.resolve("b"))) {
            fill(a);
            b.add(Articles.article("Oil").body("Oil exports fell sharply in March, officials said.").build());
            b.importJson(new ByteArrayInputStream(export(a, false)));
            long oil = b.list(ArticleQuery.ALL.withWords("Oil"), 0, 10).get(0).id();
            assertThat(b.highlights().forArticle(oil)).extracting(Highlight::exact)
                    .containsExactlyInAnyOrder("exports fell sharply", "a passage re-extraction lost");
        }
    }

    @Test
    void exportWritesHighlightsBesideTheArticleAndStaysVersionOne() throws Exception {
        try (Library a = Library.open(dir.resolve("a"))) {
            fill(a);
            JsonNode doc = new ObjectMapper().readTree(new String(export(a, false), StandardCharsets.UTF_8));
            assertThat(doc.get("version").asInt()).isEqualTo(1);
            JsonNode oil = null;
            for (JsonNode art : doc.get("articles")) {
                if ("Oil".equals(art.path("title").asText())) {
                    oil = art;
                }
            }
            assertThat(oil).isNotNull();
            assertThat(oil.get("notes").asText()).startsWith("# My note");
            JsonNode h = oil.get("highlights");
            assertThat(h).hasSize(2);
            assertThat(h.get(0).get("exact").asText()).isNotEmpty();
            assertThat(h.findValues("orphaned")).hasSize(1);
        }
    }
}

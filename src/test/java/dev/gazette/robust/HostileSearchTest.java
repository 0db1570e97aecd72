package dev.gazette.robust;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.SearchParse;
import dev.gazette.service.LibraryService;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search text, tag names and notes are data, never SQL or FTS5 syntax: hostile strings (SQL
 * injection, FTS5 operators, unbalanced quotes, control characters, huge inputs) search, tag
 * and annotate without error and leave the library as it was. Properties run through
 * LibraryService, the way the window and the command line search.
 */
class HostileSearchTest {

    static final List<String> HOSTILE = List.of(
            "\"", "\"\"", "\"\"\"", "'", "''", "*", "**", "-", "^", ":", "(", ")", "()", "{", "}", "NEAR", "NEAR(",
            "NEAR(harbour ferry, 2)", "harbour AND", "OR", "NOT", "AND OR NOT", "harbour NOT ferry", "harbour OR 1=1",
            "title:harbour", "{title body}: harbour", "body_text:x", "rank:1", "article_fts:x", "harbour*", "*harbour",
            "\"harbour", "harbour\"", "ha\"rb\"our", "'; DROP TABLE article; --", "') OR 1=1 --", "\" OR \"\"=\"",
            "1; DELETE FROM article", "x' UNION SELECT body_text FROM article --", "%", "_", "%_%", "\\", "\\\"",
            "\u0000", "harbour\u0000ferry", "\u202eruobrah", "\uD800", "\uDC00x", "🚢 harbour", "港", "ハーバー",
            "tag:", "tag:\"", "in:", "region:", "from:", "before:9999-99-99", "after:0000-00-00", "year:99999999999",
            "-\"\"", "+", "&&", "||", "$(rm -rf /)", "`id`", "<script>alert(1)</script>", "NEAR/2", "^harbour",
            "a".repeat(100_000), "\"".repeat(10_001), "( ".repeat(5_000), "AND ".repeat(5_000), "x* ".repeat(2_000));

    private static Path dir;
    private static LibraryService service;
    private static Map<Long, String> before;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("gazette-hostile-search");
        service = LibraryService.open(dir.resolve("library"));
        service.importPaths(List.of(Path.of("samples").toAbsolutePath()));
        assertThat(service.isEmpty()).isFalse();
        service.close();
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            before = audit.snapshot();
        }
        service = LibraryService.open(dir.resolve("library"));
    }

    @AfterContainer
    static void close() throws Exception {
        service.close();
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            assertThat(audit.integrity()).isEqualTo("ok");
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.snapshot().keySet()).isEqualTo(before.keySet());
        }
    }

    @Property(tries = 1)
    void everyKnownHostileSearchRunsAsPlainText() {
        long all = service.count(ArticleQuery.ALL);
        for (String s : HOSTILE) {
            searchSafely(s, all);
            searchSafely(s + " harbour", all);
        }
        // a plain word still finds what it should
        assertThat(service.list(service.parseSearch("harbour").query(), 0, 100)).isNotEmpty();
    }

    @Property(tries = 300)
    void anySearchTextGivesResultsOrAWarningNeverAnError(@ForAll("searchText") String text) {
        searchSafely(text, service.count(ArticleQuery.ALL));
    }

    @Property(tries = 1)
    void hostileTagNamesAndNotesAreStoredAsText() {
        long id = service.list(ArticleQuery.ALL, 0, 1).get(0).id();
        for (String s : HOSTILE.subList(0, 60)) {
            service.tag(List.of(id), List.of(s), List.of());
            service.setNotes(id, s);
        }
        assertThat(service.article(id).orElseThrow().state().notes()).isEqualTo(HOSTILE.get(59));
        for (String s : HOSTILE.subList(0, 60)) {
            service.tag(List.of(id), List.of(), List.of(s));
            service.deleteTag(s.strip().replaceAll("\\s+", " "));
        }
        service.setNotes(id, null);
        assertThat(service.count(ArticleQuery.ALL)).isEqualTo(before.size());
    }

    private static void searchSafely(String text, long all) {
        SearchParse parse = service.parseSearch(text);
        assertThat(parse).isNotNull();
        ArticleQuery q = parse.query();
        List<ArticleSummary> found = service.list(q, 0, 500);
        long count = service.count(q);
        assertThat(found.size()).as(text).isEqualTo((int) Math.min(count, 500));
        assertThat(count).as(text).isBetween(0L, all);
        service.facets(q);
    }

    @Provide
    Arbitrary<String> searchText() {
        Arbitrary<String> syntax = Arbitraries.of("\"", "'", "*", "-", "^", ":", "(", ")", "{", "}", "AND", "OR", "NOT",
                "NEAR", "NEAR(", ",", "+", "tag:", "in:", "from:", "region:", "harbour", "ferry", " ", "  ", "\t", "\\",
                "\u0000", ";", "--", "%", "_", "港", "🚢", "=");
        Arbitrary<String> tokens = syntax.list().ofMaxSize(30).map(l -> String.join("", l));
        return Arbitraries.oneOf(tokens, Arbitraries.strings().ofMaxLength(200), Arbitraries.strings().all().ofMaxLength(50));
    }
}

package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import dev.gazette.search.SearchSyntax;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any query the search box can express and every sort order, the count is the number of
 * rows the list gives, the facets count the same articles, and the rows are the same set
 * whatever the order. The library is generated once: articles with words in their text,
 * notes and highlights (some words only in annotations), tags, countries, dates, read and
 * starred.
 */
class QuerySeamPropertiesTest {

    /** Words of the generated texts; the last three appear only in notes and highlights. */
    private static final List<String> WORDS = List.of("storm", "oil", "election", "harbour", "price", "drought",
            "vaccine", "bridge", "zanzibar", "memo", "followup");
    private static final List<String> TEXT_WORDS = WORDS.subList(0, 8);
    private static final List<String> ANNOTATION_WORDS = WORDS;
    private static final List<String> TAGS = List.of("energy", "politics", "later", "water");
    private static final List<String> COUNTRIES = List.of("VE", "CO", "FR", "DE", "JP", "UA");
    private static final int ARTICLES = 60;

    private static Path dir;
    private static Library library;

    @BeforeContainer
    static void generateLibrary() throws IOException {
        dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "gazette-seam-props");
        library = Library.open(dir, Articles::names);
        Random random = new Random(7);
        Highlights highlights = library.highlights();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder("Report " + i + ".");
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                body.append(' ').append(TEXT_WORDS.get(random.nextInt(TEXT_WORDS.size())));
            }
            body.append(" End of the report.");
            Articles a = Articles.article("Story " + i + " " + TEXT_WORDS.get(random.nextInt(TEXT_WORDS.size())))
                    .body(body.toString())
                    .published(random.nextInt(8) == 0 ? null : (2018 + random.nextInt(3)) + "-0" + (1 + random.nextInt(9))
                            + "-1" + random.nextInt(10))
                    .source(random.nextBoolean() ? "Reuters" : "AFP");
            if (random.nextInt(5) > 0) {
                a.countries(COUNTRIES.get(random.nextInt(COUNTRIES.size())), COUNTRIES.get(random.nextInt(COUNTRIES.size())));
            }
            List<String> tags = new ArrayList<>(new HashSet<>(List.of(TAGS.get(random.nextInt(TAGS.size())),
                    TAGS.get(random.nextInt(TAGS.size())))));
            long id = library.add(a.tags(random.nextInt(3) == 0 ? new String[0] : tags.toArray(String[]::new)).build());
            if (random.nextInt(3) == 0) {
                library.setNotes(id, "note: " + ANNOTATION_WORDS.get(random.nextInt(ANNOTATION_WORDS.size())));
            }
            if (random.nextInt(3) == 0) {
                String note = random.nextBoolean() ? null : ANNOTATION_WORDS.get(random.nextInt(ANNOTATION_WORDS.size()));
                highlights.add(new Highlight(0, id, "Report " + i, null, ".", 0, null, note, Instant.EPOCH, false));
            }
            if (random.nextBoolean()) {
                library.setRead(List.of(id), true);
            }
            if (random.nextInt(4) == 0) {
                library.setStarred(List.of(id), true);
            }
        }
    }

    @AfterContainer
    static void closeLibrary() throws IOException {
        library.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 250)
    void theCountIsTheRowsListedInEveryOrder(@ForAll("searches") String input) {
        ArticleQuery q = SearchSyntax.parse(input).query();
        long count = library.count(q);
        List<Long> first = null;
        for (ArticleQuery.Sort sort : ArticleQuery.Sort.values()) {
            List<Long> rows = library.list(q.withSort(sort), 0, ARTICLES * 2).stream().map(s -> s.id()).toList();
            assertThat(rows).as("%s sorted %s", input, sort).hasSize((int) count).doesNotHaveDuplicates();
            assertThat(library.count(q.withSort(sort))).as("count of %s sorted %s", input, sort).isEqualTo(count);
            if (first == null) {
                first = rows;
            } else {
                assertThat(rows).as("%s sorted %s", input, sort).containsExactlyInAnyOrderElementsOf(first);
            }
        }
        assertThat(library.facets(q).total()).as("facets of %s", input).isEqualTo(count);
    }

    @Provide
    Arbitrary<String> searches() {
        Arbitrary<String> term = Arbitraries.oneOf(
                Arbitraries.of(WORDS),
                Arbitraries.of(WORDS).map(w -> w.substring(0, 3) + "*"),
                Arbitraries.of("has:note", "has:highlight", "-has:note", "-has:highlight", "has:notes"),
                Arbitraries.of(TAGS).map(t -> "tag:" + t),
                Arbitraries.of(TAGS).map(t -> "-tag:" + t),
                Arbitraries.of(COUNTRIES).map(c -> "region:" + c),
                Arbitraries.of("region:Europe", "region:\"South America\"", "source:Reuters", "source:AFP"),
                Arbitraries.of("year:2018", "year:2019-03", "after:2019", "before:2020-01-01"),
                Arbitraries.of("is:read", "is:unread", "is:starred", "is:unstarred"),
                Arbitraries.of("\"end of the report\"", "\"report 1\"", "nothing-matches"));
        return term.list().ofMinSize(0).ofMaxSize(4).map(terms -> String.join(" ", terms));
    }
}

package dev.gazette.search;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SearchParse;
import dev.gazette.model.SourceFormat;
import dev.gazette.store.Library;
import dev.gazette.store.NewArticle;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, parsing succeeds and the query it makes runs against a real library. */
class SearchSyntaxPropertiesTest {

    private static Path dir;
    private static Library library;

    @BeforeContainer
    static void openLibrary() throws IOException {
        dir = Files.createTempDirectory("gazette-search-props");
        library = Library.open(dir);
        ExtractedArticle x = new ExtractedArticle("AND NEAR or NOT", "2019-04-06", null, "A", "Reuters", "Site", "en",
                null, null, null, "Body with \"quotes\" and * stars - dashes ^ carets", "<p>Body</p>");
        library.add(new NewArticle(x, new RegionAssessment(List.of(new CountryMention("VE", 1, List.of())), "VE",
                "South America", "Americas"), SourceFormat.TEXT, "h", null, null, List.of(), List.of("energy"), null,
                null, null));
    }

    @AfterContainer
    static void closeLibrary() throws IOException {
        library.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void anyInputParsesAndRuns(@ForAll("searchInput") String input) {
        SearchParse p = SearchSyntax.parse(input);
        assertThat(p.query()).isNotNull();
        ArticleQuery q = p.query();
        library.list(q, 0, 10);
        library.list(q.withSort(ArticleQuery.Sort.RELEVANCE), 0, 10);
        library.count(q);
        library.facets(q);
        library.snippet(1, q.words());
    }

    @Provide
    Arbitrary<String> searchInput() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("AND", "OR", "NOT", "NEAR(", "NEAR(a b, 2)", "*", "\"", "-", "^", "(", ")", ":", "'",
                        "tag:", "-tag:", "region:", "source:", "site:", "after:", "before:", "year:", "is:", "col:",
                        "title:", "{", "}", "+", "\\", "\u0000", "é", "日本", "2019-04-06", "2019-13", "unread", " "),
                Arbitraries.strings().ofMaxLength(12));
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void arbitraryStringsParse(@ForAll String input) {
        SearchParse p = SearchSyntax.parse(input);
        library.count(p.query());
    }
}

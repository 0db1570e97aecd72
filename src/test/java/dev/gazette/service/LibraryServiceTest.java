package dev.gazette.service;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the service adds over the store: names for a screen, from the one geography. */
class LibraryServiceTest {

    @TempDir
    Path dir;
    private LibraryService service;
    private long id;

    @BeforeEach
    void open() throws IOException {
        service = LibraryService.open(dir.resolve("library"));
        Path file = dir.resolve("mines.txt");
        Files.writeString(file, "Mines reopen after the rains\n\nPublished 7 April 2019\n\n"
                + "The copper mines reopened on Monday after weeks of rain closed the roads to the south.\n\n"
                + "Workers returned to the pits as the first lorries left for the border.\n");
        service.importPaths(List.of(file));
        id = service.list(ArticleQuery.ALL, 0, 10).get(0).id();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private static FacetCount only(List<FacetCount> counts, String key) {
        return counts.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSidebarNamesACountryAsTheReaderDoes() {
        service.correctRegions(id, List.of("CD", "CI"));
        Facets facets = service.facets(ArticleQuery.ALL);
        List<String> reader = service.article(id).orElseThrow().regionNames();
        // the store's own Locale names said "Congo - Kinshasa" and "Côte d’Ivoire" here
        assertThat(only(facets.countries(), "CD").label()).isEqualTo(reader.get(0))
                .isEqualTo(service.geography().countryName("CD")).isNotEqualTo("Congo - Kinshasa");
        assertThat(only(facets.countries(), "CI").label()).isEqualTo(reader.get(1));
        // narrowed facets (counted from the articles, not the running totals) are named the same way
        Facets narrowed = service.facets(ArticleQuery.ALL.withRegions(List.of("CD")).withRead(false));
        assertThat(only(narrowed.countries(), "CD").label()).isEqualTo(reader.get(0));
    }

    @Test
    void datesAreNamedForAPerson() {
        service.correctPublished(id, "2019-04-07");
        Facets april = service.facets(ArticleQuery.ALL.withDate(2019, 4, null));
        assertThat(only(april.years(), "2019").label()).isEqualTo("2019");
        assertThat(only(april.months(), "2019-04").label()).isEqualTo("April 2019");
        assertThat(only(april.days(), "2019-04-07").label()).isEqualTo("7 April 2019");
    }

    @Test
    void regionGroupsKeepTheGeographysNames() {
        service.correctRegions(id, List.of("VE"));
        Facets facets = service.facets(ArticleQuery.ALL);
        assertThat(only(facets.subRegions(), "South America").label()).isEqualTo("South America");
        assertThat(only(facets.continents(), service.geography().continent("VE")).count()).isEqualTo(1);
    }

    @Test
    void aWebArchivesOriginalIsItsPageDecodedNotItsMimeText() throws Exception {
        Path mhtml = dev.gazette.TestFiles.samples().resolve("2022-05-aswan-solar-cooperative.mhtml");
        var report = service.importPaths(List.of(mhtml));
        long id = report.outcomes().get(0).articleId();
        String raw = new String(service.original(id).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).contains("Content-Type: multipart/related");
        String page = service.originalPage(id).orElseThrow();
        assertThat(page).doesNotContain("Content-Type: multipart").doesNotContain("=3D").containsIgnoringCase("<html")
                .contains("Aswan");
        // a page that is not a web archive is shown as it is
        long other = service.importPaths(List.of(dev.gazette.TestFiles.samples().resolve("2023-02-perth-desalination.html")))
                .outcomes().get(0).articleId();
        assertThat(service.originalPage(other)).isEmpty();
    }
}

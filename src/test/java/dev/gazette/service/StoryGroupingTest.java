package dev.gazette.service;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.ImportOutcome.Status;
import dev.gazette.model.StoryCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies and versions found at import, end to end from saved pages (docs/copies.md). */
class StoryGroupingTest {

    @TempDir
    Path tmp;

    /** A saved page of one of the labelled set's stories, with a site's own chrome. */
    static String page(String story, String site, String url, String chrome, String extraParagraph) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/similar/stories/" + story + ".txt"), StandardCharsets.UTF_8)
                .replaceFirst("^place: \\w+\\n", "");
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            body.append("<p>").append(paragraphs[i].strip()).append("</p>\n");
        }
        if (extraParagraph != null) {
            body.append("<p>").append(extraParagraph).append("</p>\n");
        }
        return """
                <html><head><title>%s | %s</title>
                <link rel="canonical" href="%s">
                <meta property="og:site_name" content="%s">
                <meta property="article:published_time" content="2024-05-14T08:00:00Z">
                </head><body>
                <nav><a href="/">%s</a> <a href="/world">%s</a></nav>
                <article><h1>%s</h1>
                %s</article>
                <footer>%s</footer></body></html>""".formatted(paragraphs[0].strip(), site, url, site, chrome, chrome,
                paragraphs[0].strip(), body, chrome);
    }

    static Path write(Path dir, String name, String html) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSameStoryFromTwoSitesIsOneRowWithTwoCopies() throws Exception {
        Path first = write(tmp.resolve("a"), "strike.html", page("port-strike", "Harbour Wire",
                "https://harbourwire.example/strike", "Home World Business", null));
        Path second = write(tmp.resolve("b"), "strike-copy.html", page("port-strike", "Lowlands Courier",
                "https://courier.example/news/rotterdam-strike", "Voorpagina Nieuws Sport", null));
        Path other = write(tmp.resolve("a"), "followup.html", page("port-strike-followup", "Harbour Wire",
                "https://harbourwire.example/strike-ends", "Home World Business", null));
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport one = service.importPaths(List.of(first, other));
            assertThat(one.count(Status.IMPORTED)).isEqualTo(2);
            ImportReport two = service.importPaths(List.of(second));

            ImportOutcome copy = two.outcomes().get(0);
            assertThat(copy.status()).isEqualTo(Status.IMPORTED);
            long firstId = one.outcomes().stream().filter(o -> o.file().endsWith("strike.html")).findFirst().orElseThrow().articleId();
            assertThat(copy.message()).isEqualTo("copy of #" + firstId);
            List<ArticleSummary> rows = service.list(ArticleQuery.ALL, 0, 10);
            assertThat(rows).hasSize(2); // the story and its follow-up, which is not a copy
            assertThat(service.copies().counts(rows.stream().map(ArticleSummary::id).toList()).values())
                    .containsExactlyInAnyOrder(2, 1);
            List<StoryCopy> copies = service.copies().of(copy.articleId());
            assertThat(copies).extracting(StoryCopy::site).containsExactly("Harbour Wire", "Lowlands Courier");

            // importing either file again is a duplicate, nothing changes
            ImportReport again = service.importPaths(List.of(first, second));
            assertThat(again.count(Status.DUPLICATE)).isEqualTo(2);
            assertThat(service.list(ArticleQuery.ALL, 0, 10)).hasSize(2);
        }
    }

    @Test
    void twoStoriesInOneTemplateAboutTwoPlacesAreNotCopies() throws Exception {
        Path chile = write(tmp.resolve("t"), "valparaiso.html", page("templated-valparaiso", "Council Wire",
                "https://councilwire.example/valparaiso-lift", "Home World Cities", null));
        Path ireland = write(tmp.resolve("t"), "cork.html", page("templated-cork", "Council Wire",
                "https://councilwire.example/cork-footbridge", "Home World Cities", null));
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport first = service.importPaths(List.of(chile));
            ImportReport second = service.importPaths(List.of(ireland));
            assertThat(first.count(Status.IMPORTED) + second.count(Status.IMPORTED)).isEqualTo(2);
            assertThat(second.outcomes().get(0).message()).isNull(); // not "copy of #1"
            List<ArticleSummary> rows = service.list(ArticleQuery.ALL, 0, 10);
            assertThat(rows).hasSize(2);
            assertThat(rows).extracting(ArticleSummary::primaryCountry).containsExactlyInAnyOrder("CL", "IE");
        }
    }

    @Test
    void anUpdatedPageFromTheSameAddressKeepsBothTextsAndShowsTheLatest() throws Exception {
        String url = "https://harbourwire.example/flood";
        Path before = write(tmp.resolve("a"), "flood.html", page("river-flood", "Harbour Wire", url, "Home", null));
        Path after = write(tmp.resolve("b"), "flood.html", page("river-flood", "Harbour Wire", url, "Home",
                "Update: the regional flood service now expects the river to peak on Tuesday morning, a day later"
                        + " than forecast, after further heavy rain overnight in the hills above the town."));
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            long first = service.importPaths(List.of(before)).outcomes().get(0).articleId();
            ImportOutcome update = service.importPaths(List.of(after)).outcomes().get(0);

            assertThat(update.status()).isEqualTo(Status.IMPORTED);
            assertThat(update.message()).isEqualTo("copy of #" + first);
            assertThat(service.list(ArticleQuery.ALL, 0, 10)).extracting(ArticleSummary::id).containsExactly(update.articleId());
            List<StoryCopy> copies = service.copies().of(first);
            assertThat(copies).extracting(StoryCopy::articleId).containsExactly(update.articleId(), first);
            assertThat(copies.get(1).latest()).isFalse();
            assertThat(service.article(first)).isPresent(); // the earlier text is kept
        }
    }

    @Test
    void aSplitSurvivesReimportingTheCopy() throws Exception {
        Path first = write(tmp.resolve("a"), "comet.html", page("comet-sighting", "Sky Notes",
                "https://skynotes.example/comet", "Home", null));
        Path second = write(tmp.resolve("b"), "comet.html", page("comet-sighting", "Star Gazette",
                "https://stargazette.example/comet", "Inicio Ciencia", null));
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            service.importPaths(List.of(first));
            long copy = service.importPaths(List.of(second)).outcomes().get(0).articleId();
            service.copies().split(copy);
            assertThat(service.list(ArticleQuery.ALL, 0, 10)).hasSize(2);

            service.delete(List.of(copy));
            ImportOutcome back = service.importPaths(List.of(second)).outcomes().get(0);

            assertThat(back.status()).isEqualTo(Status.IMPORTED);
            assertThat(back.message()).isNull(); // the person said it is not the same story
            assertThat(service.list(ArticleQuery.ALL, 0, 10)).hasSize(2);
        }
    }

    @Test
    void turnedOffItBehavesAsBefore() throws Exception {
        Path first = write(tmp.resolve("a"), "strike.html", page("port-strike", "Harbour Wire",
                "https://harbourwire.example/strike", "Home", null));
        Path second = write(tmp.resolve("b"), "strike.html", page("port-strike", "Lowlands Courier",
                "https://courier.example/strike", "Nieuws", "A paragraph only this site added to the wire story."));
        System.setProperty(StoryGrouping.PROPERTY, "false");
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            service.importPaths(List.of(first, second));
            assertThat(service.list(ArticleQuery.ALL, 0, 10)).hasSize(2);
        } finally {
            System.clearProperty(StoryGrouping.PROPERTY);
        }
    }
}

package dev.gazette.ui;

import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The copies view-model without a window: links, versions, counts and split. */
class CopiesModelTest {

    @TempDir
    Path tmp;

    private Path page(String folder, String site, String url, String extra) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/similar/stories/mayor-election.txt"), StandardCharsets.UTF_8);
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            body.append("<p>").append(paragraphs[i].strip()).append("</p>");
        }
        if (extra != null) {
            body.append("<p>").append(extra).append("</p>");
        }
        Path p = tmp.resolve(folder).resolve("lyon.html");
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<html><head><title>" + paragraphs[0] + "</title><link rel=\"canonical\" href=\"" + url
                + "\"><meta property=\"og:site_name\" content=\"" + site + "\"><meta property=\"article:published_time\""
                + " content=\"2020-06-28T22:00:00Z\"></head><body><article><h1>" + paragraphs[0] + "</h1>" + body
                + "</article></body></html>", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theReaderOffersTheOtherSitesAndTheEarlierVersionAndSplitSeparates() throws Exception {
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            long first = service.importPaths(List.of(page("a", "Rhone Daily", "https://rhone.example/lyon", null)))
                    .outcomes().get(0).articleId();
            long other = service.importPaths(List.of(page("b", "Alpine Post", "https://alpine.example/lyon", null)))
                    .outcomes().get(0).articleId();
            long update = service.importPaths(List.of(page("c", "Rhone Daily", "https://rhone.example/lyon",
                    "Update: the electoral commission confirmed the result on Monday morning after checking the"
                            + " tallies from every polling station in the eighth arrondissement."))).outcomes().get(0).articleId();
            CopiesModel model = new CopiesModel(service.copies(), new DirectExecutor(), Runnable::run);

            model.show(update);
            assertThat(model.inStory()).isTrue();
            assertThat(model.alsoSavedFrom()).extracting(CopiesModel.Link::label).containsExactly("Alpine Post (28 Jun 2020)");
            assertThat(model.versions()).singleElement().satisfies(l -> {
                assertThat(l.copy().articleId()).isEqualTo(first);
                assertThat(l.label()).startsWith("earlier version, saved ");
            });
            model.show(first);
            assertThat(model.versions()).singleElement().satisfies(l -> assertThat(l.label()).startsWith("latest version"));

            model.countRow(update);
            model.countRow(-1);
            assertThat(model.counts()).containsEntry(update, 3).hasSize(1);

            boolean[] refreshed = {false};
            model.show(other);
            model.splitShown(() -> refreshed[0] = true);
            assertThat(refreshed[0]).isTrue();
            assertThat(model.inStory()).isFalse();
            model.forgetCounts();
            model.countRow(update);
            assertThat(model.counts()).containsEntry(update, 2);
        }
    }
}

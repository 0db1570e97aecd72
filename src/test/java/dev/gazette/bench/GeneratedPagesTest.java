package dev.gazette.bench;

import dev.gazette.ingest.DocumentLoader;
import dev.gazette.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedPagesTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesSameFiles() throws IOException {
        List<GeneratedPages.Page> a = GeneratedPages.generate(dir.resolve("a"), 12, 7);
        List<GeneratedPages.Page> b = GeneratedPages.generate(dir.resolve("b"), 12, 7);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).file().getFileName()).isEqualTo(b.get(i).file().getFileName());
            assertThat(Files.readAllBytes(a.get(i).file())).isEqualTo(Files.readAllBytes(b.get(i).file()));
            assertThat(Files.getLastModifiedTime(a.get(i).file())).isEqualTo(Files.getLastModifiedTime(b.get(i).file()));
        }
    }

    @Test
    void everyGeneratedPageLoadsAndHtmlPagesAreSizedLikeRealOnes() throws IOException {
        List<GeneratedPages.Page> pages = GeneratedPages.generate(dir, 40, 42);
        DocumentLoader loader = new DocumentLoader();
        for (GeneratedPages.Page page : pages) {
            SourceDocument doc = loader.load(page.file()).get(0);
            assertThat(doc.content()).as(page.file().toString()).contains(page.title().substring(0, 10));
            if (page.format().equals("html") || page.format().equals("mhtml")) {
                assertThat(doc.content().length()).isBetween(50_000, 320_000);
                assertThat(doc.content()).contains("application/ld+json", "cookie", "newsletter", "comments");
            }
        }
        Set<String> formats = pages.stream().map(GeneratedPages.Page::format).collect(Collectors.toSet());
        assertThat(formats).contains("html", "html.gz", "mhtml", "txt", "md");
        assertThat(pages.stream().map(GeneratedPages.Page::primaryCountry).distinct().count()).isGreaterThan(10);
    }
}

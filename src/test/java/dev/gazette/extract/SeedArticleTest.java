package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's first sample (shared/seed, see shared/README.md) must come out exactly.
 * Skips where {@code gazette.shared} (default ../shared) is absent.
 */
class SeedArticleTest {

    private static ExtractedArticle article;

    @BeforeAll
    static void extractSeed() throws IOException {
        Path seed = Path.of(System.getProperty("gazette.shared", "../shared"), "seed", "000_0cce6a3ea6b21fc1.txt");
        Assumptions.assumeTrue(Files.exists(seed), "shared seed not found at " + seed.toAbsolutePath()
                + " (set -Dgazette.shared)");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        article = new ArticleExtractor().extract(SourceDocument.of(seed.getFileName().toString(), SourceFormat.TEXT, text));
    }

    @Test
    void titleIsTheHeadline() {
        assertThat(article.title())
                .isEqualTo("More Russian aid headed to Venezuela but foreign minister says it will not be ‘another Syria’");
    }

    @Test
    void publishedIsTheDateLine() {
        assertThat(article.publishedDate()).hasToString("2019-04-06");
    }

    @Test
    void sourceComesFromTheCreditLine() {
        assertThat(article.source()).isEqualTo("CBS News");
    }

    @Test
    void siteIsNeverWrong() {
        assertThat(article.site()).isIn(null, "Cuenca High Life");
    }

    @Test
    void bodyRunsFromTheCaptionToTheLastQuoteAndNothingAfter() {
        String body = article.bodyText();
        assertThat(body).startsWith("Venezuelan President Nicolas Maduro and Russian President");
        assertThat(body).endsWith("theater needs proper decorations.”");
        assertThat(body.split("\n\n")).hasSize(10);
        assertThat(body).doesNotContain("Credit:", "Subscribe", "Apr 6, 2019", "Community Posts");
    }

    @Test
    void readingHtmlHasOneParagraphPerBlock() {
        assertThat(article.bodyHtml()).startsWith("<p>Venezuelan President").doesNotContain("<script");
    }
}

package dev.gazette.service;

import dev.gazette.TestFiles;
import dev.gazette.model.ImportOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The article Gazette was designed from must come out right through a real import. */
class SeedImportTest {

    @Test
    void theSeedIsStoredWithItsTitleDateSourceBodyAndRegions(@TempDir Path tmp) throws Exception {
        assumeTrue(TestFiles.hasSeed(), "../shared/seed is absent (a fresh clone): seed test skipped");
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport report = service.importPaths(List.of(TestFiles.seed()));
            assertThat(report.count(Status.IMPORTED)).isEqualTo(1);
            long id = report.outcomes().get(0).articleId();
            ArticleView view = service.article(id).orElseThrow();
            var a = view.article().content();
            assertThat(a.title()).isEqualTo("More Russian aid headed to Venezuela but foreign minister says it will not be ‘another Syria’");
            assertThat(view.published()).startsWith("2019-04-06");
            assertThat(a.source()).isEqualTo("CBS News");
            assertThat(a.site()).isIn(null, "Cuenca High Life");
            assertThat(a.bodyText()).endsWith("theater needs proper decorations.”")
                    .doesNotContain("Subscribe", "Successfully", "Community Posts", "Credit:");
            // The seed holds 10 blocks from the caption to the last quote (the brief counts 11).
            assertThat(a.bodyText().split("\\n\\s*\\n")).hasSizeBetween(10, 11);
            assertThat(view.countries().get(0).code()).isEqualTo("VE");
            assertThat(view.primarySubRegion()).isEqualTo("South America");
            assertThat(view.countries()).extracting(c -> c.code()).contains("RU", "US", "SY");
            assertThat(service.original(id)).hasValueSatisfying(bytes ->
                    assertThat(bytes).isEqualTo(readAll(TestFiles.seed())));
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

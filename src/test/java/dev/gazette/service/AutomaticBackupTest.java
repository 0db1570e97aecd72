package dev.gazette.service;

import dev.gazette.TestFiles;
import dev.gazette.model.ArticleQuery;
import dev.gazette.store.Backups;
import dev.gazette.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily automatic backup runs beside the open library and is always complete when it closes. */
class AutomaticBackupTest {

    @Test
    void theLibraryAnswersWhileTheBackupRunsAndCloseWaitsForIt(@TempDir Path lib) throws Exception {
        try (LibraryService service = LibraryService.open(lib)) {
            service.importPaths(List.of(TestFiles.samples()));
        }
        Path folder = lib.resolve(Library.BACKUPS_FOLDER);
        // the first open made today's backup; take it away so that the next open makes one again
        for (Path p : Backups.automatic(folder)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        long articles;
        try (LibraryService service = LibraryService.open(lib)) {
            articles = service.count(ArticleQuery.ALL);
        }
        assertThat(articles).isPositive();
        List<Path> made = Backups.automatic(folder);
        assertThat(made).hasSize(1);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
        }
        try (LibraryService copy = LibraryService.open(made.get(0))) {
            assertThat(copy.count(ArticleQuery.ALL)).isEqualTo(articles);
        }
    }
}

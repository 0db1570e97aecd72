package dev.gazette.robust;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The large inputs, generated here (never committed): one 50 MB page, and a folder of 10,000
 * tiny files. Each gives a clear result in bounded time and memory (the test JVM has 2 GB).
 */
class LargeInputTest {

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabytePageGivesAClearResultInBoundedTime() throws Exception {
        Path page = MalformedCorpus.bigPage(dir.resolve("enormous page.html"), 50L * 1024 * 1024);
        assertThat(Files.size(page)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        try (LibraryService service = LibraryService.open(dir.resolve("library"))) {
            long start = System.nanoTime();
            ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> service.importPaths(List.of(page)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            ImportOutcome o = report.outcomes().get(0);
            System.out.println("50 MB page: " + o.status() + " " + (o.message() == null ? "" : o.message()) + " in " + ms + " ms");
            assertThat(report.outcomes()).hasSize(1);
            assertThat(o.status() == ImportOutcome.Status.IMPORTED || o.message() != null && !o.message().isBlank()).isTrue();
        }
    }

    @Test
    void aFolderOfTenThousandFilesImportsWithOneResultEach() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ten thousand"));
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            Path sub = Files.createDirectories(folder.resolve("d" + (i / 1000)));
            String name = String.format("note-%05d", i) + (i % 3 == 0 ? ".html" : ".txt");
            String sentence = "Note " + i + " about " + CrashDrill.uniqueWord(i) + ": the council met on Tuesday and"
                    + " agreed to look again at the ferry timetable before the summer season begins.";
            String body = i % 3 == 0 ? "<html><head><title>Note " + i + "</title></head><body><p>" + sentence + "</p></body></html>"
                    : "Note " + i + "\n\n" + sentence + "\n";
            Files.writeString(sub.resolve(name), body);
        }
        try (LibraryService service = LibraryService.open(dir.resolve("library"))) {
            long start = System.nanoTime();
            ImportReport report = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> service.importPaths(List.of(folder)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("10,000 files: " + report.summary() + " in " + ms + " ms");
            assertThat(report.outcomes()).hasSize(n);
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status() == ImportOutcome.Status.IMPORTED
                    || o.status() == ImportOutcome.Status.DUPLICATE || o.message() != null).isTrue());
            assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(n);
        }
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.count("SELECT count(*) FROM article")).isEqualTo(n);
        }
    }
}

package dev.gazette.service;

import dev.gazette.TestFiles;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.ImportOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ImportServiceTest {

    @TempDir
    Path tmp;

    private static final String PAGE = """
            <html><head><title>%s | Fictional Daily</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>%s</h1>
            <p>This is a fictional story written for Gazette's tests about a harbour in Norway and its ferries.</p>
            <p>The second paragraph says more about %s, so that the article has enough text to be recognised: %s.</p>
            <p>A third paragraph closes the story with a quote from a fictional harbour master in Bergen.</p>
            </article><footer>Copyright Fictional Daily</footer></body></html>""";

    private static final String[] WORDS = ("ferry harbour quay timetable crew winter storm fares council pier cargo"
            + " passengers tide captain engine repairs island route season tickets weather fjord bridge").split(" ");

    private Path page(String name, String title) throws Exception {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        // words of its own, so that different stories are not taken for copies of one (docs/copies.md)
        java.util.Random random = new java.util.Random(title.hashCode());
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            own.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        Files.writeString(p, PAGE.formatted(title, title, title, own), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importsAFolderAndReportsEveryFile() throws Exception {
        page("a.html", "Ferries return to Bergen");
        page("b.html", "Harbour fees rise in Oslo");
        Files.writeString(tmp.resolve("in/notes.xyz"), "not an article");
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            List<ImportOutcome> heard = new ArrayList<>();
            ImportReport report = service.importPaths(List.of(tmp.resolve("in")), new ImportListener() {
                @Override
                public void outcome(ImportOutcome o) {
                    heard.add(o);
                }
            }, new AtomicBoolean());
            assertThat(report.count(Status.IMPORTED)).isEqualTo(2);
            assertThat(report.skippedFiles()).isEqualTo(1);
            // the file passed over is named by the import's own walk, with its reason
            assertThat(report.passedOver()).singleElement().satisfies(o -> {
                assertThat(o.file()).endsWith("notes.xyz");
                assertThat(o.status()).isEqualTo(Status.SKIPPED);
                assertThat(o.message()).isNotBlank();
            });
            assertThat(heard).hasSize(2);
            assertThat(service.count(ArticleQuery.ALL)).isEqualTo(2);
        }
    }

    @Test
    void everyArticleIsStoredWithItsCopyKeysAndItsOriginal() throws Exception {
        page("a.html", "Ferries return to Bergen");
        page("b.html", "Harbour fees rise in Oslo");
        page("c.html", "Night trains to Trondheim");
        List<Long> ids;
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            assertThat(service.importPaths(List.of(tmp.resolve("in"))).count(Status.IMPORTED)).isEqualTo(3);
            ids = service.list(ArticleQuery.ALL, 0, 10).stream().map(dev.gazette.model.ArticleSummary::id).toList();
        }
        try (dev.gazette.store.Library library = dev.gazette.store.Library.open(tmp.resolve("lib"))) {
            // the keys went in with the articles (nothing left for the next import's backfill)
            assertThat(library.storyIndex().unindexed(10)).isEmpty();
            for (long id : ids) {
                byte[] original = library.original(id).orElseThrow();
                assertThat(new String(original, StandardCharsets.UTF_8)).contains("Fictional Daily");
                assertThat(library.findByOriginal(original)).hasValue(id);
            }
        }
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        page("a.html", "Ferries return to Bergen");
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            service.importPaths(List.of(tmp.resolve("in")));
            ImportReport again = service.importPaths(List.of(tmp.resolve("in")));
            assertThat(again.count(Status.DUPLICATE)).isEqualTo(1);
            assertThat(again.count(Status.IMPORTED)).isZero();
            assertThat(service.count(ArticleQuery.ALL)).isEqualTo(1);
        }
    }

    @Test
    void theSameArticleUnderAnotherNameIsADuplicate() throws Exception {
        page("a.html", "Ferries return to Bergen");
        Files.copy(tmp.resolve("in/a.html"), tmp.resolve("in/copy of a.html"));
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport report = service.importPaths(List.of(tmp.resolve("in")));
            assertThat(report.count(Status.IMPORTED)).isEqualTo(1);
            assertThat(report.count(Status.DUPLICATE)).isEqualTo(1);
        }
    }

    @Test
    void aBadFileFailsAloneWithItsReason() throws Exception {
        page("good.html", "Ferries return to Bergen");
        Files.write(tmp.resolve("in/broken.html.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2});
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport report = service.importPaths(List.of(tmp.resolve("in"), tmp.resolve("missing.html")));
            assertThat(report.count(Status.IMPORTED)).isEqualTo(1);
            assertThat(report.outcomes()).filteredOn(ImportOutcome::failed)
                    .extracting(ImportOutcome::file).anyMatch(f -> f.endsWith("broken.html.gz"))
                    .anyMatch(f -> f.endsWith("missing.html"));
            assertThat(report.outcomes()).filteredOn(ImportOutcome::failed)
                    .allMatch(o -> o.message() != null && !o.message().isBlank());
        }
    }

    @Test
    void aCancelledImportStopsAndARerunCompletesIt() throws Exception {
        for (int i = 0; i < 40; i++) {
            page("p" + i + ".html", "Story number " + i + " about the port of Tromsø");
        }
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            AtomicBoolean cancel = new AtomicBoolean();
            ImportReport first = service.importPaths(List.of(tmp.resolve("in")), new ImportListener() {
                @Override
                public void progress(ImportProgress p) {
                    if (p.done() == 5) {
                        cancel.set(true);
                    }
                }
            }, cancel);
            assertThat(first.cancelled()).isTrue();
            long partial = service.count(ArticleQuery.ALL);
            assertThat(partial).isLessThan(40);
            ImportReport rest = service.importPaths(List.of(tmp.resolve("in")));
            assertThat(rest.count(Status.IMPORTED)).isEqualTo(40 - partial);
            assertThat(service.count(ArticleQuery.ALL)).isEqualTo(40);
        }
    }

    @Test
    void theProjectSamplesAllImport() {
        try (LibraryService service = LibraryService.open(tmp.resolve("lib"))) {
            ImportReport report = service.importPaths(List.of(TestFiles.samples()));
            assertThat(report.outcomes()).filteredOn(ImportOutcome::failed).isEmpty();
            assertThat(report.count(Status.IMPORTED)).isGreaterThanOrEqualTo(8);
        }
    }
}

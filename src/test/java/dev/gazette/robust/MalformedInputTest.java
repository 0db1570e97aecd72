package dev.gazette.robust;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every bad input, one at a time and all together, through the real import: each gives a clear
 * result (an article, or a failure with its reason), none crashes or hangs, the rest of the
 * import goes on, and nothing already in the library changes. Writes a table of what each input
 * gave to {@code target/robust/malformed-results.tsv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedInputTest {

    /** Longest one bad file may take through the whole import on a slow shared machine. */
    static final Duration PER_FILE = Duration.ofSeconds(60);
    /** The import's own per-file bound during these tests (ImportService's default is 60 s). */
    static final String IMPORT_BOUND_SECONDS = "20";

    @TempDir
    static Path dir;

    private Path corpus;
    private List<Path> inputs;
    private LibraryService service;
    private Map<Long, String> before;
    private final List<String> table = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        System.setProperty("gazette.import.maxSecondsPerFile", IMPORT_BOUND_SECONDS);
        corpus = dir.resolve("bad inputs");
        inputs = MalformedCorpus.writeSmall(corpus);
        service = LibraryService.open(dir.resolve("library"));
        ImportReport seed = service.importPaths(List.of(Path.of("samples").toAbsolutePath()));
        assertThat(seed.count(ImportOutcome.Status.IMPORTED)).isPositive();
        List<Long> ids = seed.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED)
                .map(ImportOutcome::articleId).toList();
        service.tag(ids.subList(0, 2), List.of("kept", "harbour"), List.of());
        service.setRead(ids.subList(0, 1), true);
        service.setStarred(ids.subList(1, 2), true);
        service.setNotes(ids.get(0), "my own note");
        before = snapshot();
    }

    @AfterAll
    void tearDown() throws IOException {
        System.clearProperty("gazette.import.maxSecondsPerFile");
        if (service != null) {
            service.close();
        }
        Path out = Path.of("target/robust");
        Files.createDirectories(out);
        table.add(0, "input\tbytes\tms\tresult");
        Files.write(out.resolve("malformed-results.tsv"), table);
    }

    private Map<Long, String> snapshot() throws Exception {
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            return audit.snapshot();
        }
    }

    @Test
    @Order(1)
    void eachBadInputAloneGivesAClearResultInBoundedTime() throws Exception {
        List<String> unclear = new ArrayList<>();
        for (Path input : inputs) {
            long start = System.nanoTime();
            ImportReport report = assertTimeoutPreemptively(PER_FILE, () -> service.importPaths(List.of(input)),
                    () -> "importing " + printable(input) + " took over " + PER_FILE.toSeconds() + " s");
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<String> results = new ArrayList<>();
            for (ImportOutcome o : report.outcomes()) {
                results.add(o.status() + (o.message() == null ? "" : ": " + o.message()));
                boolean explained = o.status() == ImportOutcome.Status.IMPORTED || o.status() == ImportOutcome.Status.DUPLICATE
                        || (o.message() != null && !o.message().isBlank());
                if (!explained) {
                    unclear.add(printable(input) + " -> " + o);
                }
            }
            if (report.outcomes().isEmpty()) {
                results.add(report.skippedFiles() > 0 ? "passed over (" + report.skippedFiles() + " skipped)" : "NO RESULT");
                if (report.skippedFiles() == 0) {
                    unclear.add(printable(input) + " gave no result at all");
                }
            }
            long bytes = Files.isRegularFile(input) ? Files.size(input) : -1;
            table.add(printable(input.getFileName()) + "\t" + bytes + "\t" + ms + "\t" + String.join(" | ", results));
        }
        assertThat(unclear).isEmpty();
        assertThat(snapshot()).containsAllEntriesOf(before);
        assertLibraryWhole();
    }

    @Test
    @Order(2)
    void theWholeFolderImportsInOneGoAndBadFilesDoNotStopTheRest() throws Exception {
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        // good articles interleaved with the bad ones (sorted names put them between)
        for (int i = 0; i < 5; i++) {
            Files.writeString(mixed.resolve("m" + i + "-good.html"), "<html><head><title>Good article " + i
                    + "</title></head><body><article><p>Good article number " + i + " tells of the new harbour ferry"
                    + " timetable, and the council said more boats would run in summer.</p></article></body></html>");
        }
        Files.createSymbolicLink(mixed.resolve("bad"), corpus);
        ImportReport report = assertTimeoutPreemptively(PER_FILE.multipliedBy(4),
                () -> service.importPaths(List.of(mixed)), () -> "the mixed folder did not finish");
        List<String> goodTitles = report.outcomes().stream()
                .filter(o -> o.status() == ImportOutcome.Status.IMPORTED || o.status() == ImportOutcome.Status.DUPLICATE)
                .map(ImportOutcome::title).toList();
        for (int i = 0; i < 5; i++) {
            assertThat(goodTitles).contains("Good article " + i);
        }
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(
                o.status() == ImportOutcome.Status.IMPORTED || o.status() == ImportOutcome.Status.DUPLICATE
                        || (o.message() != null && !o.message().isBlank())).as(o.toString()).isTrue());
        // The folder's symlink loop is reported (the loader calls a link to itself broken), never followed.
        assertThat(report.outcomes()).anySatisfy(o -> {
            assertThat(o.file()).contains("loop");
            assertThat(o.failed()).isTrue();
            assertThat(o.message()).containsAnyOf("loop", "broken link");
        });

        // a second run adds nothing twice (a file that ran out of time before may get in now)
        long count = service.count(dev.gazette.model.ArticleQuery.ALL);
        ImportReport again = assertTimeoutPreemptively(PER_FILE.multipliedBy(4),
                () -> service.importPaths(List.of(mixed)), () -> "the second run did not finish");
        Set<String> importedFirst = Set.copyOf(report.outcomes().stream()
                .filter(o -> o.status() == ImportOutcome.Status.IMPORTED).map(ImportOutcome::file).toList());
        assertThat(again.outcomes()).noneSatisfy(o -> assertThat(
                o.status() == ImportOutcome.Status.IMPORTED && importedFirst.contains(o.file())).isTrue());
        assertThat(service.count(dev.gazette.model.ArticleQuery.ALL))
                .isEqualTo(count + again.count(ImportOutcome.Status.IMPORTED));
        assertThat(snapshot()).containsAllEntriesOf(before);
        assertLibraryWhole();
    }

    /** Audits with Gazette closed (its writer connection holds the write lock while open). */
    private void assertLibraryWhole() throws Exception {
        service.close();
        service = null;
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            assertThat(audit.integrity()).isEqualTo("ok");
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.incompleteArticles()).isEmpty();
            assertThat(audit.count("SELECT count(*) FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE t.name = 'kept'"))
                    .isEqualTo(2);
            assertThat(audit.count("SELECT count(*) - count(DISTINCT body_hash) FROM article")).isZero();
        }
        service = LibraryService.open(dir.resolve("library"));
        assertThat(Set.copyOf(service.tags().stream().map(t -> t.name()).toList())).contains("kept", "harbour");
    }

    static String printable(Path p) {
        return p.toString().replace("\n", "\\n").replace("\t", "\\t");
    }
}

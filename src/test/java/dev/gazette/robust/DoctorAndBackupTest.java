package dev.gazette.robust;

import dev.gazette.cli.GazetteCommand;
import dev.gazette.model.ArticleQuery;
import dev.gazette.service.LibraryMaintenance;
import dev.gazette.service.LibraryService;
import dev.gazette.store.Backups;
import dev.gazette.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** gazette doctor finds and safely repairs damage; gazette backup and the automatic backups make restorable copies. */
class DoctorAndBackupTest {

    @TempDir
    Path dir;

    private Path library() throws Exception {
        Path lib = dir.resolve("library");
        Path sources = CrashDrill.writeSources(dir.resolve("sources"));
        try (LibraryService service = LibraryService.open(lib)) {
            service.importPaths(List.of(sources));
            service.tag(List.of(1L, 2L), List.of("kept"), List.of());
        }
        return lib;
    }

    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[]{String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void aHealthyLibraryHasNoProblems() throws Exception {
        Path lib = library();
        String[] r = cli("--library", lib.toString(), "doctor");
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        assertThat(r[1]).contains(CrashDrill.ARTICLES + " articles").contains("no problems found");
    }

    @Test
    void doctorRepairsTheIndexDerivedRowsAndOriginalsItCanAndReportsTheRest() throws Exception {
        Path lib = library();
        Path originals = lib.resolve("originals");
        String restorable;
        String lost;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("gazette.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO article_fts(rowid, title, body_text, author, source, site, search_tags)"
                    + " VALUES (99999, 'ghost', 'ghost words', '', '', '', '')");
            s.execute("DELETE FROM listing WHERE id = 3");
            s.execute("DELETE FROM user_state WHERE article_id = 4");
            s.execute("DELETE FROM listing WHERE id = 4");
            s.execute("UPDATE listing SET starred = 1 WHERE id = 5");
            s.execute("UPDATE article SET search_tags = 'stale' WHERE id = 6");
            restorable = stringQuery(s, "SELECT original_hash FROM article WHERE id = 7");
            lost = stringQuery(s, "SELECT original_hash FROM article WHERE id = 8");
            s.execute("DELETE FROM source_file WHERE article_id = 8");
        }
        Files.delete(originals.resolve(restorable.substring(0, 2)).resolve(restorable + ".gz"));
        Files.delete(originals.resolve(lost.substring(0, 2)).resolve(lost + ".gz"));
        Files.createDirectories(originals.resolve("ab"));
        Files.writeString(originals.resolve("ab").resolve("leftover.tmp"), "half written");
        Files.write(originals.resolve("ab").resolve("ab" + "0".repeat(62) + ".gz"), new byte[]{1, 2, 3});

        String[] check = cli("--library", lib.toString(), "doctor");
        assertThat(check[0]).isEqualTo("1");
        assertThat(check[1]).contains("search index does not match", "missing from the listing", "no user state",
                "wrong read or starred", "tag words", "stored original is missing", "leftover file", "no article uses",
                "run again with --repair");

        String[] repair = cli("--library", lib.toString(), "doctor", "--repair");
        assertThat(repair[0]).as("the lost original cannot be repaired").isEqualTo("1");
        assertThat(repair[1]).contains("restored from the imported file").contains("article 8: stored original is missing");

        LibraryMaintenance.DoctorReport after = LibraryMaintenance.doctor(lib, false);
        assertThat(after.findings()).extracting(LibraryMaintenance.Finding::text)
                .containsExactly("article 8: stored original is missing; the file it was imported from is gone or changed");
        try (LibraryAudit audit = LibraryAudit.of(lib)) {
            assertThat(audit.integrity()).isEqualTo("ok");
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.search("ghost")).isEmpty();
            assertThat(audit.incompleteArticles()).contains("article 8: original missing "
                    + originals.resolve(lost.substring(0, 2)).resolve(lost + ".gz"));
        }
        try (LibraryService service = LibraryService.open(lib)) {
            assertThat(service.count(ArticleQuery.ALL)).isEqualTo(CrashDrill.ARTICLES);
            assertThat(service.original(7)).isPresent();
        }
    }

    @Test
    void backupCopiesTheDatabaseAndOriginalsAndIsRefusedWhileAnotherGazetteHasTheLibrary() throws Exception {
        Path lib = library();
        Path target = dir.resolve("my backup");
        String[] r = cli("--library", lib.toString(), "backup", target.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (LibraryAudit copy = LibraryAudit.of(target); LibraryAudit original = LibraryAudit.of(lib)) {
            assertThat(copy.integrity()).isEqualTo("ok");
            assertThat(copy.snapshot()).isEqualTo(original.snapshot());
            assertThat(copy.incompleteArticles()).isEmpty();
        }
        assertThat(files(target.resolve("originals"))).isEqualTo(files(lib.resolve("originals")));
        // the backup is a library Gazette opens as it is
        try (LibraryService restored = LibraryService.open(target)) {
            assertThat(restored.count(ArticleQuery.ALL)).isEqualTo(CrashDrill.ARTICLES);
        }
        try (LibraryService open = LibraryService.open(lib)) {
            String[] busy = cli("--library", lib.toString(), "backup", dir.resolve("second").toString());
            assertThat(busy[0]).isEqualTo("1");
            assertThat(busy[2]).contains("is open in another Gazette");
            assertThat(open.isEmpty()).isFalse();
        }
        String[] again = cli("--library", lib.toString(), "backup", target.toString());
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[2]).contains("already exists");
    }

    @Test
    void automaticBackupsAreMadeAtMostDailyAndTheLastFiveKept() throws Exception {
        Path lib = library();
        Instant start = Instant.parse("2026-01-10T08:00:00Z");
        try (Library library = Library.open(lib)) {
            Path folder = lib.resolve(Library.BACKUPS_FOLDER);
            int before = Backups.automatic(folder).size();
            assertThat(before).as("opening today made one").isEqualTo(1);
            Path first = library.rotateBackups(Clock.fixed(start.plus(Duration.ofDays(400)), ZoneOffset.UTC));
            assertThat(first).isNotNull();
            assertThat(library.rotateBackups(Clock.fixed(start.plus(Duration.ofDays(400)).plus(Duration.ofHours(5)), ZoneOffset.UTC)))
                    .as("not twice in a day").isNull();
            for (int day = 401; day <= 408; day++) {
                assertThat(library.rotateBackups(Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC))).isNotNull();
            }
            List<Path> kept = Backups.automatic(folder);
            assertThat(kept).hasSize(Backups.KEEP_AUTOMATIC);
            assertThat(kept.get(kept.size() - 1).getFileName().toString()).isEqualTo("auto-20270222T080000Z");
            try (LibraryAudit copy = LibraryAudit.of(kept.get(0))) {
                assertThat(copy.integrity()).isEqualTo("ok");
                assertThat(copy.count("SELECT count(*) FROM article")).isEqualTo(CrashDrill.ARTICLES);
            }
            try (Stream<Path> partial = Files.list(folder)) {
                assertThat(partial.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
            }
        }
    }

    private static String stringQuery(Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}

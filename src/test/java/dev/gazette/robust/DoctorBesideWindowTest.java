package dev.gazette.robust;

import dev.gazette.TestFiles;
import dev.gazette.cli.GazetteCommand;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gazette doctor} without {@code --repair} checks a library that another Gazette (the
 * window) holds, reading only (issue 26): it finds the same problems, writes nothing, and says
 * what it could not check and how to repair; {@code --repair} is still refused with one sentence.
 */
class DoctorBesideWindowTest {

    @TempDir
    Path dir;

    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[]{String.valueOf(status), out.toString(), err.toString()};
    }

    /** Runs body while a second process (as the window would) holds the library open. */
    private void whileHeld(Path lib, ThrowingRunnable body) throws Exception {
        Process holder = ChildJvm.builder(dir, HoldLibrary.class.getName(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");
            body.run();
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly().waitFor();
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Path samplesLibrary() {
        Path lib = dir.resolve("lib");
        try (LibraryService service = LibraryService.open(lib)) {
            service.importPaths(List.of(TestFiles.samples()));
        }
        return lib;
    }

    @Test
    void aHealthyLibraryIsCheckedWhileTheWindowHasItAndNothingIsWritten() throws Exception {
        Path lib = samplesLibrary();
        long articles = LibraryLockTest.articleCount(lib);
        whileHeld(lib, () -> {
            long walBefore = walSize(lib);
            String[] r = cli("--library", lib.toString(), "doctor");
            assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
            assertThat(r[1]).contains(articles + " articles").contains("no problems found")
                    .contains("open in another Gazette").contains("row by row");
            assertThat(walSize(lib)).as("the doctor wrote nothing").isEqualTo(walBefore);
        });
    }

    @Test
    void problemsAreFoundWhileTheWindowHasTheLibraryAndRepairSaysHowToProceed() throws Exception {
        Path lib = samplesLibrary();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("gazette.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO article_fts(rowid, title, body_text, author, source, site, search_tags)"
                    + " VALUES (99999, 'ghost', 'ghost words', '', '', '', '')");
            s.execute("DELETE FROM listing WHERE id = 3");
        }
        Path stray = lib.resolve("originals").resolve("ab").resolve("ab" + "0".repeat(62) + ".gz");
        Files.createDirectories(stray.getParent());
        Files.write(stray, new byte[]{1, 2, 3});
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

        whileHeld(lib, () -> {
            String[] check = cli("--library", lib.toString(), "doctor");
            assertThat(check[0]).as(check[1] + check[2]).isEqualTo("1");
            assertThat(check[1]).contains("search index does not match", "article 3: is missing from the listing",
                    "no article uses", "close the other Gazette");
            assertThat(check[1]).doesNotContain("(run again with --repair)");

            String[] repair = cli("--library", lib.toString(), "doctor", "--repair");
            assertThat(repair[0]).isEqualTo("1");
            assertThat(repair[2]).contains("is open in another Gazette").contains("close it and run the command again");
            assertThat(Files.exists(stray)).as("nothing was repaired while held").isTrue();
        });
        // once the window is closed, the same check and a repair work as before
        String[] repair = cli("--library", lib.toString(), "doctor", "--repair");
        assertThat(repair[0]).as(repair[1] + repair[2]).isEqualTo("0");
        assertThat(cli("--library", lib.toString(), "doctor")[1]).contains("no problems found");
    }

    private static long walSize(Path lib) throws Exception {
        Path wal = lib.resolve("gazette.db-wal");
        return Files.exists(wal) ? Files.size(wal) : -1;
    }
}

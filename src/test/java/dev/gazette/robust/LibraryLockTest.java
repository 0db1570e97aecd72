package dev.gazette.robust;

import dev.gazette.cli.GazetteCommand;
import dev.gazette.service.LibraryLock;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryLockTest {

    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameProcessIsRefusedClearly() {
        Path lib = dir.resolve("lib");
        try (LibraryService first = LibraryService.open(lib)) {
            assertThatThrownBy(() -> LibraryService.open(lib))
                    .isInstanceOf(LibraryLock.InUseException.class)
                    .hasMessageContaining("The library at " + lib.toAbsolutePath() + " is open in another Gazette (pid "
                            + ProcessHandle.current().pid() + ")");
            assertThat(first.isEmpty()).isTrue();
        }
    }

    @Test
    void closingReleasesTheLibraryForTheNextOpen() {
        Path lib = dir.resolve("lib");
        LibraryService.open(lib).close();
        try (LibraryService again = LibraryService.open(lib)) {
            assertThat(again.isEmpty()).isTrue();
        }
    }

    @Test
    void aSecondProcessIsToldTheLibraryIsInUseAndNothingIsDamaged() throws Exception {
        Path lib = dir.resolve("lib");
        try (LibraryService service = LibraryService.open(lib)) {
            service.importPaths(List.of(Path.of("samples").toAbsolutePath()));
        }
        long before = articleCount(lib);
        assertThat(before).isPositive();

        Process holder = ChildJvm.builder(dir, HoldLibrary.class.getName(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");

            StringWriter err = new StringWriter();
            int status = GazetteCommand.execute(new String[]{"--library", lib.toString(), "import",
                    Path.of("samples").toAbsolutePath().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("is open in another Gazette (pid " + holder.pid() + ")")
                    .contains("make this change in its window");
            // reading commands work beside the process that holds the library (issue 26, item 5)
            StringWriter listed = new StringWriter();
            StringWriter listErr = new StringWriter();
            int listStatus = GazetteCommand.execute(new String[]{"--library", lib.toString(), "list", "--json"},
                    new PrintWriter(listed), new PrintWriter(listErr));
            assertThat(listStatus).as(listErr.toString()).isZero();
            assertThat(listed.toString()).contains("\"id\"");
            assertThat(articleCount(lib)).isEqualTo(before);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly().waitFor();
            }
        }
        assertThat(articleCount(lib)).isEqualTo(before);
        assertThat(integrity(lib)).isEqualTo("ok");
        // the holder is gone: the library opens again
        LibraryService.open(lib).close();
    }

    @Test
    void aKilledHolderLeavesNoStaleLock() throws Exception {
        Path lib = dir.resolve("lib");
        Process holder = ChildJvm.builder(dir, HoldLibrary.class.getName(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).startsWith("open ");
        holder.destroyForcibly().waitFor();
        try (LibraryService again = LibraryService.open(lib)) {
            assertThat(again.isEmpty()).isTrue();
        }
    }

    static long articleCount(Path lib) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("gazette.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String integrity(Path lib) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("gazette.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

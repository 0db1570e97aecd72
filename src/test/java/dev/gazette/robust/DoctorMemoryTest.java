package dev.gazette.robust;

import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code doctor --repair} puts back a lost original from the file it was imported from, and
 * reads that file as a stream: a 300 MB source is repaired by a Gazette given 64 MB of heap
 * (the doctor once read it whole, and ran out of memory).
 */
class DoctorMemoryTest {

    private static final long SOURCE_BYTES = 300L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aLargeSourceFileIsReadAsAStreamWithinASmallHeap() throws Exception {
        Path lib = dir.resolve("library");
        Path sources = CrashDrill.writeSources(dir.resolve("sources"));
        try (LibraryService service = LibraryService.open(lib)) {
            service.importPaths(List.of(sources));
        }
        // a large file (sparse: no disk) stands in as article 1's source; its stored original is lost
        Path big = dir.resolve("big-source.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SOURCE_BYTES);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(big), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("gazette.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article SET original_hash = '" + hash + "' WHERE id = 1");
            s.executeUpdate("DELETE FROM source_file WHERE article_id = 1");
            s.executeUpdate("INSERT INTO source_file (article_id, path, added_at) VALUES (1, '"
                    + big.toString().replace("'", "''") + "', 0)");
        }
        ProcessBuilder pb = ChildJvm.builder(dir, "dev.gazette.Launcher", "--library", lib.toString(), "doctor", "--repair");
        List<String> command = pb.command();
        command.add(command.indexOf("-Xmx512m") + 1, "-Xmx64m"); // the last -Xmx wins
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("doctor.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("doctor.txt"));
        assertThat(out).doesNotContain("OutOfMemoryError", "array size")
                .contains("article 1: stored original is missing; restored from the imported file");
        Path stored = lib.resolve("originals").resolve(hash.substring(0, 2)).resolve(hash + ".gz");
        assertThat(stored).exists();
        try (LibraryAudit audit = LibraryAudit.of(lib)) {
            assertThat(audit.integrity()).isEqualTo("ok");
        }
    }
}

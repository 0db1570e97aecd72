package dev.gazette.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SafeOutputTest {

    @TempDir
    Path dir;

    private static SafeOutput.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private void assertOnlyFiles(Path folder, String... names) throws IOException {
        try (var list = Files.list(folder)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("out.json");
        SafeOutput.write(target, dir.resolve("library"), false, text("hello"));
        assertThat(Files.readString(target)).isEqualTo("hello");
        assertOnlyFiles(dir, "out.json");
    }

    @Test
    void refusesAnExistingFileUnlessReplacingAndThenReplacesItWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        assertThatThrownBy(() -> SafeOutput.write(target, null, false, text("new")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("already exists")
                .hasMessageContaining("--force").hasMessageContaining("nothing was written");
        assertThat(Files.readString(target)).isEqualTo("old");
        SafeOutput.write(target, null, true, text("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertOnlyFiles(dir, "out.json");
    }

    @Test
    void refusesATargetInsideTheLibraryFolderEvenWhenReplacing() throws IOException {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path db = Files.writeString(library.resolve("gazette.db"), "database");
        assertThatThrownBy(() -> SafeOutput.write(db, library, true, text("export")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("inside the library folder");
        // reached through a symlinked folder, it is still the library
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), library);
        assertThatThrownBy(() -> SafeOutput.write(alias.resolve("new.json"), library, true, text("export")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("inside the library folder");
        assertThat(Files.readString(db)).isEqualTo("database");
        assertOnlyFiles(library, "gazette.db");
    }

    @Test
    void refusesADirectoryASymlinkAndAMissingFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertThatThrownBy(() -> SafeOutput.write(folder, null, true, text("x")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("is a directory");
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), victim);
        assertThatThrownBy(() -> SafeOutput.write(link, null, true, text("x")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThatThrownBy(() -> SafeOutput.write(dir.resolve("no/such/out.json"), null, false, text("x")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("no such folder");
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void refusesAFifoAndADevice() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            p = null;
        }
        assumeTrue(p != null && p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is available");
        assertThatThrownBy(() -> SafeOutput.write(fifo, null, true, text("x")))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertThatThrownBy(() -> SafeOutput.write(devNull, null, true, text("x")))
                    .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("not a regular file");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        assertThatThrownBy(() -> SafeOutput.write(target, null, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("disk full")
                .hasMessageContaining("nothing was written");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertOnlyFiles(dir, "out.json");
    }

    @Test
    void createsFilesWithTheUmaskAsAnyNewFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain"));
        Path written = dir.resolve("written.json");
        SafeOutput.write(written, null, false, text("x"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
    }

    @Test
    void aBackupFolderMustBeNewOrEmptyAndOutsideTheLibrary() throws IOException {
        Path library = Files.createDirectories(dir.resolve("library"));
        assertThatThrownBy(() -> SafeOutput.checkNewFolder(library.resolve("backups/mine"), library))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("inside the library folder");
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertThatThrownBy(() -> SafeOutput.checkNewFolder(full, library))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("not empty");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("empty")));
        assertThatThrownBy(() -> SafeOutput.checkNewFolder(link, library))
                .isInstanceOf(SafeOutput.Refused.class).hasMessageContaining("symbolic link");
        assertThat(SafeOutput.checkNewFolder(dir.resolve("new"), library)).isNotNull();
    }
}

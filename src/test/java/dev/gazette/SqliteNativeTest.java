package dev.gazette;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** sqlite-jdbc is pointed at the native library beside the jar only when one is there and none is named. */
class SqliteNativeTest {

    @TempDir
    Path tmp;

    private String path;
    private String name;

    @BeforeEach
    void keep() {
        path = System.clearProperty(SqliteNative.PATH);
        name = System.clearProperty(SqliteNative.NAME);
    }

    @AfterEach
    void restore() {
        System.clearProperty(SqliteNative.PATH);
        System.clearProperty(SqliteNative.NAME);
        if (path != null) {
            System.setProperty(SqliteNative.PATH, path);
        }
        if (name != null) {
            System.setProperty(SqliteNative.NAME, name);
        }
    }

    @Test
    void theCopyBesideTheJarIsUsed() throws Exception {
        Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(tmp.resolve("lib").resolve(System.mapLibraryName("sqlitejdbc")), "");
        SqliteNative.useCopyBeside(tmp.resolve("gazette.jar"));
        assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo(tmp.resolve("lib").toString());
        assertThat(System.getProperty(SqliteNative.NAME)).isEqualTo(System.mapLibraryName("sqlitejdbc"));
    }

    @Test
    void withoutACopyOrWithALibraryAlreadyNamedNothingChanges() throws Exception {
        SqliteNative.useCopyBeside(tmp.resolve("gazette.jar"));
        SqliteNative.useCopyBeside(null);
        assertThat(System.getProperty(SqliteNative.PATH)).isNull();
        Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(tmp.resolve("lib").resolve(System.mapLibraryName("sqlitejdbc")), "");
        System.setProperty(SqliteNative.PATH, "/elsewhere");
        SqliteNative.useCopyBeside(tmp.resolve("gazette.jar"));
        assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo("/elsewhere");
        assertThat(System.getProperty(SqliteNative.NAME)).isNull();
    }
}

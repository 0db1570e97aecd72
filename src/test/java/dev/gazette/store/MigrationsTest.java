package dev.gazette.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void newLibraryIsCreatedAtTheLatestSchemaInWalMode() throws Exception {
        try (Library lib = Library.open(dir)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.LATEST);
            long fk = lib.database().read(c -> Database.longQuery(c, "PRAGMA foreign_keys"));
            assertThat(fk).isEqualTo(1);
            String mode = lib.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
        }
        assertThat(dir.resolve("gazette.db")).exists();
        try (Library again = Library.open(dir)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
        assertThat(dir.resolve("backups")).doesNotExist(); // nothing to migrate, nothing backed up
    }

    @Test
    void newerLibraryIsRefusedAndLeftUntouched() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.add(Articles.article("x").build());
        }
        Path db = dir.resolve("gazette.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = " + (Migrations.LATEST + 5));
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Library.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Gazette").hasMessageContaining("not been changed");
        assertThat(Arrays.equals(before, Files.readAllBytes(db))).isTrue();
    }

    @Test
    void foreignDatabaseIsRefused() throws Exception {
        Path db = dir.resolve("gazette.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE something (x)");
        }
        assertThatThrownBy(() -> Library.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Gazette library");
    }

    @Test
    void backupCopiesTheDatabase() throws Exception {
        try (Library lib = Library.open(dir)) {
            lib.add(Articles.article("kept").build());
        }
        Path copy;
        try (Connection c = Database.connect(dir.resolve("gazette.db"), false)) {
            copy = Migrations.backup(c, dir.resolve("backups"), 1);
        }
        assertThat(copy).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertThat(Database.longQuery(c, "SELECT count(*) FROM article")).isEqualTo(1);
        }
    }
}

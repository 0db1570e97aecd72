package dev.gazette.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void newLibraryIsCreatedAtTheLatestSchemaInWalMode() throws Exception {
        try (Library lib = Library.open(dir)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.LATEST);
            long fk = lib.rooms().database().read(c -> Sql.longQuery(c, "PRAGMA foreign_keys"));
            assertThat(fk).isEqualTo(1);
            String mode = lib.rooms().database().read(c -> {
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
            assertThat(Sql.longQuery(c, "SELECT count(*) FROM article")).isEqualTo(1);
        }
    }

    @Test
    void olderLibraryIsBackedUpThenMigratedWithItsData() throws Exception {
        String before;
        try (Library lib = Library.open(dir, Articles::names)) {
            lib.add(Articles.article("one").countries("VE").tags("x").build());
            lib.add(Articles.article("two").published(null).countries("FR", "DE").source("AFP").build());
            before = lib.facets(dev.gazette.model.ArticleQuery.ALL).toString();
        }
        // turn it back into a version 1 library
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gazette.db"));
             Statement s = c.createStatement()) {
            for (String t : List.of("facet_listing_insert", "facet_listing_delete", "facet_listing_update",
                    "facet_region_insert", "facet_region_delete", "facet_tag_insert", "facet_tag_delete",
                    "facet_tag_forget")) {
                s.execute("DROP TRIGGER " + t);
            }
            s.execute("DROP TABLE facet_total"); // V2, with the V4 rows and triggers
            s.execute("DROP INDEX listing_by_published_covering"); // V3
            s.execute("CREATE INDEX listing_by_published ON listing(published, id)");
            for (String t : List.of("highlight_fts_insert", "highlight_fts_delete", "highlight_fts_update",
                    "note_fts_insert", "note_fts_update", "note_fts_delete")) {
                s.execute("DROP TRIGGER " + t); // V5
            }
            s.execute("DROP TABLE annotation_fts");
            s.execute("DROP TABLE highlight");
            Migrations.undoCrossTotals(s); // V6
            Migrations.undoStories(s); // V7
            Migrations.undoSuggestionRefusals(s); // V8
            s.execute("PRAGMA user_version = 1");
        }
        try (Library lib = Library.open(dir, Articles::names)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(lib.facets(dev.gazette.model.ArticleQuery.ALL).toString()).isEqualTo(before);
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            Path backup = files.findFirst().orElseThrow();
            assertThat(backup.getFileName().toString()).startsWith("gazette-v1-");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                assertThat(Sql.longQuery(c, "PRAGMA user_version")).isEqualTo(1);
                assertThat(Sql.longQuery(c, "SELECT count(*) FROM article")).isEqualTo(2);
            }
        }
    }

    @Test
    void version6LibraryGainsStoriesWithItsArticlesEachAStoryOfItsOwn() throws Exception {
        long a;
        long b;
        try (Library lib = Library.open(dir, Articles::names)) {
            a = lib.add(Articles.article("one").countries("VE").tags("x").build());
            b = lib.add(Articles.article("two").countries("FR").build());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gazette.db"));
             Statement s = c.createStatement()) {
            Migrations.undoSuggestionRefusals(s);
            Migrations.undoStories(s);
            s.execute("PRAGMA user_version = 6");
            assertThat(Sql.longQuery(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'story%'")).isZero();
        }
        try (Library lib = Library.open(dir, Articles::names)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(lib.count(dev.gazette.model.ArticleQuery.ALL)).isEqualTo(2);
            Stories stories = lib.stories();
            assertThat(lib.storyIndex().unindexed(10)).containsExactly(a, b); // keys come lazily, at the next import
            assertThat(stories.counts(List.of(a, b))).containsEntry(a, 1).containsEntry(b, 1);
            stories.merge(List.of(a, b));
            assertThat(lib.count(dev.gazette.model.ArticleQuery.ALL)).isEqualTo(1);
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("gazette-v6-"));
        }
    }

    @Test
    void failedMigrationLeavesTheLibraryAsItWas() throws Exception {
        Path db = dir.resolve("gazette.db");
        try (Connection c = Database.connect(db, false)) {
            Migrations.migrate(c, dir.resolve("backups"), 1);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE facet_total (x)"); // makes V2 fail
            }
        }
        assertThatThrownBy(() -> Library.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema 2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Sql.longQuery(c, "PRAGMA user_version")).isEqualTo(1);
            assertThat(Sql.longQuery(c, "SELECT count(*) FROM sqlite_master WHERE name = 'facet_listing_insert'")).isZero();
        }
    }
}

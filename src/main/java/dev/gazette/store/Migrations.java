package dev.gazette.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema migrations ({@code V1__init.sql}, … beside this class) and how they are
 * applied: {@code PRAGMA user_version} holds the number of the last one applied; each runs in
 * its own transaction; an existing library is backed up (SQLite online backup) before the
 * first migration touches it; a library newer than this program is refused, untouched.
 * Stateless.
 */
final class Migrations {

    /** In order; the schema version after applying the n-th file is n. */
    static final List<String> FILES = List.of("V1__init.sql", "V2__facet_counts.sql", "V3__covering_date_index.sql",
            "V4__month_year_totals.sql", "V5__highlights.sql", "V6__cross_totals.sql",
            "V7__stories.sql", "V8__suggestion_refusals.sql");

    static final int LATEST = FILES.size();

    private Migrations() {
    }

    /** Reads the version through a read-only connection and refuses a newer library. */
    static void refuseIfNewer(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            if (Files.size(file) == 0) {
                return;
            }
        } catch (IOException e) {
            throw new StoreException("Could not read the library database " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        int version;
        long objects;
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            version = (int) Sql.longQuery(c, "PRAGMA user_version");
            objects = Sql.longQuery(c, "SELECT count(*) FROM sqlite_master");
        } catch (SQLException e) {
            throw new StoreException("The file " + file + " is not a readable Gazette library: " + e.getMessage(), e);
        }
        if (version > LATEST) {
            throw new StoreException("This library was written by a newer version of Gazette (library schema "
                    + version + ", this program knows up to " + LATEST + "). Update Gazette to open it; "
                    + "the library has not been changed.");
        }
        if (version == 0 && objects > 0) {
            throw new StoreException("The file " + file + " is an SQLite database but not a Gazette library; "
                    + "it has not been changed.");
        }
    }

    /** Applies every migration the database lacks; backs it up first when it already has data. */
    static void migrate(Connection c, Path file, Path backupDir) throws SQLException, IOException {
        migrate(c, backupDir, LATEST);
    }

    /** Applies migrations up to target (tests build older libraries with it). */
    static void migrate(Connection c, Path backupDir, int target) throws SQLException, IOException {
        int version = (int) Sql.longQuery(c, "PRAGMA user_version");
        if (version > LATEST) {
            throw new StoreException("This library was written by a newer version of Gazette (library schema "
                    + version + ", this program knows up to " + LATEST + ").");
        }
        if (version >= target) {
            return;
        }
        if (version > 0) {
            backup(c, backupDir, version);
        }
        for (int n = version + 1; n <= target; n++) {
            String script = script(FILES.get(n - 1));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(script);
                s.executeUpdate("PRAGMA user_version = " + n);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new StoreException("Could not upgrade the library to schema " + n + " ("
                        + FILES.get(n - 1) + "): " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Copies the database with SQLite's online backup into backupDir; returns the copy. */
    static Path backup(Connection c, Path backupDir, int version) throws SQLException, IOException {
        Files.createDirectories(backupDir);
        Path target = backupDir.resolve("gazette-v" + version + "-" + timestamp() + ".db").toAbsolutePath();
        String path = target.toString();
        try (Statement s = c.createStatement()) {
            if (path.indexOf('\'') < 0 && path.indexOf('"') < 0) {
                s.executeUpdate("backup to '" + path + "'");
            } else {
                s.executeUpdate("VACUUM INTO '" + path.replace("'", "''") + "'");
            }
        }
        return target;
    }

    /** Takes V6's tables and triggers out again (tests and benchmarks rebuild them from version 5). */
    static void undoCrossTotals(Statement s) throws SQLException {
        for (String trigger : List.of("cross_key_insert", "cross_key_delete", "key_region_insert", "key_region_delete",
                "key_listing_insert", "key_listing_delete", "key_listing_month", "key_listing_source", "key_listing_read",
                "key_listing_starred", "key_tag_insert", "key_tag_delete")) {
            s.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        s.execute("DROP TABLE IF EXISTS facet_cross");
        s.execute("DROP TABLE IF EXISTS article_key");
    }

    /** Takes V7's tables and triggers out again (tests rebuild a version 6 library with it). */
    static void undoStories(Statement s) throws SQLException {
        for (String trigger : List.of("story_hidden_region", "story_tag_to_lead", "story_share_read",
                "story_share_starred", "story_share_notes", "story_highlight_to_lead")) {
            s.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
        for (String table : List.of("story_member", "story_apart", "story_print", "story_printed")) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** Tests: takes V8 out again (to build a library of schema 7). */
    static void undoSuggestionRefusals(Statement s) throws SQLException {
        s.execute("DROP TABLE IF EXISTS suggestion_refused");
    }

    static String script(String name) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("migration " + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Local date and time for a backup's name, e.g. 20261206-041500. */
    private static String timestamp() {
        return java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}

package dev.gazette.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Checks a library and repairs what can be repaired without losing anything: SQLite's integrity
 * check, the full-text index against the article table, the derived tables (user state, listing
 * rows, effective regions, tag words in the index), stored originals that are missing, damaged
 * or no longer used, and temporary files left by a crash.
 *
 * <p>Repairs: rebuilds the full-text index; recreates missing user-state and listing rows and
 * re-derives listing and effective regions; recomputes tag words; restores a missing or damaged
 * original from the file it was imported from when that file still has exactly the same bytes;
 * deletes originals no article uses and leftover temporary files; reindexes when only indexes are
 * damaged. It never deletes an article and never touches a damaged database beyond REINDEX: that
 * needs a backup (see {@link Backups}). Repair with no other Gazette on the library (the library
 * lock sees to that). Not thread-safe with other writers to the same library.
 *
 * <p>On a library opened read-only beside the Gazette that holds it (the window), the checks run
 * in one read transaction and write nothing: the search index is compared with the articles row
 * by row ({@code *_docsize} against {@code article}), since FTS5's word-by-word
 * {@code integrity-check} is an INSERT; and files in the originals folder written since the check
 * began are left alone (the window may be importing them). The report's notes say so.
 */
public final class LibraryDoctor {

    /** What a read-only check could not do, as the command prints it. */
    static final String ROW_BY_ROW_NOTE = "the search index was compared with the articles row by row, not word by word"
            + " (the full check writes to the library; close the other Gazette and run gazette doctor again for it)";

    /**
     * A read-only check leaves alone the files in the originals folder written since it began,
     * less this much (file times can be coarse): the Gazette beside it may be importing them.
     */
    private static final long FILE_CLOCK_SLACK_MS = 2_000;

    /** One thing found: what, about which article (or -1), and whether it was repaired. */
    public record Finding(String problem, long articleId, boolean repaired) {
        /** "article 12: stored original is missing…" */
        public String text() {
            return (articleId >= 0 ? "article " + articleId + ": " : "") + problem;
        }

        @Override
        public String toString() {
            return text() + (repaired ? " (repaired)" : "");
        }
    }

    /**
     * All findings of one run; healthy when there were none, or all were repaired. Notes say what
     * was checked less thoroughly than usual, and why (empty on a library opened for writing).
     */
    public record Report(List<Finding> findings, int articles, int originalsChecked, List<String> notes) {
        public Report {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }

        public boolean healthy() {
            return findings.stream().allMatch(Finding::repaired);
        }
    }

    private final Rooms rooms;
    private final List<Finding> findings = new ArrayList<>();
    /** The findings of stored originals no article used, with their hashes (looked at again beside the window). */
    private final Map<Finding, String> unusedOriginals = new HashMap<>();

    private final java.util.function.Predicate<String> knownCountry;

    private LibraryDoctor(Rooms rooms, java.util.function.Predicate<String> knownCountry) {
        this.rooms = rooms;
        this.knownCountry = knownCountry;
    }

    /** Checks without changing anything. */
    static Report examine(Rooms rooms) {
        return examine(rooms, RestoreRules.UNCHECKED);
    }

    /** Checks and repairs what it safely can. */
    static Report repair(Rooms rooms) {
        return repair(rooms, RestoreRules.UNCHECKED);
    }

    /** As {@link #examine(Rooms)}, also flagging dates and countries that {@code correct} (and restore) refuse. */
    static Report examine(Rooms rooms, RestoreRules rules) {
        return new LibraryDoctor(rooms, rules.knownCountry()).run(false);
    }

    /** As {@link #repair(Rooms)}, also flagging dates and countries that {@code correct} (and restore) refuse. */
    static Report repair(Rooms rooms, RestoreRules rules) {
        return new LibraryDoctor(rooms, rules.knownCountry()).run(true);
    }

    private Report run(boolean repair) {
        Database db = rooms.database();
        int[] counts = new int[2];
        if (db.readOnly()) {
            if (repair) {
                throw new StoreException("The library is open for reading only: it cannot be repaired.");
            }
            // beside the window: one read transaction, nothing written (see the class comment)
            long began = System.currentTimeMillis() - FILE_CLOCK_SLACK_MS;
            db.read(c -> {
                integrity(c, false);
                counts[0] = (int) Sql.longQuery(c, "SELECT count(*) FROM article");
                ftsRows(c);
                derived(c, false);
                counts[1] = originals(c, false, began);
                values(c);
                return null;
            });
            // Looked at again in a newer snapshot: an article deleted beside the check (its original
            // removed after the first snapshot) is no finding, nor an original whose article an
            // import beside it committed meanwhile.
            Set<Finding> stale = db.read(c -> {
                Set<Finding> out = new HashSet<>();
                for (Finding f : findings) {
                    if (f.articleId() >= 0 && Sql.strings(c, "SELECT id FROM article WHERE id = ?", f.articleId()).isEmpty()) {
                        out.add(f);
                    }
                    String hash = unusedOriginals.get(f);
                    if (hash != null && !Sql.strings(c, "SELECT id FROM article WHERE original_hash = ?1"
                            + " UNION ALL SELECT article_id FROM resource WHERE hash = ?1", hash).isEmpty()) {
                        out.add(f);
                    }
                }
                return out;
            });
            findings.removeAll(stale);
            return new Report(findings, counts[0], counts[1], List.of(ROW_BY_ROW_NOTE));
        }
        db.write(c -> {
            integrity(c, repair);
            counts[0] = (int) Sql.longQuery(c, "SELECT count(*) FROM article");
            fts(c, repair);
            derived(c, repair);
            counts[1] = originals(c, repair, Long.MAX_VALUE);
            values(c);
            if (!repair) {
                c.rollback();
            }
            return null;
        });
        return new Report(findings, counts[0], counts[1], List.of());
    }

    /**
     * The search index's rows against the articles', by SELECT only: an article the index lacks,
     * or an index row whose article is gone. (A row indexed with stale words needs the full check.)
     */
    private void ftsRows(Connection c) throws SQLException {
        long missing = Sql.longQuery(c, "SELECT count(*) FROM article a"
                + " WHERE NOT EXISTS (SELECT 1 FROM article_fts_docsize d WHERE d.id = a.id)");
        long extra = Sql.longQuery(c, "SELECT count(*) FROM article_fts_docsize d"
                + " WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = d.id)");
        if (missing + extra > 0) {
            findings.add(new Finding("the search index does not match the articles (" + missing + " articles not indexed, "
                    + extra + " index rows without an article)", -1, false));
        }
    }

    private void integrity(Connection c, boolean repair) throws SQLException {
        List<String> problems = Sql.strings(c, "PRAGMA integrity_check");
        if (problems.size() == 1 && problems.get(0).equals("ok")) {
            return;
        }
        boolean onlyIndexes = problems.stream().allMatch(p -> p.contains("index") || p.contains("wrong # of entries"));
        boolean repaired = false;
        if (repair && onlyIndexes) {
            try (Statement s = c.createStatement()) {
                s.execute("REINDEX");
            }
            List<String> after = Sql.strings(c, "PRAGMA integrity_check");
            repaired = after.size() == 1 && after.get(0).equals("ok");
        }
        findings.add(new Finding("database integrity check: " + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                + (repaired ? "" : onlyIndexes ? "" : " - restore a backup (gazette backup, backups/auto-*)"), -1, repaired));
    }

    private void fts(Connection c, boolean repair) throws SQLException {
        String problem = null;
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            return;
        }
        if (repair) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')");
            }
        }
        findings.add(new Finding("the search index does not match the articles (" + problem + ")", -1, repair));
    }

    private void derived(Connection c, boolean repair) throws SQLException {
        for (long id : ids(c, "SELECT a.id FROM article a LEFT JOIN user_state u ON u.article_id = a.id WHERE u.article_id IS NULL")) {
            if (repair) {
                update(c, "INSERT INTO user_state (article_id, read, starred, added_at) SELECT id, 0, 0, added_at FROM article WHERE id = ?", id);
            }
            findings.add(new Finding("has no user state row", id, repair));
        }
        for (long id : ids(c, "SELECT a.id FROM article a LEFT JOIN listing l ON l.id = a.id WHERE l.id IS NULL"
                + Stories.SHOWN)) { // a story's hidden copies have no listing row by design (V7)
            if (repair) {
                update(c, "INSERT INTO listing (id, added_at, title, source, site, read, starred)"
                        + " SELECT a.id, a.added_at, a.title, a.source, a.site, u.read, u.starred"
                        + " FROM article a JOIN user_state u ON u.article_id = a.id WHERE a.id = ?", id);
                rederive(c, id);
            }
            findings.add(new Finding("is missing from the listing", id, repair));
        }
        for (long id : ids(c, "SELECT l.id FROM listing l JOIN user_state u ON u.article_id = l.id"
                + " WHERE l.read <> u.read OR l.starred <> u.starred")) {
            if (repair) {
                update(c, "UPDATE listing SET read = (SELECT read FROM user_state WHERE article_id = ?1),"
                        + " starred = (SELECT starred FROM user_state WHERE article_id = ?1) WHERE id = ?1", id);
            }
            findings.add(new Finding("listing shows the wrong read or starred mark", id, repair));
        }
        for (long id : ids(c, "SELECT a.id FROM article a JOIN user_state u ON u.article_id = a.id WHERE u.regions_corrected = 0"
                + Stories.SHOWN + " AND"
                + " ((SELECT count(*) FROM region r WHERE r.article_id = a.id) <> (SELECT count(*) FROM region_effective e WHERE e.article_id = a.id)"
                + " OR (SELECT l.country FROM listing l WHERE l.id = a.id) IS NOT (SELECT r.code FROM region r WHERE r.article_id = a.id AND r.is_primary = 1))")) {
            if (repair) {
                rederive(c, id);
            }
            findings.add(new Finding("effective regions out of step with detection", id, repair));
        }
        for (long id : ids(c, "SELECT a.id FROM article a WHERE a.search_tags IS NOT (SELECT coalesce(group_concat(t.name, ' '"
                + " ORDER BY t.name COLLATE BINARY), '') FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id)")) {
            if (repair) {
                update(c, "UPDATE article SET search_tags = (SELECT coalesce(group_concat(t.name, ' ' ORDER BY t.name COLLATE BINARY), '')"
                        + " FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = ?1) WHERE id = ?1", id);
            }
            findings.add(new Finding("tag words in the search index are out of step", id, repair));
        }
        List<String> fk = Sql.strings(c, "PRAGMA foreign_key_check");
        if (!fk.isEmpty()) {
            if (repair) {
                for (String table : new String[]{"source_file", "resource", "region", "user_state", "region_correction",
                        "article_tag", "listing", "region_effective"}) {
                    String key = table.equals("listing") ? "id" : "article_id";
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM " + table + " WHERE " + key + " NOT IN (SELECT id FROM article)");
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM article_tag WHERE tag_id NOT IN (SELECT id FROM tag)");
                }
            }
            findings.add(new Finding(fk.size() + " rows refer to articles or tags that no longer exist", -1, repair));
        }
    }

    /**
     * Dates and countries a person could not have entered (an older restore took them as given):
     * reported with the article, never changed (only the person knows the right value).
     */
    private void values(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT a.id, a.published, a.updated, u.corrected_published FROM article a"
                        + " LEFT JOIN user_state u ON u.article_id = a.id")) {
            while (rs.next()) {
                for (int i = 2; i <= 4; i++) {
                    String d = rs.getString(i);
                    if (d != null && !RestoreChecks.realDate(d.strip())) {
                        findings.add(new Finding("the date " + RestoreInput.printable(d) + " is not a real date;"
                                + " correct it with gazette correct --published", rs.getLong(1), false));
                    }
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT article_id, code FROM region UNION SELECT article_id, code FROM region_correction")) {
            while (rs.next()) {
                String code = rs.getString(2);
                if (code == null || !knownCountry.test(code)) {
                    findings.add(new Finding("the country " + RestoreInput.printable(String.valueOf(code))
                            + " is not a known country; correct it with gazette correct --regions", rs.getLong(1), false));
                }
            }
        }
    }

    /** Rebuilds the effective regions and the listing's date and country of one article. */
    private static void rederive(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM region_effective WHERE article_id = ?", id);
        update(c, "INSERT INTO region_effective (article_id, code, sub_region, continent, is_primary)"
                + " SELECT article_id, code, sub_region, continent, rank = 0 FROM region_correction"
                + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 1", id);
        update(c, "INSERT INTO region_effective (article_id, code, sub_region, continent, is_primary)"
                + " SELECT article_id, code, sub_region, continent, is_primary FROM region"
                + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 0", id);
        update(c, "UPDATE listing SET published = (SELECT CASE WHEN s.corrected_published IS NOT NULL"
                + " THEN substr(s.corrected_published, 1, 10) ELSE (SELECT CASE WHEN date(substr(a.published, 1, 10))"
                + " = substr(a.published, 1, 10) THEN substr(a.published, 1, 10) END FROM article a WHERE a.id = ?1) END"
                + " FROM user_state s WHERE s.article_id = ?1),"
                + " country = (SELECT code FROM region_effective WHERE article_id = ?1 AND is_primary = 1),"
                + " sub_region = (SELECT sub_region FROM region_effective WHERE article_id = ?1 AND is_primary = 1) WHERE id = ?1", id);
    }

    /** Checks the stored originals; files modified after notBefore (milliseconds) are not judged. */
    private int originals(Connection c, boolean repair, long notBefore) throws SQLException, IOException {
        BlobStore blobs = rooms.blobs();
        Set<String> used = new HashSet<>();
        int checked = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, original_hash FROM article WHERE original_hash IS NOT NULL")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String hash = rs.getString(2);
                used.add(hash);
                checked++;
                String state = originalState(blobs, hash);
                if (state == null) {
                    continue;
                }
                boolean restored = repair && restoreFromSource(c, blobs, id, hash);
                findings.add(new Finding("stored original " + state + (restored ? "; restored from the imported file"
                        : "; the file it was imported from is gone or changed"), id, restored));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT article_id, location, hash FROM resource")) {
            while (rs.next()) {
                String hash = rs.getString(3);
                used.add(hash);
                if (!BlobStore.isHash(hash) || !Files.exists(blobs.path(hash))) {
                    findings.add(new Finding("embedded image " + rs.getString(2) + " is missing", rs.getLong(1), false));
                }
            }
        }
        Path root = blobs.root();
        if (Files.isDirectory(root)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean stored = name.endsWith(".gz") && BlobStore.isHash(name.substring(0, name.length() - 3));
                if (stored && used.contains(name.substring(0, name.length() - 3))) {
                    continue;
                }
                if (notBefore != Long.MAX_VALUE && modifiedAfter(f, notBefore)) {
                    continue; // written since the check began: an import beside it, not a leftover
                }
                if (repair) {
                    Files.deleteIfExists(f);
                }
                Finding unused = new Finding((stored ? "stored original no article uses: " : "leftover file in originals: ")
                        + root.relativize(f), -1, repair);
                findings.add(unused);
                if (stored) {
                    unusedOriginals.put(unused, name.substring(0, name.length() - 3));
                }
            }
        }
        return checked;
    }

    private static boolean modifiedAfter(Path f, long millis) {
        try {
            return Files.getLastModifiedTime(f).toMillis() > millis;
        } catch (IOException gone) {
            return true; // deleted meanwhile: not ours to report
        }
    }

    /** Null when the original is present and intact, else what is wrong with it. */
    private static String originalState(BlobStore blobs, String hash) {
        if (!BlobStore.isHash(hash)) {
            return "has an invalid name";
        }
        Path p = blobs.path(hash);
        if (!Files.exists(p)) {
            return "is missing";
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            // streamed: an original of any size is checked with one buffer of memory
            return BlobStore.sha256(in).equals(hash) ? null : "is damaged (its bytes no longer match)";
        } catch (IOException e) {
            return "is damaged (" + e.getMessage() + ")";
        }
    }

    private static boolean restoreFromSource(Connection c, BlobStore blobs, long id, String hash) throws SQLException {
        for (String source : Sql.strings(c, "SELECT path FROM source_file WHERE article_id = ?", id)) {
            try {
                Path p = Path.of(source);
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                // hashed and stored as a stream, never read whole: a large file costs one buffer
                if (blobs.putFileIfHash(p, hash)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // try the next path
            }
        }
        return false;
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}

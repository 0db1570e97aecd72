package dev.gazette.robust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Checks a library folder from outside Gazette, with sqlite-jdbc directly: SQLite's own
 * integrity check, the FTS index against the article table, and that every article is complete
 * (body, user state, listing row, regions in step, tags in step, original stored and intact).
 * Used after crashes, concurrent writes and hostile imports.
 */
public final class LibraryAudit implements AutoCloseable {

    private final Path library;
    private final Connection c;

    private LibraryAudit(Path library, Connection c) {
        this.library = library;
        this.c = c;
    }

    public static LibraryAudit of(Path library) throws SQLException {
        return new LibraryAudit(library, DriverManager.getConnection("jdbc:sqlite:" + library.resolve("gazette.db").toAbsolutePath()));
    }

    /** "ok" or SQLite's list of problems. */
    public String integrity() throws SQLException {
        List<String> out = strings("PRAGMA integrity_check");
        return String.join("; ", out);
    }

    /** Null when the FTS index matches the article table, else the error SQLite reports. */
    public String ftsProblem() {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)");
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The ids whose rows match this FTS query (a quoted single word). */
    public List<Long> search(String word) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid")) {
            ps.setString(1, '"' + word.replace("\"", "\"\"") + '"');
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Every way an article is incomplete, one line each; empty when all are whole. */
    public List<String> incompleteArticles() throws SQLException, IOException {
        List<String> problems = new ArrayList<>();
        problems.addAll(prefixed("article without user state", "SELECT a.id FROM article a LEFT JOIN user_state u ON u.article_id = a.id WHERE u.article_id IS NULL"));
        problems.addAll(prefixed("article without listing row", "SELECT a.id FROM article a LEFT JOIN listing l ON l.id = a.id WHERE l.id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM story_member m WHERE m.article_id = a.id AND m.hidden = 1)"));
        problems.addAll(prefixed("listing row without article", "SELECT l.id FROM listing l LEFT JOIN article a ON a.id = l.id WHERE a.id IS NULL"));
        problems.addAll(prefixed("article without body", "SELECT id FROM article WHERE body_text IS NOT NULL AND body_html IS NULL"));
        problems.addAll(prefixed("article without source file", "SELECT a.id FROM article a WHERE NOT EXISTS (SELECT 1 FROM source_file s WHERE s.article_id = a.id)"));
        problems.addAll(prefixed("regions out of step", "SELECT a.id FROM article a JOIN user_state u ON u.article_id = a.id"
                + " WHERE u.regions_corrected = 0"
                + " AND NOT EXISTS (SELECT 1 FROM story_member m WHERE m.article_id = a.id AND m.hidden = 1)"
                + " AND (SELECT count(*) FROM region r WHERE r.article_id = a.id)"
                + " <> (SELECT count(*) FROM region_effective e WHERE e.article_id = a.id)"));
        problems.addAll(prefixed("primary country out of step", "SELECT l.id FROM listing l JOIN user_state u ON u.article_id = l.id"
                + " WHERE u.regions_corrected = 0 AND l.country IS NOT (SELECT r.code FROM region r WHERE r.article_id = l.id AND r.is_primary = 1)"));
        problems.addAll(prefixed("tags out of step with the search index", "SELECT a.id FROM article a WHERE a.search_tags IS NOT"
                + " (SELECT coalesce(group_concat(t.name, ' ' ORDER BY t.name COLLATE BINARY), '') FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id)"));
        problems.addAll(prefixed("dangling tag link", "SELECT x.article_id FROM article_tag x LEFT JOIN tag t ON t.id = x.tag_id WHERE t.id IS NULL"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, original_hash FROM article")) {
            while (rs.next()) {
                String hash = rs.getString(2);
                if (hash == null) {
                    problems.add("article " + rs.getLong(1) + ": no original");
                    continue;
                }
                Path file = library.resolve("originals").resolve(hash.substring(0, 2)).resolve(hash + ".gz");
                if (!Files.exists(file)) {
                    problems.add("article " + rs.getLong(1) + ": original missing " + file);
                    continue;
                }
                String actual;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    actual = sha256(in.readAllBytes());
                } catch (IOException e) {
                    problems.add("article " + rs.getLong(1) + ": original unreadable " + e);
                    continue;
                }
                if (!actual.equals(hash)) {
                    problems.add("article " + rs.getLong(1) + ": original does not match its hash");
                }
            }
        }
        return problems;
    }

    /**
     * What a person would notice changing: every article's content and state, tags and
     * originals, as one ordered map (id -> row text).
     */
    public Map<Long, String> snapshot() throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT a.id, a.title, a.published, a.body_hash, a.original_hash, a.body_text, a.body_html, a.search_tags,"
                        + " u.read, u.starred, u.notes, l.country,"
                        + " (SELECT group_concat(code) FROM region r WHERE r.article_id = a.id)"
                        + " FROM article a LEFT JOIN user_state u ON u.article_id = a.id LEFT JOIN listing l ON l.id = a.id ORDER BY a.id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 2; i <= n; i++) {
                    row.append(rs.getString(i)).append('\u241f');
                }
                out.put(rs.getLong(1), row.toString());
            }
        }
        return out;
    }

    private List<String> prefixed(String what, String sql) throws SQLException {
        return strings(sql).stream().map(id -> "article " + id + ": " + what).toList();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}

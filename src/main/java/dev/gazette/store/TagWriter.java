package dev.gazette.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds or creates tags and attaches them to articles, with statements reused across a batch
 * on one write connection (an import's inserter and the tag commands share it). Not shared:
 * one per transaction; close it after use.
 */
final class TagWriter {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private final PreparedStatement create;
    private final PreparedStatement find;
    private final PreparedStatement attach;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    TagWriter(Connection c) throws SQLException {
        create = c.prepareStatement("INSERT OR IGNORE INTO tag (name) VALUES (?)");
        find = c.prepareStatement("SELECT id, name FROM tag WHERE name = ?");
        attach = c.prepareStatement("INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?,?)");
    }

    /**
     * The stored spelling of each tag (created when new), without duplicates or blanks. Commas
     * separate tags here as in the window and on the command line ("water, drought" is two), so
     * an import or a restore files them as a person typing them would.
     */
    List<String> canonicalNames(Collection<String> tags) throws SQLException {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (String t : tags) {
            if (t != null) {
                parts.addAll(List.of(t.split(",")));
            }
        }
        for (String t : parts) {
            String name = cleanTag(t);
            if (name == null) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (!names.containsKey(key)) {
                create.setString(1, name);
                create.executeUpdate();
                find.setString(1, name);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    ids.put(key, rs.getLong(1));
                    names.put(key, rs.getString(2));
                }
            }
            out.add(names.get(key));
        }
        return new ArrayList<>(out);
    }

    void attach(long articleId, List<String> canonical) throws SQLException {
        for (String name : canonical) {
            attach.setLong(1, articleId);
            attach.setLong(2, ids.get(name.toLowerCase(Locale.ROOT)));
            attach.executeUpdate();
        }
    }

    void close() throws SQLException {
        create.close();
        find.close();
        attach.close();
    }

    /**
     * A tag name as stored: control characters (a NUL above all, which SQLite's text functions
     * treat as the end) become spaces, a lone surrogate (which SQLite would store as U+FFFD, so
     * the name read back would differ from the one given) becomes U+FFFD here already, runs of
     * spaces become one; null when nothing is left.
     */
    static String cleanTag(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder valid = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                valid.append(ch).append(name.charAt(++i));
            } else {
                valid.append(Character.isSurrogate(ch) ? '\uFFFD' : ch);
            }
        }
        String s = CONTROL.matcher(valid).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }
}

package dev.gazette.store;

import dev.gazette.model.TagInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.gazette.store.TagWriter.cleanTag;

/**
 * A person's tags: putting them on and taking them off articles, listing them with their colour
 * and count, renaming, merging, deleting and colouring them, and how a name is cleaned before
 * it is stored. Safe across threads: writes go through the database's one writer.
 */
final class TagRepository {

    /** How many tag suggestions {@link #suggestTags} returns at most. */
    static final int MAX_SUGGESTIONS = 8;
    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private final Database db;

    TagRepository(Database db) {
        this.db = db;
    }

    /** Adds and removes tags on many articles in one transaction. */
    void tag(Collection<Long> ids, Collection<String> add, Collection<String> remove) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Collection<String> adding = add == null ? List.of() : add;
        Collection<String> removing = remove == null ? List.of() : remove;
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM article WHERE id = ?");
                 PreparedStatement detach = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ?"
                         + " AND tag_id = (SELECT id FROM tag WHERE name = ?)")) {
                List<String> names = w.canonicalNames(adding);
                for (long id : new LinkedHashSet<>(ids)) {
                    exists.setLong(1, id);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                    }
                    w.attach(id, names);
                    for (String r : removing) {
                        String name = cleanTag(r);
                        if (name != null) {
                            detach.setLong(1, id);
                            detach.setString(2, name);
                            detach.executeUpdate();
                        }
                    }
                }
            } finally {
                w.close();
            }
            return null;
        });
    }

    /** Every tag with its colour and how many articles carry it, by name. */
    List<TagInfo> tags() {
        return db.read(c -> {
            List<TagInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.name, t.colour, coalesce((SELECT f.n FROM"
                    + " facet_total f WHERE f.dim = 'tag' AND f.key = CAST(t.id AS TEXT)), 0) FROM tag t ORDER BY t.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(tagInfo(rs));
                }
            }
            return out;
        });
    }

    /** The row mapper of this repository: name, colour, count. */
    private static TagInfo tagInfo(ResultSet rs) throws SQLException {
        return new TagInfo(rs.getString(1), rs.getString(2), rs.getLong(3));
    }

    /** Renames a tag; when the new name is another existing tag, the two are merged. */
    void renameTag(String from, String to) {
        String newName = cleanTag(to);
        if (newName == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        db.write(c -> {
            Long fromId = tagId(c, from);
            if (fromId == null) {
                return null;
            }
            Long toId = tagId(c, newName);
            if (toId != null && !toId.equals(fromId)) {
                mergeTags(List.of(from), newName);
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE id = ?")) {
                    ps.setString(1, newName);
                    ps.setLong(2, fromId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Moves every article of the from-tags to into (created when missing) and deletes them. */
    void mergeTags(Collection<String> from, String into) {
        String target = cleanTag(into);
        if (target == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try {
                w.canonicalNames(List.of(target));
            } finally {
                w.close();
            }
            long intoId = tagId(c, target);
            for (String f : from) {
                Long fromId = tagId(c, f);
                if (fromId == null || fromId == intoId) {
                    continue;
                }
                try (PreparedStatement move = c.prepareStatement("INSERT OR IGNORE INTO article_tag (article_id, tag_id)"
                        + " SELECT article_id, ? FROM article_tag WHERE tag_id = ?");
                     PreparedStatement colour = c.prepareStatement("UPDATE tag SET colour ="
                             + " (SELECT colour FROM tag WHERE id = ?) WHERE id = ? AND colour IS NULL");
                     PreparedStatement delete = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                    move.setLong(1, intoId);
                    move.setLong(2, fromId);
                    move.executeUpdate();
                    colour.setLong(1, fromId);
                    colour.setLong(2, intoId);
                    colour.executeUpdate();
                    delete.setLong(1, fromId);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Removes the tag from every article and forgets it. */
    void deleteTag(String name) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Sets a tag's colour (CSS hex such as "#3b82f6"; null clears it), creating the tag if needed. */
    void setTagColour(String name, String colour) {
        String tag = cleanTag(name);
        if (tag == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new StoreException("A tag colour must be written like #3b82f6, not " + colour + ".");
        }
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try {
                w.canonicalNames(List.of(tag));
            } finally {
                w.close();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET colour = ? WHERE name = ?")) {
                ps.setString(1, colour);
                ps.setString(2, tag);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Tags worth offering for this article, not yet on it: existing tags whose name appears in
     * the title, its countries' names and primary sub-region, its source, and capitalised
     * title words. At most {@value #MAX_SUGGESTIONS}. Country codes are named by
     * countryName (the service's geography): the store names no country itself.
     */
    List<String> suggestTags(long id, Function<String, String> countryName) {
        return db.read(c -> {
            List<String> titleRow = Sql.strings(c, "SELECT coalesce(title, '') || char(10) || coalesce(source, '')"
                    + " FROM article WHERE id = ?", id);
            if (titleRow.isEmpty()) {
                return List.of();
            }
            String[] parts = titleRow.get(0).split("\n", 2);
            String title = parts[0];
            String source = parts.length > 1 ? parts[1] : "";
            Set<String> have = new HashSet<>();
            for (String t : Sql.strings(c, "SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                    + " WHERE x.article_id = ?", id)) {
                have.add(t.toLowerCase(Locale.ROOT));
            }
            LinkedHashMap<String, String> out = new LinkedHashMap<>();
            String lowerTitle = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
            for (String tag : Sql.strings(c, "SELECT name FROM tag ORDER BY name")) { // same connection: no nested read
                String n = " " + tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                if (n.isBlank()) {
                    continue;
                }
                if (lowerTitle.contains(n)) {
                    suggest(out, have, tag);
                }
            }
            for (String code : Sql.strings(c, "SELECT code FROM region_effective WHERE article_id = ? ORDER BY is_primary DESC",
                    id)) {
                suggest(out, have, countryName.apply(code));
            }
            for (String sub : Sql.strings(c, "SELECT sub_region FROM region_effective WHERE article_id = ?"
                    + " AND is_primary = 1 AND sub_region IS NOT NULL", id)) {
                suggest(out, have, sub);
            }
            if (!source.isBlank()) {
                suggest(out, have, source);
            }
            String[] words = title.split("[^\\p{L}\\p{N}'-]+");
            for (int i = 1; i < words.length; i++) {
                String w = words[i];
                if (w.length() >= 4 && Character.isUpperCase(w.codePointAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    suggest(out, have, w);
                }
            }
            return out.values().stream().limit(MAX_SUGGESTIONS).toList();
        });
    }

    private static void suggest(Map<String, String> out, Set<String> have, String name) {
        String clean = cleanTag(name);
        if (clean == null) {
            return;
        }
        String key = clean.toLowerCase(Locale.ROOT);
        if (!have.contains(key)) {
            out.putIfAbsent(key, clean);
        }
    }

    private static Long tagId(Connection c, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }


}

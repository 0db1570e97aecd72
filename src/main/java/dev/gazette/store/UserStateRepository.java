package dev.gazette.store;

import dev.gazette.model.RegionAssessment;
import dev.gazette.model.UserState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a person did to an article, kept apart from its content: read, starred, notes, and the
 * corrections of its countries and published date, which win over detection. A correction
 * rewrites the article's derived rows ({@code region_effective}, {@code listing}) in the same
 * transaction, so every list, count and filter follows it at once. Safe across threads: writes
 * go through the database's one writer.
 */
final class UserStateRepository {

    /** One corrected country of an article: id, code, rank, sub-region, continent. */
    static final String INSERT_CORRECTION = "INSERT OR IGNORE INTO region_correction"
            + " (article_id, code, rank, sub_region, continent) VALUES (?,?,?,?,?)";

    private final Database db;
    private final RegionGrouping grouping;

    UserStateRepository(Database db, RegionGrouping grouping) {
        this.db = db;
        this.grouping = grouping;
    }

    Optional<UserState> state(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT read, starred, notes, corrected_published,"
                    + " regions_corrected FROM user_state WHERE article_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    boolean read = rs.getInt(1) == 1;
                    boolean starred = rs.getInt(2) == 1;
                    String notes = rs.getString(3);
                    String correctedPublished = rs.getString(4);
                    boolean corrected = rs.getInt(5) == 1;
                    List<String> tags = Sql.strings(c, "SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                            + " WHERE x.article_id = ? ORDER BY t.name", id);
                    List<String> countries = corrected
                            ? Sql.strings(c, "SELECT code FROM region_correction WHERE article_id = ? ORDER BY rank", id)
                            : null;
                    return Optional.of(new UserState(id, read, starred, notes, tags, countries, correctedPublished));
                }
            }
        });
    }

    void setRead(Collection<Long> ids, boolean read) {
        setFlag(ids, "read", read);
    }

    void setStarred(Collection<Long> ids, boolean starred) {
        setFlag(ids, "starred", starred);
    }

    private void setFlag(Collection<Long> ids, String column, boolean value) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement state = c.prepareStatement("UPDATE user_state SET " + column + " = ? WHERE article_id = ?");
                 PreparedStatement listing = c.prepareStatement("UPDATE listing SET " + column + " = ? WHERE id = ?")) {
                for (long id : ids) {
                    for (PreparedStatement ps : List.of(state, listing)) {
                        ps.setInt(1, value ? 1 : 0);
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    void setNotes(long id, String notes) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_state SET notes = ? WHERE article_id = ?")) {
                ps.setString(1, notes == null || notes.isBlank() ? null : notes);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The person's own country list; null clears the correction (detection shows again). */
    void correctRegions(long id, List<String> countryCodes) {
        db.write(c -> {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM region_correction WHERE article_id = ?");
                 PreparedStatement flag = c.prepareStatement(
                         "UPDATE user_state SET regions_corrected = ? WHERE article_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
                flag.setInt(1, countryCodes == null ? 0 : 1);
                flag.setLong(2, id);
                if (flag.executeUpdate() == 0) {
                    return null; // no such article
                }
            }
            if (countryCodes != null) {
                try (PreparedStatement ins = c.prepareStatement(INSERT_CORRECTION)) {
                    writeCorrection(ins, id, countryCodes, grouping);
                }
            }
            refreshDerived(c, id);
            return null;
        });
    }

    /** Inserts a corrected country list (statement from {@link #INSERT_CORRECTION}), in the person's order. */
    static void writeCorrection(PreparedStatement ins, long id, List<String> countryCodes, RegionGrouping grouping)
            throws SQLException {
        int rank = 0;
        for (String raw : countryCodes) {
            String code = Sql.normaliseCode(raw);
            if (code == null) {
                continue;
            }
            String[] names = grouping.of(code, RegionAssessment.NONE);
            ins.setLong(1, id);
            ins.setString(2, code);
            ins.setInt(3, rank++);
            ins.setString(4, names[0]);
            ins.setString(5, names[1]);
            ins.executeUpdate();
        }
    }

    /** The person's own published date (ISO); null clears the correction. */
    void correctPublished(long id, String isoDate) {
        if (isoDate != null && Sql.dateOf(isoDate) == null) {
            throw new StoreException("Not a date: " + isoDate + " (expected a date such as 2019-04-06).");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_state SET corrected_published = ? WHERE article_id = ?")) {
                ps.setString(1, isoDate);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            refreshDerived(c, id);
            return null;
        });
    }

    /** Recomputes the derived rows (effective regions, listing) of one article from its tables. */
    static void refreshDerived(Connection c, long id) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM region_effective WHERE article_id = ?");
             PreparedStatement fromCorrection = c.prepareStatement("INSERT INTO region_effective"
                     + " (article_id, code, sub_region, continent, is_primary)"
                     + " SELECT article_id, code, sub_region, continent, rank = 0 FROM region_correction"
                     + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 1");
             PreparedStatement fromDetection = c.prepareStatement("INSERT INTO region_effective"
                     + " (article_id, code, sub_region, continent, is_primary)"
                     + " SELECT article_id, code, sub_region, continent, is_primary FROM region"
                     + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 0");
             PreparedStatement listing = c.prepareStatement("UPDATE listing SET"
                     + " published = (SELECT CASE WHEN s.corrected_published IS NOT NULL THEN substr(s.corrected_published, 1, 10)"
                     + "   ELSE (SELECT " + DETECTED_DATE_SQL + " FROM article a WHERE a.id = ?1) END"
                     + "   FROM user_state s WHERE s.article_id = ?1),"
                     + " country = (SELECT code FROM region_effective WHERE article_id = ?1 AND is_primary = 1),"
                     + " sub_region = (SELECT sub_region FROM region_effective WHERE article_id = ?1 AND is_primary = 1)"
                     + " WHERE id = ?1")) {
            del.setLong(1, id);
            del.executeUpdate();
            fromCorrection.setLong(1, id);
            fromCorrection.executeUpdate();
            fromDetection.setLong(1, id);
            fromDetection.executeUpdate();
            listing.setLong(1, id);
            listing.executeUpdate();
        }
    }

    /** SQL for the date part of article a's detected published value (NULL when not a date). */
    private static final String DETECTED_DATE_SQL =
            "CASE WHEN date(substr(a.published, 1, 10)) = substr(a.published, 1, 10) THEN substr(a.published, 1, 10) END";
}

package dev.gazette.store;

import dev.gazette.model.StoryCopy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static dev.gazette.store.StoryIdentity.anyApart;
import static dev.gazette.store.StoryIdentity.byIdentity;
import static dev.gazette.store.StoryIdentity.forgetApart;
import static dev.gazette.store.StoryIdentity.identity;
import static dev.gazette.store.StoryRows.addMember;
import static dev.gazette.store.StoryRows.copyTags;
import static dev.gazette.store.StoryRows.ensureStory;
import static dev.gazette.store.StoryRows.exists;
import static dev.gazette.store.StoryRows.hidden;
import static dev.gazette.store.StoryRows.lead;
import static dev.gazette.store.StoryRows.members;
import static dev.gazette.store.StoryRows.relead;
import static dev.gazette.store.StoryRows.show;
import static dev.gazette.store.StoryRows.storyOf;

/**
 * Stories of several copies (schema V7, docs/copies.md), the membership half: which articles
 * tell one story, which of them is the lead the lists show, detection's joins, the person's
 * splits and merges, and stories in an export and its restore. Finding the candidates is
 * {@link StoryIndex}'s job; the row work inside a transaction is {@link StoryRows}', an
 * article's identity across restores {@link StoryIdentity}'s. Every change is one transaction
 * that keeps the invariant of V7: in a story of several, only the lead has listing and
 * effective-region rows. Reached through {@link Library#stories()}.
 *
 * <p>Safe across threads, like {@link Library}: writes go through the library's one writer.
 */
public final class Stories {

    /**
     * A condition on article alias {@code a}: not a hidden member of a story, i.e. an article
     * that must have listing and effective-region rows (for checks such as the doctor's).
     */
    static final String SHOWN = " AND NOT EXISTS (SELECT 1 FROM story_member sm WHERE sm.article_id = a.id AND sm.hidden = 1)";

    /**
     * Texts a story may have before detection stops adding to it (the person can still merge).
     * A wire story saved from dozens of sites is rare; thousands of near-identical notices are
     * not one story, and a story that size would make every lead change slow.
     */
    public static final int MAX_DETECTED_MEMBERS = 50;

    private final Database db;

    Stories(Database db) {
        this.db = db;
    }

    // ---------------------------------------------------------------------------------------
    // Reading stories

    /** The story's texts: the lead first, then the other outlets' latest, then earlier versions. */
    public List<StoryCopy> copies(long articleId) {
        return db.read(c -> StoryRows.copies(c, articleId));
    }

    /** How many saved texts the story of each given article has (1 for a story of its own). */
    public Map<Long, Integer> counts(Collection<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (long id : ids) {
            out.put(id, 1);
        }
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT m.article_id, (SELECT count(*) FROM story_member x"
                    + " WHERE x.story = m.story) FROM story_member m WHERE m.article_id IN ("
                    + Sql.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** The id of the lead of the article's story (itself for a story of its own). */
    public long leadOf(long articleId) {
        return db.read(c -> lead(c, articleId));
    }

    /** True when the person split these two articles apart. */
    public boolean apart(long a, long b) {
        return db.read(c -> StoryIdentity.apart(c, a, b));
    }

    // ---------------------------------------------------------------------------------------
    // Grouping

    /**
     * Detection found that article is a copy or later version of into: the article joins into's
     * story unless the person split either from a member of it. Its tags, highlights and a note
     * the story lacks go to the story; the story's read and starred state becomes the article's.
     * Returns the story's lead afterwards, or -1 when the person's split forbids the grouping.
     */
    public long join(long article, long into) {
        return db.write(c -> {
            if (article == into || storyOf(c, article) != null && storyOf(c, article).equals(storyOf(c, into))) {
                return lead(c, into);
            }
            if (anyApart(c, article, members(c, into))) {
                return -1L;
            }
            if (storyOf(c, article) != null) {
                return -1L; // already in a story: detection never moves an article between stories
            }
            if (members(c, into).size() >= MAX_DETECTED_MEMBERS) {
                return -1L;
            }
            long story = ensureStory(c, into);
            addMember(c, article, story, false, false);
            return relead(c, story);
        });
    }

    /**
     * The person's merge: the stories of these articles become one (remembered as theirs, so
     * detection and re-import keep it). Returns the lead of the merged story.
     */
    public long merge(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            throw new StoreException("Nothing to merge.");
        }
        return db.write(c -> {
            for (long id : distinct) {
                if (!exists(c, id)) {
                    throw new StoreException("No article " + id + ".");
                }
            }
            long story = ensureStory(c, distinct.get(0));
            for (long id : distinct.subList(1, distinct.size())) {
                Long other = storyOf(c, id);
                List<Long> moving = other == null ? List.of(id) : members(c, id);
                for (long m : moving) {
                    if (other != null && other == story) {
                        continue;
                    }
                    forgetApart(c, m, members(c, distinct.get(0)));
                    boolean wasHidden = hidden(c, m);
                    if (other != null) {
                        Sql.update(c, "DELETE FROM story_member WHERE article_id = ?", m);
                    }
                    addMember(c, m, story, true, wasHidden);
                }
            }
            Sql.update(c, "UPDATE story_member SET manual = 1 WHERE story = ?", story);
            return relead(c, story);
        });
    }

    /**
     * The person's split: the article leaves its story and stands alone again, keeping the
     * story's tags, read, starred and note; detection never groups it with those members again.
     */
    public void split(long article) {
        db.write(c -> {
            Long story = storyOf(c, article);
            if (story == null) {
                return null;
            }
            long lead = lead(c, article);
            List<Long> others = new ArrayList<>(members(c, article));
            others.remove(article);
            String hash = identity(c, article);
            try (PreparedStatement ps = StoryIdentity.apartInsert(c)) {
                for (long o : others) {
                    String h = identity(c, o);
                    if (hash != null && !hash.equals(h)) {
                        StoryIdentity.recordApart(ps, hash, h);
                    }
                }
            }
            boolean wasHidden = hidden(c, article);
            Sql.update(c, "DELETE FROM story_member WHERE article_id = ?", article);
            if (wasHidden) {
                show(c, article);
                copyTags(c, lead, article);
            }
            if (others.size() == 1) {
                long last = others.get(0);
                if (hidden(c, last)) {
                    Sql.update(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", last);
                    show(c, last);
                }
                if (!wasHidden) {
                    copyTags(c, article, last);
                }
                Sql.update(c, "DELETE FROM story_member WHERE article_id = ?", last);
            } else if (!wasHidden) {
                long next = relead(c, story);
                copyTags(c, article, next);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------
    // Export and restore (LibraryExchange)

    /** The ids with, after each lead, the hidden members of its story (an export writes them all). */
    List<Long> withHiddenMembers(List<Long> ids) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            for (long id : ids) {
                out.add(id);
                out.addAll(Sql.longs(c, "SELECT h.article_id FROM story_member m JOIN story_member h"
                        + " ON h.story = m.story AND h.hidden = 1 WHERE m.article_id = ? AND m.hidden = 0"
                        + " ORDER BY h.article_id", id));
            }
            return out;
        });
    }

    /** Stories among these articles, each as the identities (body hash and address) of its members (two or more). */
    List<List<String>> storiesByHash(Collection<Long> ids) {
        Map<Long, List<String>> byStory = new LinkedHashMap<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.story, a.body_hash || coalesce(char(10) || a.canonical_url, '')"
                    + " FROM story_member m JOIN article a ON a.id = m.article_id"
                    + " WHERE m.article_id = ? AND a.body_hash IS NOT NULL")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            byStory.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            return null;
        });
        return byStory.values().stream().filter(l -> l.size() > 1).toList();
    }

    /** Every pair the person split apart, as identities (body hash and address). */
    List<List<String>> apartPairs() {
        return db.read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hash_a, hash_b FROM story_apart ORDER BY 1, 2");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** Puts exported stories and splits back: members found by body hash, merged as the person's. */
    void restore(List<List<String>> stories, List<List<String>> apart) {
        db.write(c -> {
            try (PreparedStatement ps = StoryIdentity.apartInsert(c)) {
                for (List<String> pair : apart) {
                    if (pair.size() == 2) {
                        StoryIdentity.recordApart(ps, pair.get(0), pair.get(1));
                    }
                }
            }
            return null;
        });
        for (List<String> hashes : stories) {
            List<Long> ids = db.read(c -> {
                List<Long> out = new ArrayList<>();
                for (String h : hashes) {
                    out.addAll(byIdentity(c, h));
                }
                return out;
            });
            if (new LinkedHashSet<>(ids).size() > 1) {
                merge(ids);
            }
        }
    }

    /**
     * After articles were deleted (same transaction): a story that lost its lead gets a new
     * one, a story left with one member becomes an article of its own again.
     */
    static void repair(Connection c) throws SQLException {
        StoryRows.repair(c);
    }
}

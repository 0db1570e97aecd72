package dev.gazette.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.Highlight;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Highlights in the library export: each exported article carries an optional
 * {@code "highlights"} list (exact, prefix, suffix, start, colour, note, created, orphaned);
 * readers that don't know it ignore it, so the export version stays 1. On import the
 * highlights follow their article, found by its body hash: when the article was already in
 * the library (a duplicate), they are added to it, except those it already has. Anchors are
 * checked again when the highlights are next read. Not shared: one instance per import.
 */
final class HighlightExchange {

    static final String FIELD = "highlights";

    private final List<ArticleRecord> records = new ArrayList<>();
    private final List<List<Highlight>> highlights = new ArrayList<>();
    private int restored;

    /** The article's JSON, with its highlights when it has any. */
    static JsonNode withHighlights(ObjectMapper mapper, ArticleRecord record, List<Highlight> hs) {
        ObjectNode node = mapper.valueToTree(record);
        if (!hs.isEmpty()) {
            ArrayNode array = node.putArray(FIELD);
            for (Highlight h : hs) {
                ObjectNode n = array.addObject();
                n.put("exact", h.exact());
                n.put("prefix", h.prefix());
                n.put("suffix", h.suffix());
                n.put("start", h.start());
                n.put("colour", h.colour());
                if (h.note() != null) {
                    n.put("note", h.note());
                }
                n.put("created", h.created().toString());
                if (h.orphaned()) {
                    n.put("orphaned", true);
                }
            }
        }
        return node;
    }

    /** Remembers the highlights of an article read from an export, to restore after it is added. */
    void remember(ArticleRecord record, JsonNode node, List<String> problems) {
        JsonNode array = node.get(FIELD);
        if (array == null || !array.isArray() || array.isEmpty()) {
            return;
        }
        List<Highlight> hs = new ArrayList<>();
        for (JsonNode n : array) {
            String exact = n.path("exact").asText("");
            if (exact.isEmpty()) {
                problems.add("Skipped a highlight with no text in \"" + record.title() + "\"");
                continue;
            }
            Instant created = null;
            try {
                created = n.hasNonNull("created") ? Instant.parse(n.get("created").asText()) : null;
            } catch (RuntimeException ignored) {
                // keep it, dated now
            }
            hs.add(new Highlight(0, 0, exact, n.path("prefix").asText(""), n.path("suffix").asText(""),
                    n.path("start").asInt(0), n.path("colour").asText(null),
                    n.hasNonNull("note") ? n.get("note").asText() : null, created, n.path("orphaned").asBoolean(false)));
        }
        records.add(record);
        highlights.add(hs);
    }

    /** Adds the remembered highlights to their articles (now in the library); returns how many. */
    int restore(Rooms rooms) {
        if (records.isEmpty()) {
            return 0;
        }
        Highlights store = rooms.highlights();
        int added = 0;
        for (int i = 0; i < records.size(); i++) {
            ArticleRecord r = records.get(i);
            Long id = articleOf(rooms, r);
            if (id == null) {
                continue;
            }
            List<Highlight> have = store.forArticle(id);
            List<Highlight> fresh = new ArrayList<>();
            for (Highlight h : highlights.get(i)) {
                boolean known = have.stream().anyMatch(x -> x.exact().equals(h.exact())
                        && Objects.equals(x.prefix(), h.prefix()) && Objects.equals(x.suffix(), h.suffix()))
                        || fresh.stream().anyMatch(x -> x.exact().equals(h.exact()) && x.start() == h.start());
                if (!known) {
                    fresh.add(h.withId(0, id));
                }
            }
            store.addAll(fresh);
            added += fresh.size();
        }
        records.clear();
        highlights.clear();
        restored += added;
        return added;
    }

    int restored() {
        return restored;
    }

    /** The library's article for an exported one: by body hash, else by title and date. */
    private static Long articleOf(Rooms rooms, ArticleRecord r) {
        return rooms.database().read(c -> {
            String sql = r.bodyHash() != null
                    ? "SELECT id FROM article WHERE body_hash = ? ORDER BY id LIMIT 1"
                    : "SELECT id FROM article WHERE title IS ? AND published IS ? ORDER BY id DESC LIMIT 1";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (r.bodyHash() != null) {
                    ps.setString(1, r.bodyHash());
                } else {
                    ps.setString(1, r.title());
                    ps.setString(2, r.published());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
    }
}

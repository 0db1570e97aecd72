package dev.gazette.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads wallabag's JSON export: an array of entries, each giving one document (format
 * WALLABAG_JSON) with the entry's HTML as content, {@code url}, {@code created_at} as savedAt,
 * {@code tags} (strings or objects with a {@code label}), and hints {@code title},
 * {@code author} (from {@code published_by}), {@code published}, {@code language}, {@code site}
 * (from {@code domain_name}), {@code read} and {@code starred} ("true"/"false"). The file is
 * recognised by its content: a JSON array whose entries have {@code url} and {@code content}.
 * Unknown fields are ignored; entries without content are left out. Stateless and thread-safe.
 */
final class WallabagReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WallabagReader() {
    }

    static List<SourceDocument> read(FileInput in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in.bytes());
        } catch (JsonProcessingException e) {
            throw new IOException("not a supported export (not valid JSON: " + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException("not a supported export (Gazette reads wallabag's JSON export, a list of articles)");
        }
        boolean recognised = false;
        for (JsonNode entry : root) {
            if (entry.isObject() && entry.has("url") && entry.has("content")) {
                recognised = true;
                break;
            }
        }
        if (!recognised) {
            throw new IOException("not a supported export (no entries with url and content, as wallabag writes)");
        }
        List<SourceDocument> docs = new ArrayList<>();
        for (JsonNode entry : root) {
            if (!entry.isObject()) {
                continue;
            }
            String content = text(entry, "content");
            if (content == null || content.isBlank()) {
                continue;
            }
            Map<String, String> hints = new HashMap<>();
            put(hints, "title", text(entry, "title"));
            String published = text(entry, "published_at");
            if (published != null) {
                String iso = ContainerDates.isoText(published);
                hints.put("published", iso != null ? iso : published);
            }
            List<String> authors = names(entry.get("published_by"));
            if (!authors.isEmpty()) {
                hints.put("author", String.join(", ", authors));
            }
            put(hints, "language", text(entry, "language"));
            put(hints, "site", text(entry, "domain_name"));
            Boolean read = flag(entry.get("is_archived"));
            if (read != null) {
                hints.put("read", read.toString());
            }
            Boolean starred = flag(entry.get("is_starred"));
            if (starred != null) {
                hints.put("starred", starred.toString());
            }
            Instant created = ContainerDates.parse(text(entry, "created_at"));
            docs.add(new SourceDocument(in.fileName(), SourceFormat.WALLABAG_JSON, TextDecoder.cap(content), "UTF-8",
                    text(entry, "url"), created != null ? created : in.modified(), SaveTime.hints(hints, created), tags(entry.get("tags")),
                    List.of()));
        }
        if (docs.isEmpty()) {
            throw new IOException("the export holds no articles with content");
        }
        return docs;
    }

    private static void put(Map<String, String> hints, String key, String value) {
        if (value != null && !value.isBlank()) {
            hints.put(key, value.trim());
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText();
        return s.isBlank() ? null : s;
    }

    /** published_by: an array of names, or one name. */
    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (n.isValueNode() && !n.isNull() && !n.asText().isBlank()) {
                    out.add(n.asText().trim());
                }
            }
        } else if (node.isValueNode() && !node.asText().isBlank()) {
            out.add(node.asText().trim()); // one name instead of a list
        }
        return out;
    }

    /** tags: strings or objects with a label (older exports) or slug. */
    private static List<String> tags(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null || !node.isArray()) {
            return List.of();
        }
        for (JsonNode tag : node) {
            String label = null;
            if (tag.isObject()) {
                JsonNode l = tag.has("label") ? tag.get("label") : tag.get("slug");
                label = l == null || l.isNull() || l.isContainerNode() ? null : l.asText();
            } else if (tag.isValueNode() && !tag.isNull()) {
                label = tag.asText();
            }
            if (label != null && !label.isBlank()) {
                out.add(label.trim());
            }
        }
        return new ArrayList<>(out);
    }

    /** 1/0, true/false, "1"/"0", "true"/"false"; null when absent or something else. */
    private static Boolean flag(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.intValue() != 0;
        }
        String s = node.asText().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "1", "true", "yes" -> Boolean.TRUE;
            case "0", "false", "no", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}

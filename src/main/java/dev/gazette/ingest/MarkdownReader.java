package dev.gazette.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown clipping as browser web clippers write it: YAML front matter between
 * {@code ---} lines, then the article as Markdown. From the front matter: {@code title},
 * {@code author}, {@code published}, {@code description}, {@code site}, {@code language} become
 * hints; {@code source} (or {@code url}, {@code link}) the url; {@code created} (or
 * {@code clipped}, {@code saved}) savedAt; {@code tags} (a list or a comma-separated string) the
 * tags, commas separating tags inside a list item too (Gazette's one tag grammar). Front matter that is not valid YAML is kept as part of the body; this never throws for
 * it. Stateless and thread-safe.
 */
final class MarkdownReader {

    /** Front matter: "---" on the first line, YAML, then "---" or "..." on a line of its own. */
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);
    /** Front matter is looked for in this many leading chars only. */
    private static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;

    private static final List<String> URL_KEYS = List.of("source", "url", "link", "original_url");
    private static final List<String> SAVED_KEYS = List.of("created", "clipped", "saved", "date_saved");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "by");
    private static final List<String> TAG_KEYS = List.of("tags", "tag", "keywords");
    /** Front matter keys copied into hints as they are, and the hint they become. */
    private static final List<Map.Entry<String, String>> HINT_KEYS = List.of(
            Map.entry("title", "title"), Map.entry("published", "published"),
            Map.entry("description", "description"), Map.entry("site", "site"), Map.entry("site_name", "site"),
            Map.entry("language", "language"), Map.entry("lang", "language"));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private MarkdownReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(in.bytes());
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IOException("the file holds no text");
        }
        String head = text.length() > MAX_FRONT_MATTER_CHARS ? text.substring(0, MAX_FRONT_MATTER_CHARS) : text;
        Matcher m = FRONT_MATTER.matcher(head);
        JsonNode front = null;
        String body = text;
        if (m.find()) {
            front = parseYaml(m.group(1));
            if (front != null) {
                body = text.substring(m.end());
            }
        }
        Map<String, String> hints = new HashMap<>();
        List<String> tags = List.of();
        String url = null;
        Instant saved = null;
        if (front != null) {
            for (Map.Entry<String, String> key : HINT_KEYS) {
                String value = scalar(front.get(key.getKey()));
                String hint = key.getValue();
                if (value != null && !hints.containsKey(hint)) {
                    hints.put(hint, hint.equals("published") ? isoOrRaw(value) : value);
                }
            }
            String author = firstList(front, AUTHOR_KEYS);
            if (author != null) {
                hints.put("author", author);
            }
            url = firstScalar(front, URL_KEYS);
            String created = firstScalar(front, SAVED_KEYS);
            saved = ContainerDates.parse(created);
            tags = tags(front);
        }
        return new SourceDocument(in.fileName(), SourceFormat.MARKDOWN, body, decoded.charset(), url,
                saved != null ? saved : in.modified(), SaveTime.hints(hints, saved), tags, List.of());
    }

    /** The YAML as an object, or null when it is not valid YAML or not a mapping. */
    private static JsonNode parseYaml(String yaml) {
        if (yaml.isBlank()) {
            return YAML.createObjectNode();
        }
        try {
            JsonNode node = YAML.readTree(yaml);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String firstScalar(JsonNode front, List<String> keys) {
        for (String key : keys) {
            String value = scalar(front.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A list of names joined with ", " (or a single name), wiki-link brackets removed. */
    private static String firstList(JsonNode front, List<String> keys) {
        for (String key : keys) {
            List<String> values = strings(front.get(key), false);
            if (!values.isEmpty()) {
                return String.join(", ", values);
            }
        }
        return null;
    }

    private static List<String> tags(JsonNode front) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : TAG_KEYS) {
            for (String tag : strings(front.get(key), true)) {
                String t = tag.startsWith("#") ? tag.substring(1).trim() : tag;
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    /** Strings from a scalar or a list (of scalars or of objects with a name/label). */
    private static List<String> strings(JsonNode node, boolean splitCommas) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                // a list item with commas in it is several tags, as everywhere in Gazette (docs/formats.md)
                add(out, item.isObject() ? scalar(item.has("name") ? item.get("name") : item.get("label")) : scalar(item),
                        splitCommas);
            }
        } else if (node.isObject()) {
            add(out, scalar(node.has("name") ? node.get("name") : node.get("label")), false);
        } else {
            add(out, scalar(node), splitCommas);
        }
        return out;
    }

    /** Adds s (if any), or with splitCommas each of its comma-separated parts, unwrapped and trimmed. */
    private static void add(List<String> out, String s, boolean splitCommas) {
        if (s == null) {
            return;
        }
        if (!splitCommas) {
            out.add(s);
            return;
        }
        for (String part : s.split(",")) {
            String p = unlink(part.trim());
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    /** A scalar's text, trimmed, wiki-link brackets removed; null for nothing, lists, objects. */
    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = unlink(node.asText().trim());
        return s.isEmpty() ? null : s;
    }

    /** "[[Jo Testwell]]" (Obsidian) becomes "Jo Testwell". */
    private static String unlink(String s) {
        if (s.startsWith("[[") && s.endsWith("]]") && s.length() > 4) {
            String inner = s.substring(2, s.length() - 2);
            int bar = inner.indexOf('|');
            return (bar >= 0 ? inner.substring(bar + 1) : inner).trim();
        }
        return s;
    }

    private static String isoOrRaw(String value) {
        String iso = ContainerDates.isoText(value);
        return iso != null ? iso : value;
    }
}

package dev.gazette.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.CountryMention;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads the library export document (export, and restore into a library: the
 * restore's writes live here, beside the format they read), and renders one article as
 * Markdown or as a standalone HTML page. The JSON document is streamed both ways, so memory does not grow with
 * the size of the library. Not shared: one instance per export or import.
 */
final class LibraryExchange {

    static final String FORMAT = "gazette-library";
    static final int VERSION = 1;
    static final String JSON_ENTRY = "library.json";
    static final String ORIGINALS_PREFIX = "originals/";
    /** Articles read per database round trip when exporting, and per transaction when importing. */
    static final int BATCH = 500;

    /** JSON nested deeper than this is refused (an export is four levels deep; 100,000-deep documents exist to break parsers). */
    static final int MAX_JSON_DEPTH = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH).build()).build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);

    private final Rooms rooms;

    LibraryExchange(Rooms rooms) {
        this.rooms = rooms;
    }

    // Export ------------------------------------------------------------------------------

    void export(ArticleQuery filter, OutputStream out, boolean withOriginals) {
        try {
            if (!withOriginals) {
                writeDocument(filter, out, null);
                out.flush();
                return;
            }
            ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // finish the zip, leave the caller's stream open
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            });
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            Set<String> hashes = new LinkedHashSet<>();
            writeDocument(filter, zip, hashes);
            zip.closeEntry();
            for (String hash : hashes) {
                var gz = rooms.blobs().getCompressed(hash);
                if (gz.isPresent()) {
                    ZipEntry e = new ZipEntry(ORIGINALS_PREFIX + hash + ".gz");
                    e.setMethod(ZipEntry.DEFLATED);
                    zip.putNextEntry(e);
                    zip.write(gz.get());
                    zip.closeEntry();
                }
            }
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new StoreException("Could not write the export: " + e.getMessage(), e);
        }
    }

    private void writeDocument(ArticleQuery filter, OutputStream out, Set<String> hashes) throws IOException {
        Map<String, String> usedTags = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        for (TagInfo t : rooms.tagRepository().tags()) {
            colours.put(t.name(), t.colour());
        }
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("exportedAt", Instant.now().toString());
            g.writeArrayFieldStart("articles");
            long after = 0;
            StoryExchange stories = new StoryExchange();
            while (true) {
                List<Long> ids = rooms.searchRepository().idsAfter(filter, after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                for (long id : stories.withHiddenMembers(rooms, ids)) {
                    var r = record(id);
                    if (r.isEmpty()) {
                        continue; // deleted meanwhile
                    }
                    ArticleRecord rec = r.get();
                    MAPPER.writeTree(g, HighlightExchange.withHighlights(MAPPER, rec, rooms.highlights().forArticle(id)));
                    for (String t : rec.tags()) {
                        usedTags.putIfAbsent(t, colours.get(t));
                    }
                    if (hashes != null) {
                        if (rec.originalHash() != null) {
                            hashes.add(rec.originalHash());
                        }
                        rec.resources().forEach(res -> hashes.add(res.hash()));
                    }
                }
                after = ids.get(ids.size() - 1);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            for (Map.Entry<String, String> t : usedTags.entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", t.getKey());
                if (t.getValue() != null) {
                    g.writeStringField("colour", t.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            stories.write(rooms, g);
            g.writeEndObject();
        }
    }

    // Import ------------------------------------------------------------------------------

    /** Restores from a stream: staged to a temporary file in the library folder, then as {@link #importFrom(Path, RestoreRules)}. */
    ImportSummary importFrom(InputStream raw, RestoreRules rules) {
        try (RestoreInput input = RestoreInput.stage(raw, rooms.directory())) {
            return apply(input, rules);
        } catch (RuntimeException e) {
            throw nothingChanged(e);
        }
    }

    /**
     * Restores an export file all or nothing: the file is checked whole first (zip structure,
     * entry names, every original within the limits and matching its hash), then every article
     * is read, checked with the rules and added in one transaction, the originals stored last;
     * on any error the transaction is rolled back, the originals it stored are removed, and the
     * exception says that nothing was changed.
     */
    ImportSummary importFrom(java.nio.file.Path file, RestoreRules rules) {
        try (RestoreInput input = RestoreInput.open(file, rooms.directory())) {
            return apply(input, rules);
        } catch (RuntimeException e) {
            throw nothingChanged(e);
        }
    }

    private static StoreException nothingChanged(RuntimeException e) {
        String why = e instanceof StoreException ? e.getMessage() : "Could not read the export: " + e;
        return new StoreException(why + " Nothing was restored: the library is as it was.", e);
    }

    private ImportSummary apply(RestoreInput input, RestoreRules rules) {
        List<String> created = new ArrayList<>();
        try {
            return rooms.database().write(c -> {
                Counts counts = new Counts();
                try (InputStream in = input.json()) {
                    importDocument(in, counts, rules);
                }
                for (String hash : input.originalHashes()) {
                    try (InputStream gz = input.original(hash)) {
                        if (rooms.blobs().putVerifiedCompressed(hash, gz)) {
                            created.add(hash);
                        }
                    }
                    counts.originals++;
                }
                return counts.summary();
            });
        } catch (RuntimeException e) {
            created.forEach(rooms.blobs()::delete);
            throw e;
        }
    }

    private static final class Counts {
        int imported;
        int duplicates;
        int originals;
        final List<String> problems = new ArrayList<>();
        final HighlightExchange highlights = new HighlightExchange();
        final StoryExchange stories = new StoryExchange();

        ImportSummary summary() {
            return new ImportSummary(imported, duplicates, originals, problems);
        }
    }

    private void importDocument(InputStream in, Counts counts, RestoreRules rules) throws IOException {
        Map<String, String> colours = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StoreException("Not a Gazette library export (expected a JSON object).");
            }
            String format = null;
            Integer version = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "version" -> version = p.getValueAsInt(-1);
                    case "articles" -> {
                        // keys may come in any order (jq -S sorts them): format and version are checked at the end
                        if (value != JsonToken.START_ARRAY) {
                            throw new StoreException("The export's \"articles\" is not a list.");
                        }
                        List<ArticleRecord> batch = new ArrayList<>(BATCH);
                        int index = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode node = MAPPER.readTree(p);
                            index++;
                            if (node == null || !node.isObject()) {
                                throw new StoreException("Article " + index + " is " + (node == null || node.isNull()
                                        ? "null" : "not an object (" + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")") + ".");
                            }
                            ArticleRecord rec;
                            try {
                                rec = MAPPER.treeToValue(node, ArticleRecord.class);
                            } catch (JsonProcessingException bad) {
                                throw new StoreException("Article " + index + " could not be read: " + bad.getOriginalMessage());
                            }
                            rec = RestoreChecks.checked(rec, index, rules);
                            batch.add(rec);
                            counts.highlights.remember(rec, node, counts.problems);
                            if (batch.size() == BATCH) {
                                flush(batch, counts);
                            }
                        }
                        flush(batch, counts);
                    }
                    case "tags" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                JsonNode t = MAPPER.readTree(p);
                                if (t.hasNonNull("name")) {
                                    colours.put(t.get("name").asText(), t.hasNonNull("colour") ? t.get("colour").asText() : null);
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    case StoryExchange.STORIES, StoryExchange.APART -> counts.stories.read(field, p, value);
                    default -> p.skipChildren();
                }
            }
            check(format, version);
        } catch (JsonProcessingException e) {
            throw new StoreException("The export is not valid JSON: " + e.getOriginalMessage(), e);
        }
        counts.stories.restore(rooms);
        for (Map.Entry<String, String> t : colours.entrySet()) {
            if (t.getValue() != null) {
                try {
                    rooms.tagRepository().setTagColour(t.getKey(), t.getValue());
                } catch (StoreException bad) {
                    counts.problems.add("Tag " + t.getKey() + ": " + bad.getMessage());
                }
            }
        }
    }

    private static void check(String format, Integer version) {
        if (!FORMAT.equals(format)) {
            throw new StoreException("Not a Gazette library export (format is " + format + ").");
        }
        if (version == null || version < 1) {
            throw new StoreException("The export has no valid version.");
        }
        if (version > VERSION) {
            throw new StoreException("This export was written by a newer Gazette (export version " + version
                    + ", this program reads up to " + VERSION + "). Update Gazette to import it.");
        }
    }

    private void flush(List<ArticleRecord> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        int[] done = restore(batch);
        counts.highlights.restore(rooms);
        counts.imported += done[0];
        counts.duplicates += done[1];
        batch.clear();
    }

    /** Everything stored about one article, as the export writes it. */
    private Optional<ArticleRecord> record(long id) {
        // one read connection at a time: the helpers below each take their own
        Optional<Article> a = rooms.articleRepository().article(id);
        Optional<UserState> s = rooms.stateRepository().state(id);
        if (a.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        Article art = a.get();
        UserState st = s.get();
        List<String> files = rooms.articleRepository().sourceFiles(id);
        Instant added = rooms.articleRepository().addedAt(id).orElse(art.addedAt());
        return rooms.database().read(c -> {
            ExtractedArticle x = art.content();
            List<ArticleRecord.Region> regions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, score, evidence, is_primary, sub_region,"
                    + " continent FROM region WHERE article_id = ? ORDER BY rank")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        regions.add(new ArticleRecord.Region(rs.getString(1), rs.getDouble(2),
                                Sql.parseList(rs.getString(3)), rs.getInt(4) == 1, rs.getString(5), rs.getString(6)));
                    }
                }
            }
            List<ArticleRecord.Resource> resources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT location, media_type, hash, size FROM resource WHERE article_id = ? ORDER BY location")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        resources.add(new ArticleRecord.Resource(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4)));
                    }
                }
            }
            ArticleRecord.Corrections corrections = st.correctedCountries() == null && st.correctedPublished() == null
                    ? null : new ArticleRecord.Corrections(st.correctedCountries(), st.correctedPublished());
            return Optional.of(new ArticleRecord(x.title(), x.published(), x.updated(), x.author(), x.source(),
                    x.site(), x.language(), x.url(), x.description(), x.leadImage(),
                    art.format() == null ? null : art.format().name(), art.originalName(), art.originalHash(),
                    art.bodyHash(), added.toString(), st.read(), st.starred(), st.notes(), st.tags(), regions,
                    corrections, files, resources, x.bodyText(), x.bodyHtml()));
        });
    }

    /**
     * Adds exported articles in one transaction, skipping those whose body hash is present:
     * content and detected regions through the article repository's inserter, then what the
     * export adds (added time, notes, corrections, source files, resources, originals).
     */
    private int[] restore(List<ArticleRecord> records) {
        RegionGrouping grouping = rooms.grouping();
        return rooms.database().write(c -> {
            int imported = 0;
            int duplicates = 0;
            ArticleRepository.Inserter ins = rooms.articleRepository().inserter(c);
            // the same text from another address is another copy of a story (V7), not a duplicate
            try (PreparedStatement byHash = c.prepareStatement("SELECT 1 FROM article WHERE body_hash = ?"
                    + " AND (canonical_url IS NULL OR ? IS NULL OR canonical_url = ?) LIMIT 1");
                 PreparedStatement original = c.prepareStatement(
                         "UPDATE article SET original_hash = ? WHERE id = ?");
                 PreparedStatement stateAdded = c.prepareStatement(
                         "UPDATE user_state SET added_at = ?, notes = ?, corrected_published = ? WHERE article_id = ?");
                 PreparedStatement regionNames = c.prepareStatement(
                         "UPDATE region SET sub_region = ?, continent = ? WHERE article_id = ? AND code = ?");
                 PreparedStatement sourceFile = c.prepareStatement(
                         "INSERT OR IGNORE INTO source_file (article_id, path, added_at) VALUES (?,?,?)");
                 PreparedStatement resource = c.prepareStatement("INSERT OR IGNORE INTO resource"
                         + " (article_id, location, media_type, hash, size) VALUES (?,?,?,?,?)");
                 PreparedStatement correction = c.prepareStatement(UserStateRepository.INSERT_CORRECTION);
                 PreparedStatement corrected = c.prepareStatement(
                         "UPDATE user_state SET regions_corrected = 1 WHERE article_id = ?")) {
                for (ArticleRecord r : records) {
                    if (r.bodyHash() != null) {
                        byHash.setString(1, r.bodyHash());
                        byHash.setString(2, UrlCanonicalizer.canonical(r.url()));
                        byHash.setString(3, UrlCanonicalizer.canonical(r.url()));
                        try (ResultSet rs = byHash.executeQuery()) {
                            if (rs.next()) {
                                duplicates++;
                                continue;
                            }
                        }
                    }
                    long added = parseInstant(r.addedAt());
                    ExtractedArticle x = new ExtractedArticle(r.title(), r.published(), r.updated(), r.author(),
                            r.source(), r.site(), r.language(), r.url(), r.description(), r.leadImage(), r.bodyText(),
                            r.bodyHtml());
                    List<CountryMention> mentions = new ArrayList<>();
                    String primary = null;
                    String primarySub = null;
                    String primaryContinent = null;
                    for (ArticleRecord.Region g : r.regions()) {
                        mentions.add(new CountryMention(g.code(), g.score(), g.evidence()));
                        if (g.primary()) {
                            primary = g.code();
                            primarySub = g.subRegion();
                            primaryContinent = g.continent();
                        }
                    }
                    SourceFormat format = ArticleRepository.parseFormat(r.format());
                    NewArticle n = new NewArticle(x, new RegionAssessment(mentions, primary, primarySub, primaryContinent),
                            format, r.bodyHash(), r.originalName(), null, List.of(), r.tags(),
                            r.sourceFiles().isEmpty() ? null : r.sourceFiles().get(0), r.read(), r.starred());
                    long id = ins.insert(n, added);
                    imported++;
                    if (r.originalHash() != null && BlobStore.isHash(r.originalHash())) {
                        original.setString(1, r.originalHash());
                        original.setLong(2, id);
                        original.executeUpdate();
                    }
                    stateAdded.setLong(1, added);
                    stateAdded.setString(2, r.notes());
                    stateAdded.setString(3, r.corrections() == null ? null : r.corrections().published());
                    stateAdded.setLong(4, id);
                    stateAdded.executeUpdate();
                    for (ArticleRecord.Region g : r.regions()) {
                        if (g.subRegion() != null || g.continent() != null) {
                            regionNames.setString(1, g.subRegion());
                            regionNames.setString(2, g.continent());
                            regionNames.setLong(3, id);
                            regionNames.setString(4, Sql.normaliseCode(g.code()));
                            regionNames.executeUpdate();
                        }
                    }
                    for (String path : r.sourceFiles()) {
                        sourceFile.setLong(1, id);
                        sourceFile.setString(2, path);
                        sourceFile.setLong(3, added);
                        sourceFile.executeUpdate();
                    }
                    for (ArticleRecord.Resource res : r.resources()) {
                        if (res.location() == null || !BlobStore.isHash(res.hash())) {
                            continue;
                        }
                        resource.setLong(1, id);
                        resource.setString(2, res.location());
                        resource.setString(3, res.mediaType());
                        resource.setString(4, res.hash());
                        resource.setLong(5, res.size());
                        resource.executeUpdate();
                    }
                    if (r.corrections() != null && r.corrections().countries() != null) {
                        UserStateRepository.writeCorrection(correction, id, r.corrections().countries(), grouping);
                        corrected.setLong(1, id);
                        corrected.executeUpdate();
                    }
                    UserStateRepository.refreshDerived(c, id);
                }
            } finally {
                ins.close();
            }
            return new int[] {imported, duplicates};
        });
    }

    private static long parseInstant(String s) {
        if (s != null) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (RuntimeException ignored) {
                // fall through to now
            }
        }
        return System.currentTimeMillis();
    }

    // One article as Markdown or HTML --------------------------------------------------------

    /** The article as Markdown: YAML front matter (title, dates, source, tags, …) and its text. */
    String markdown(long id) {
        return markdown(record(id).orElseThrow(() -> new StoreException("No article " + id + ".")));
    }

    /** The article as a standalone HTML page built from its reading HTML (resources inlined). */
    String html(long id) {
        ArticleRecord r = record(id).orElseThrow(() -> new StoreException("No article " + id + "."));
        return html(r, rooms.articleRepository().resources(id));
    }

    static String markdown(ArticleRecord r) {
        StringBuilder sb = new StringBuilder("---\n");
        field(sb, "title", r.title());
        field(sb, "published", r.corrections() != null && r.corrections().published() != null
                ? r.corrections().published() : r.published());
        field(sb, "updated", r.updated());
        field(sb, "author", r.author());
        field(sb, "source", r.source());
        field(sb, "site", r.site());
        field(sb, "url", r.url());
        field(sb, "language", r.language());
        field(sb, "description", r.description());
        List<String> countries = r.corrections() != null && r.corrections().countries() != null
                ? r.corrections().countries()
                : r.regions().stream().map(ArticleRecord.Region::code).toList();
        list(sb, "countries", countries);
        list(sb, "tags", r.tags());
        field(sb, "added", r.addedAt());
        if (Boolean.TRUE.equals(r.starred())) {
            sb.append("starred: true\n");
        }
        field(sb, "notes", r.notes());
        sb.append("---\n\n");
        if (r.title() != null) {
            sb.append("# ").append(r.title().replace('\n', ' ')).append("\n\n");
        }
        if (r.bodyText() != null) {
            sb.append(r.bodyText().strip()).append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(key).append(": ").append(yamlString(value)).append('\n');
        }
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            sb.append(key).append(": [");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(yamlString(values.get(i)));
            }
            sb.append("]\n");
        }
    }

    /** A double-quoted YAML scalar (JSON string syntax is valid YAML). */
    static String yamlString(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(ArticleRecord r, List<EmbeddedResource> resources) {
        String body = r.bodyHtml() != null ? r.bodyHtml() : paragraphs(r.bodyText());
        for (EmbeddedResource res : resources) {
            if (res.location() == null || res.location().isEmpty()) {
                continue;
            }
            String type = res.mediaType() == null || !res.mediaType().matches("[\\w.+-]+/[\\w.+-]+")
                    ? "application/octet-stream" : res.mediaType();
            String data = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(res.data());
            body = body.replace("\"" + escape(res.location()) + "\"", "\"" + data + "\"")
                    .replace("\"" + res.location() + "\"", "\"" + data + "\"");
        }
        StringBuilder meta = new StringBuilder();
        for (String part : new String[] {r.source() != null ? r.source() : r.site(),
            r.corrections() != null && r.corrections().published() != null ? r.corrections().published() : r.published(),
            r.author()}) {
            if (part != null && !part.isBlank()) {
                meta.append(meta.length() == 0 ? "" : " · ").append(escape(part));
            }
        }
        String lang = r.language() != null && r.language().matches("[A-Za-z-]{2,12}") ? r.language() : "en";
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                  + " style-src 'unsafe-inline'\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>").append(escape(r.title() == null ? "Article" : r.title())).append("</title>\n")
          .append("<style>body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif;color:#222}"
                  + "img{max-width:100%;height:auto}.meta{color:#666;font:14px/1.4 sans-serif}</style>\n")
          .append("</head>\n<body>\n<article>\n<h1>").append(escape(r.title() == null ? "" : r.title())).append("</h1>\n");
        if (meta.length() > 0) {
            sb.append("<p class=\"meta\">").append(meta).append("</p>\n");
        }
        if (r.url() != null && r.url().matches("(?i)https?://\\S+")) {
            sb.append("<p class=\"meta\"><a href=\"").append(escape(r.url())).append("\">")
              .append(escape(r.url())).append("</a></p>\n");
        }
        sb.append(body).append("\n</article>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(escape(p.strip())).append("</p>\n");
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

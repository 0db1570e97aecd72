package dev.gazette.store;

import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A Gazette library: a folder with the SQLite database ({@code gazette.db}) and the stored
 * originals ({@code originals/}, content-addressed and gzip-compressed). See
 * {@code docs/storage.md} for the schema.
 *
 * <p>This class opens and closes the library and is its front door; it does no work of its
 * own. Each method hands over, in one line, to the room that does the job, all sharing the one
 * {@link Database}:
 * <ul>
 *   <li>{@link ArticleRepository}: adding, reading, deleting articles, originals, resources;</li>
 *   <li>{@link UserStateRepository}: read, starred, notes, corrected regions and date;</li>
 *   <li>{@link TagRepository}: tags on articles, and the tags themselves;</li>
 *   <li>{@link SuggestionRepository}: what tag suggestions learn from, and the ones refused;</li>
 *   <li>{@link SearchRepository}: the query seam — list, count, snippet of the matching set;</li>
 *   <li>{@link FacetRepository}: the sidebar's counts of the same set;</li>
 *   <li>{@link LibraryExchange}: export, restore, one article as Markdown or HTML;</li>
 *   <li>{@link LibraryDoctor} and {@link Backups}: the check and repair, and copies of the library.</li>
 * </ul>
 * Three rooms with many doors of their own are handed out whole: {@link #highlights()},
 * {@link #stories()} (copies grouped as one story) and {@link #storyIndex()} (finding the
 * candidate copies). No room can be built outside the store: this class is the only way in.
 * The store returns keys (country codes, "2019-04", tag names); the service names them for a
 * screen. Content and user state live in separate tables; the person's corrections win over
 * detection in every list, count and filter.
 *
 * <p>Safe across threads: writes are serialised through one writer connection, reads use a
 * small pool of read connections (WAL mode lets them run while a write is in progress).
 */
public final class Library implements AutoCloseable {

    /** Database file name inside the library folder. */
    public static final String DATABASE_FILE = "gazette.db";
    /** Folder of stored originals and resources inside the library folder. */
    public static final String ORIGINALS_FOLDER = "originals";
    /** Folder of backups made before a schema upgrade. */
    public static final String BACKUPS_FOLDER = "backups";

    /** Default snippet markers around matched words (see {@link #snippet(long, String)}). */
    public static final String SNIPPET_OPEN = SearchRepository.SNIPPET_OPEN;
    public static final String SNIPPET_CLOSE = SearchRepository.SNIPPET_CLOSE;

    private final Path directory;
    private final Database db;
    private final BlobStore blobs;
    private final RegionGrouping grouping;
    private final ArticleRepository articles;
    private final UserStateRepository states;
    private final TagRepository tags;
    private final SuggestionRepository suggestions;
    private final SearchRepository search;
    private final FacetRepository facets;
    private final Highlights highlights;
    private final Stories stories;
    private final StoryIndex storyIndex;
    private final Rooms rooms;

    private Library(Path directory, Database db, BlobStore blobs, RegionGrouping grouping) {
        this.directory = directory;
        this.db = db;
        this.blobs = blobs;
        this.grouping = grouping;
        this.articles = new ArticleRepository(db, blobs, grouping);
        this.states = new UserStateRepository(db, grouping);
        this.tags = new TagRepository(db);
        this.suggestions = new SuggestionRepository(db);
        this.search = new SearchRepository(db);
        this.facets = new FacetRepository(db);
        this.highlights = new Highlights(db);
        this.stories = new Stories(db);
        this.storyIndex = new StoryIndex(db);
        this.rooms = new Rooms(directory, db, blobs, grouping, articles, states, tags, search, highlights, stories);
    }

    /** Opens (creating and migrating as needed) the library in this folder. */
    public static Library open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the library; regionGrouping maps a country code to {subRegion, continent} (either
     * may be null), the UN M49 grouping stored beside every country so that an article can be
     * found by the sub-region and continent of each of its countries, not only the primary one.
     * These are keys to search by, not display names (see {@link RegionGrouping}). Null means
     * no grouping beyond what a RegionAssessment states.
     */
    public static Library open(Path directory, Function<String, String[]> regionGrouping) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Could not create the library folder " + directory + ": " + e.getMessage(), e);
        }
        Database db = Database.open(directory.resolve(DATABASE_FILE), directory.resolve(BACKUPS_FOLDER));
        return new Library(directory, db, new BlobStore(directory.resolve(ORIGINALS_FOLDER)),
                regionGrouping == null ? RegionGrouping.NONE : new RegionGrouping(regionGrouping));
    }

    /**
     * Opens an existing library for reading only, while another process (the window) holds it
     * for writing: lists, searches, exports and reads work; any change fails. See
     * {@link Database#openReadOnly}.
     */
    public static Library openReadOnly(Path directory, Function<String, String[]> regionGrouping) {
        Objects.requireNonNull(directory, "directory");
        Database db = Database.openReadOnly(directory.resolve(DATABASE_FILE));
        return new Library(directory, db, new BlobStore(directory.resolve(ORIGINALS_FOLDER)),
                regionGrouping == null ? RegionGrouping.NONE : new RegionGrouping(regionGrouping));
    }

    public Path directory() {
        return directory;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return db.read(c -> (int) Sql.longQuery(c, "PRAGMA user_version"));
    }

    // ---- articles (ArticleRepository) --------------------------------------------------------

    /** The article with this canonical URL or this body hash, if any. */
    public OptionalLong findDuplicate(String url, String bodyHash) {
        return articles.findDuplicate(url, bodyHash);
    }

    /**
     * The article kept with exactly these original bytes, if any: lets an importer pass over a
     * file it already holds before extracting it (export files hold several articles; don't ask
     * for those).
     */
    public OptionalLong findByOriginal(byte[] original) {
        return articles.findByOriginal(original);
    }

    /** As {@link #findByOriginal(byte[])}, for bytes hashed already. */
    public OptionalLong findByOriginal(Original original) {
        return articles.findByOriginal(original);
    }

    /** Adds one article with its original, tags and regions in one transaction; returns its id. */
    public long add(NewArticle article) {
        return articles.add(article);
    }

    /**
     * Adds many articles in one transaction (the fast path for importers and benchmarks);
     * returns their ids in order. Either all are added or none.
     */
    public List<Long> addAll(List<NewArticle> batch) {
        return articles.addAll(batch);
    }

    /**
     * Runs work in one write transaction: what the rooms write inside it (articles, their keys,
     * their stories, other source files) is committed together when it returns, or not at all
     * when it throws; reads inside it see those writes. An importer's batch goes in one. Returns
     * what work returned.
     */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return db.write(c -> work.get());
    }

    /** Remembers another file this article was imported from. */
    public void addSourceFile(long articleId, String path) {
        articles.addSourceFile(articleId, path);
    }

    /** Every path this article was imported from, in the order they were remembered. */
    public List<String> sourceFiles(long articleId) {
        return articles.sourceFiles(articleId);
    }

    public Optional<Article> article(long id) {
        return articles.article(id);
    }

    /** When the article entered the library (user state), if it exists. */
    public Optional<Instant> addedAt(long id) {
        return articles.addedAt(id);
    }

    /** The original file's bytes as imported. */
    public Optional<byte[]> original(long id) {
        return articles.original(id);
    }

    public List<EmbeddedResource> resources(long id) {
        return articles.resources(id);
    }

    /** Deletes articles with their user state; stored originals no other article uses go too. */
    public void delete(Collection<Long> ids) {
        articles.delete(ids);
    }

    // ---- the query seam (SearchRepository, FacetRepository) ----------------------------------

    /** One page of the articles matching the query, in its sort order (ties broken by id). */
    public List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        return search.list(query, offset, limit);
    }

    /** How many articles match the query: as many as {@link #list} pages through, in any order. */
    public long count(ArticleQuery query) {
        return search.count(query);
    }

    /**
     * Counts for every sidebar dimension, each under the other active filters: years and the
     * undated count ignore every date filter; months keep the year (all months when no year is
     * chosen); days are listed only when a year and month are chosen. Regions ignore the region
     * filter, sources the source filter, tags every tag filter. Dates are listed newest first,
     * the rest largest count first. Labels are the keys themselves (the service names them).
     */
    public Facets facets(ArticleQuery query) {
        return facets.facets(query);
    }

    /**
     * A short extract of the article around the words of a search, matched words between
     * {@link #SNIPPET_OPEN} and {@link #SNIPPET_CLOSE}; empty when the words don't match it.
     */
    public Optional<String> snippet(long id, String words) {
        return search.snippet(id, words, SNIPPET_OPEN, SNIPPET_CLOSE);
    }

    /** As {@link #snippet(long, String)} with the given markers around matched words. */
    public Optional<String> snippet(long id, String words, String open, String close) {
        return search.snippet(id, words, open, close);
    }

    // ---- tags (TagRepository) ----------------------------------------------------------------

    /** Adds and removes tags on many articles in one transaction. */
    public void tag(Collection<Long> ids, Collection<String> add, Collection<String> remove) {
        tags.tag(ids, add, remove);
    }

    /** Every tag with its colour and how many articles carry it, by name. */
    public List<TagInfo> tags() {
        return tags.tags();
    }

    /** Renames a tag; when the new name is another existing tag, the two are merged. */
    public void renameTag(String from, String to) {
        tags.renameTag(from, to);
    }

    /** Moves every article of the from-tags to into (created when missing) and deletes them. */
    public void mergeTags(Collection<String> from, String into) {
        tags.mergeTags(from, into);
    }

    /** Removes the tag from every article and forgets it. */
    public void deleteTag(String name) {
        tags.deleteTag(name);
    }

    /** Sets a tag's colour (CSS hex such as "#3b82f6"; null clears it), creating the tag if needed. */
    public void setTagColour(String name, String colour) {
        tags.setTagColour(name, colour);
    }

    /**
     * Tags worth offering for this article, not yet on it (see {@link TagRepository#suggestTags});
     * countryName names its countries (the store names none itself).
     */
    public List<String> suggestTags(long id, Function<String, String> countryName) {
        return tags.suggestTags(id, countryName);
    }

    // ---- what tag suggestions learn from (SuggestionRepository) ------------------------------

    /**
     * Hands every article (ids null) or those of ids to sink in id order: title, at most
     * bodyChars of the body, source, effective countries (primary first) and tags. One
     * consistent read; the articles are not all held at once.
     */
    public void forEachArticleText(Collection<Long> ids, int bodyChars, java.util.function.Consumer<dev.gazette.model.ArticleText> sink) {
        suggestions.forEachText(ids, bodyChars, sink);
    }

    /** Every tagged article's tags, by article id. */
    public java.util.Map<Long, List<String>> articleTags() {
        return suggestions.tags();
    }

    /** Remembers that the person refused this suggested tag for this article. */
    public void refuseSuggestion(long articleId, String tag) {
        suggestions.refuse(articleId, tag);
    }

    /** The suggested tags refused for this article, by name. */
    public List<String> refusedSuggestions(long articleId) {
        return suggestions.refused(articleId);
    }

    // ---- user state (UserStateRepository) ----------------------------------------------------

    public Optional<UserState> state(long id) {
        return states.state(id);
    }

    public void setRead(Collection<Long> ids, boolean read) {
        states.setRead(ids, read);
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        states.setStarred(ids, starred);
    }

    public void setNotes(long id, String notes) {
        states.setNotes(id, notes);
    }

    /** The person's own country list; null clears the correction (detection shows again). */
    public void correctRegions(long id, List<String> countryCodes) {
        states.correctRegions(id, countryCodes);
    }

    /** The person's own published date (ISO); null clears the correction. */
    public void correctPublished(long id, String isoDate) {
        states.correctPublished(id, isoDate);
    }

    // ---- export and restore (LibraryExchange) ------------------------------------------------

    /**
     * Writes the articles matching the filter as one versioned JSON document
     * ({@code {"format":"gazette-library","version":1,"articles":[…]}}, see docs/storage.md);
     * with originals, a zip holding {@code library.json} and {@code originals/<hash>.gz}.
     * Streams: memory use does not grow with the number of articles (beyond their hashes).
     * Does not close out.
     */
    public void exportJson(ArticleQuery filter, OutputStream out, boolean withOriginals) {
        new LibraryExchange(rooms).export(filter == null ? ArticleQuery.ALL : filter, out, withOriginals);
    }

    /**
     * Restores an export made by {@link #exportJson} (plain JSON or zip): content, regions,
     * corrections, tags and colours, read / starred / notes / added, source files, originals.
     * Articles whose body hash the library already has are skipped. Does not close in.
     */
    public ImportSummary importJson(InputStream in) {
        return importJson(in, RestoreRules.UNCHECKED);
    }

    /** As {@link #importJson(InputStream)}, all or nothing, with the values checked by rules. */
    public ImportSummary importJson(InputStream in, RestoreRules rules) {
        return new LibraryExchange(rooms).importFrom(in, rules);
    }

    /** As {@link #importJson(InputStream, RestoreRules)} from a file, a pipe or {@code /dev/stdin}. */
    public ImportSummary importJson(Path file, RestoreRules rules) {
        return new LibraryExchange(rooms).importFrom(file, rules);
    }

    /** The article as Markdown: YAML front matter (title, dates, source, tags, …) and its text. */
    public String exportMarkdown(long id) {
        return new LibraryExchange(rooms).markdown(id);
    }

    /** The article as a standalone HTML page built from its reading HTML (resources inlined). */
    public String exportHtml(long id) {
        return new LibraryExchange(rooms).html(id);
    }

    // ---- the rooms handed out whole ----------------------------------------------------------

    /** Highlights and their notes. */
    public Highlights highlights() {
        return highlights;
    }

    /** Stories saved more than once: membership, lead, the person's splits and merges. */
    public Stories stories() {
        return stories;
    }

    /** The near-duplicate index and the search for candidate copies. */
    public StoryIndex storyIndex() {
        return storyIndex;
    }

    // ---- maintenance (LibraryDoctor, Backups) --------------------------------------------------

    /** Checks the library; with repair, fixes what can be fixed without losing anything. */
    public LibraryDoctor.Report doctor(boolean repair) {
        return repair ? LibraryDoctor.repair(rooms) : LibraryDoctor.examine(rooms);
    }

    /**
     * As {@link #doctor(boolean)}, also naming the dates and countries that {@code correct} (and
     * a restore) refuse, with the known countries given by rules.
     */
    public LibraryDoctor.Report doctor(boolean repair, RestoreRules rules) {
        return repair ? LibraryDoctor.repair(rooms, rules) : LibraryDoctor.examine(rooms, rules);
    }

    /** Writes a complete backup of the open library into target, a new or empty folder; returns it. */
    public Path backup(Path target) {
        return Backups.backup(rooms, target);
    }

    /**
     * Makes an automatic backup under the library's backups folder when the last is older than
     * {@link Backups#AUTOMATIC_INTERVAL}, keeping the newest {@link Backups#KEEP_AUTOMATIC};
     * returns the new backup, or null when none was due.
     */
    public Path rotateBackups(java.time.Clock clock) {
        return Backups.rotate(rooms, clock);
    }

    @Override
    public void close() {
        db.close();
    }

    // ---- for the store's own tests -------------------------------------------------------------

    /** Tests only: the rooms, to look at the database and originals directly. */
    Rooms rooms() {
        return rooms;
    }

    /** Tests only: false makes the facets count every dimension from the articles. */
    void useTotals(boolean use) {
        facets.useTotals = use;
    }
}

package dev.gazette.service;

import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Facets;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.SearchParse;
import dev.gazette.model.TagInfo;
import dev.gazette.store.Library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one API the window and the command line use: open a library, import into it, ask it
 * questions, change what a person owns (tags, read, starred, corrections). Thread-safe as the
 * library is; imports should run off the UI thread.
 */
public final class LibraryService implements AutoCloseable {

    private final Library library;
    private final Geography geography;
    private final FacetNames facetNames;
    private final LibraryReader reader;
    /**
     * Built on first use: the extractor and the gazetteer behind it take a moment to load, and
     * opening a library to list or show articles (the window's start, most commands) needs neither.
     */
    private volatile ExtractionPipeline pipeline;
    private LibraryLock lock;
    /** Tag suggestions, learning on their own thread once first asked for; null until then. */
    private volatile TagSuggestions suggestions;
    /** The automatic backup made after opening, or null when none runs. */
    private Thread backup;

    private LibraryService(Library library, Geography geography) {
        this.library = library;
        this.geography = geography;
        this.facetNames = new FacetNames(geography);
        this.reader = new LibraryReader(library, geography);
    }

    /**
     * Opens (creating if needed) the library in this folder, holding its {@link LibraryLock}
     * until {@link #close()}.
     *
     * @throws LibraryLock.InUseException when another Gazette has the library open
     */
    public static LibraryService open(Path directory) {
        LibraryLock lock = LibraryLock.acquire(directory);
        try {
            Geography geography = Geography.standard();
            Library library = Library.open(directory, code -> new String[]{geography.subRegion(code), geography.continent(code)});
            LibraryService service = new LibraryService(library, geography);
            service.lock = lock;
            // A backup of a big library takes seconds: it must not hold up the window (or a
            // command); close() waits for it, so it never races with closing.
            service.backup = LibraryMaintenance.automaticBackupInBackground(library);
            return service;
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the library for a command that only reads (list, show, export, dossier): as
     * {@link #open} when no other Gazette has it; beside the window that holds it otherwise,
     * reading through SQLite's readers while the window writes. A change made through a
     * service opened so fails.
     */
    public static LibraryService openForReading(Path directory) {
        try {
            return open(directory);
        } catch (LibraryLock.InUseException inUse) {
            Geography geography = Geography.standard();
            Library library = Library.openReadOnly(directory,
                    code -> new String[]{geography.subRegion(code), geography.continent(code)});
            return new LibraryService(library, geography);
        }
    }

    public Path directory() {
        return library.directory();
    }

    /** Highlights and notes (see {@link Annotations}). */
    public Annotations annotations() {
        return new Annotations(reader, library);
    }

    /** Stories saved more than once: copies, versions, split and merge (see {@link Copies}). */
    public Copies copies() {
        return new Copies(library);
    }

    /** Dossiers of any filtered view as EPUB, Markdown or HTML (see {@link DossierExport}). */
    public DossierExport dossiers() {
        return new DossierExport(reader, library, annotations());
    }

    /**
     * Tags suggested from this library's own tagging (see {@link TagSuggestions}); the first
     * call starts learning in the background.
     */
    public TagSuggestions suggestions() {
        TagSuggestions s = suggestions;
        if (s == null) {
            synchronized (this) {
                s = suggestions;
                if (s == null) {
                    s = new TagSuggestions(library, dev.gazette.suggest.SuggestSettings.DEFAULT);
                    suggestions = s;
                }
            }
        }
        return s;
    }

    /** Tells the suggestions, when they are learning, that the tagging changed. */
    private void tagsChanged() {
        TagSuggestions s = suggestions;
        if (s != null) {
            s.tagsChanged();
        }
    }

    public Geography geography() {
        return geography;
    }

    public ExtractionPipeline pipeline() {
        ExtractionPipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = new ExtractionPipeline();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    // ---- import ------------------------------------------------------------------------------

    public ImportReport importPaths(List<Path> paths, ImportListener listener, AtomicBoolean cancel) {
        ThreadCheck.offUiThread("LibraryService.importPaths");
        ImportReport report = new ImportService(library, pipeline()).run(paths, listener, cancel);
        TagSuggestions s = suggestions;
        if (s != null && report.count(ImportOutcome.Status.IMPORTED) > 0) {
            s.articlesAdded();
        }
        return report;
    }

    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, ImportListener.NONE, new AtomicBoolean());
    }

    /** True when the library holds no article yet. */
    public boolean isEmpty() {
        ThreadCheck.offUiThread("LibraryService.isEmpty");
        return library.count(ArticleQuery.ALL) == 0;
    }

    // ---- questions ---------------------------------------------------------------------------

    /**
     * Parses the search box's syntax into a query, mapping region names ("venezuela",
     * "south america") to what the store filters on.
     */
    public SearchParse parseSearch(String input) {
        return reader.parseSearch(input);
    }

    public List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        return reader.list(query, offset, limit);
    }

    public long count(ArticleQuery query) {
        ThreadCheck.offUiThread("LibraryService.count");
        return library.count(query);
    }

    /** The sidebar's counts under the query, every value named for a screen (see {@link FacetNames}). */
    public Facets facets(ArticleQuery query) {
        ThreadCheck.offUiThread("LibraryService.facets");
        return facetNames.name(library.facets(query));
    }

    public Optional<ArticleView> article(long id) {
        return reader.article(id);
    }

    public Optional<byte[]> original(long id) {
        ThreadCheck.offUiThread("LibraryService.original");
        return library.original(id);
    }

    public List<TagInfo> tags() {
        ThreadCheck.offUiThread("LibraryService.tags");
        return library.tags();
    }

    // ---- changes a person makes --------------------------------------------------------------

    public void tag(Collection<Long> ids, Collection<String> add, Collection<String> remove) {
        ThreadCheck.offUiThread("LibraryService.tag");
        // one grammar everywhere (docs/window.md): commas separate tags; a removal also takes
        // the whole text, so a tag saved with a comma in it can be removed by the name shown
        List<String> removing = new java.util.ArrayList<>(TagNames.split(remove));
        remove.stream().map(LibraryService::cleanTag).filter(t -> !t.isEmpty() && !removing.contains(t)).forEach(removing::add);
        library.tag(ids, TagNames.split(add), removing);
        tagsChanged();
    }

    static String cleanTag(String tag) {
        return tag == null ? "" : tag.strip(); // the store cleans names (control characters, lone surrogates)
    }

    public void renameTag(String from, String to) {
        ThreadCheck.offUiThread("LibraryService.renameTag");
        library.renameTag(from, cleanTag(to));
        tagsChanged();
    }

    public void mergeTags(Collection<String> from, String into) {
        ThreadCheck.offUiThread("LibraryService.mergeTags");
        library.mergeTags(from, cleanTag(into));
        tagsChanged();
    }

    public void deleteTag(String name) {
        ThreadCheck.offUiThread("LibraryService.deleteTag");
        library.deleteTag(name);
        tagsChanged();
    }

    public void setTagColour(String name, String colour) {
        ThreadCheck.offUiThread("LibraryService.setTagColour");
        library.setTagColour(name, colour);
    }

    public void setRead(Collection<Long> ids, boolean read) {
        ThreadCheck.offUiThread("LibraryService.setRead");
        library.setRead(ids, read);
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        ThreadCheck.offUiThread("LibraryService.setStarred");
        library.setStarred(ids, starred);
    }

    public void setNotes(long id, String notes) {
        ThreadCheck.offUiThread("LibraryService.setNotes");
        library.setNotes(id, notes);
    }

    /**
     * The person's own regions for an article: names, aliases or codes ("Venezuela", "VE").
     * Null or empty clears the correction.
     *
     * @throws IllegalArgumentException naming the first value that is not a known country
     */
    public void correctRegions(long id, List<String> countries) {
        ThreadCheck.offUiThread("LibraryService.correctRegions");
        if (countries == null || countries.isEmpty()) {
            library.correctRegions(id, null);
            return;
        }
        List<String> codes = new ArrayList<>();
        for (String c : countries) {
            String code = geography.countryCode(c.strip())
                    .orElseThrow(() -> new IllegalArgumentException("Not a known country: " + c.strip()));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        library.correctRegions(id, codes);
    }

    public void correctPublished(long id, String isoDate) {
        ThreadCheck.offUiThread("LibraryService.correctPublished");
        if (isoDate != null && !isoDate.isBlank()) {
            java.time.LocalDate.parse(isoDate.strip());
        }
        library.correctPublished(id, isoDate == null || isoDate.isBlank() ? null : isoDate.strip());
    }

    public void delete(Collection<Long> ids) {
        ThreadCheck.offUiThread("LibraryService.delete");
        library.delete(ids);
        tagsChanged();
    }

    // ---- export and restore ------------------------------------------------------------------

    /** What a restore brought back. */
    public record RestoreReport(int imported, int duplicates, int originalsRestored, List<String> problems) {
        public RestoreReport {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Writes the articles matching the filter (all: {@link ArticleQuery#ALL}) as one versioned JSON
     * document, or with their original files as a zip; see docs/storage.md for the format.
     */
    public void exportLibrary(ArticleQuery filter, java.io.OutputStream out, boolean withOriginals) {
        ThreadCheck.offUiThread("LibraryService.exportLibrary");
        library.exportJson(filter, out, withOriginals);
    }

    /** Restores an export (JSON or zip) into this library, all or nothing; articles already here are skipped. */
    public RestoreReport restore(java.io.InputStream in) {
        ThreadCheck.offUiThread("LibraryService.restore");
        return restored(library.importJson(in, restoreRules()));
    }

    /**
     * An article's saved web archive (MHTML) as the page it was: its HTML part decoded
     * (quoted-printable, base64, charset) and its images inlined as {@code data:} addresses, so
     * a viewer that loads nothing from anywhere shows it whole. Empty when the original is not a
     * web archive or is not in the library. The page is as saved: the viewer keeps it inert.
     */
    public Optional<String> originalPage(long id) {
        ThreadCheck.offUiThread("LibraryService.originalPage");
        Optional<ArticleView> view = article(id);
        String name = view.map(v -> v.article().originalName()).orElse(null);
        String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".mhtml") && !lower.endsWith(".mht")) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = original(id);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<dev.gazette.model.SourceDocument> docs = new dev.gazette.ingest.DocumentLoader()
                    .load(Path.of(name.replace('/', '_').replace('\\', '_')), bytes.get());
            if (docs.isEmpty()) {
                return Optional.empty();
            }
            String html = ImageInliner.inline(docs.get(0).content(), docs.get(0).resources());
            return Optional.of(html);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Restores an export file (a zip or JSON file, a pipe, {@code /dev/stdin}) all or nothing:
     * checked whole first, then added in one transaction; bodies cleaned as imported ones,
     * dates and countries checked as {@code correct} checks them.
     *
     * @throws dev.gazette.store.StoreException naming the reason and saying nothing was changed
     */
    public RestoreReport restore(java.nio.file.Path file) {
        ThreadCheck.offUiThread("LibraryService.restore");
        return restored(library.importJson(file, restoreRules()));
    }

    /** What a restore added, told to the tag suggestions (restored articles bring their tags). */
    private RestoreReport restored(dev.gazette.store.ImportSummary s) {
        TagSuggestions learning = suggestions;
        if (learning != null && s.imported() > 0) {
            learning.articlesAdded();
        }
        return new RestoreReport(s.imported(), s.duplicates(), s.originalsRestored(), s.problems());
    }

    private dev.gazette.store.RestoreRules restoreRules() {
        return ValueRules.forRestore(geography);
    }

    /**
     * Writes a complete backup (database and originals) of this open library into target, a
     * new or empty folder outside the library ({@link SafeOutput#checkNewFolder}); returns it.
     */
    public Path backup(Path target) {
        ThreadCheck.offUiThread("LibraryService.backup");
        SafeOutput.checkNewFolder(target, library.directory());
        return library.backup(target);
    }

    /** One article as Markdown with front matter. */
    public String exportMarkdown(long id) {
        ThreadCheck.offUiThread("LibraryService.exportMarkdown");
        return library.exportMarkdown(id);
    }

    /** One article as a standalone HTML page. */
    public String exportHtml(long id) {
        ThreadCheck.offUiThread("LibraryService.exportHtml");
        return PagePolicy.page(library.exportHtml(id));
    }

    @Override
    public void close() {
        try {
            TagSuggestions s = suggestions;
            if (s != null) {
                s.close();
            }
            waitForBackup();
            library.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Waits for the automatic backup started by {@link #open} to finish, if it is running. */
    void waitForBackup() {
        Thread t = backup;
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true; // the backup and the library's close must still not overlap
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

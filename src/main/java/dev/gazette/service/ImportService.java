package dev.gazette.service;

import dev.gazette.ingest.FileCollector;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.ImportOutcome.Status;
import dev.gazette.similar.Fingerprint;
import dev.gazette.store.Library;
import dev.gazette.store.NewArticle;
import dev.gazette.store.Original;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports files and folders into a library. Parsing and extraction run on a small pool (one
 * thread per core); storing runs on the calling thread only, so SQLite has one writer. At most a
 * bounded number of files are in flight, so memory stays flat however many files there are.
 * Idempotent: a file or article already in the library is reported as a duplicate, never added
 * twice, so an interrupted import completes by running it again.
 * One instance may run one import at a time.
 */
public final class ImportService {

    /** Files parsed ahead of the writer, per worker thread. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** Articles written per transaction. */
    private static final int BATCH = 64;
    /** Longest a parsed article waits for its transaction, so progress stays live. */
    private static final long FLUSH_NANOS = 400_000_000L;
    /**
     * Longest time one file may take to read and extract before it is reported as failed and the
     * import goes on (system property {@code gazette.import.maxSecondsPerFile}, default 60).
     */
    static final String MAX_SECONDS_PROPERTY = "gazette.import.maxSecondsPerFile";
    private static final long DEFAULT_MAX_SECONDS_PER_FILE = 60;

    private final Library library;
    private final ExtractionPipeline pipeline;
    private final int threads;
    /** The memory budget of every run; null for one sized to this process's heap at each run. */
    private final ImportMemory memory;
    /** Copies and versions of stories already in the library (issue 18, docs/copies.md). */
    private final StoryGrouping grouping;

    public ImportService(Library library, ExtractionPipeline pipeline) {
        this(library, pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public ImportService(Library library, ExtractionPipeline pipeline, int threads) {
        this(library, pipeline, threads, null);
    }

    /** For tests: a run with a memory budget of the given heap size instead of this process's. */
    ImportService(Library library, ExtractionPipeline pipeline, int threads, ImportMemory memory) {
        this.library = library;
        this.pipeline = pipeline;
        this.threads = threads;
        this.memory = memory;
        this.grouping = new StoryGrouping(library);
    }

    /**
     * One file read. Either articles (with the original, hashed and compressed, and each
     * article's fingerprint, null with copy detection off), or knownId &gt;= 0 when the very same
     * bytes are already in the library, or an error for the person.
     */
    private record Parsed(Path file, Original original, List<PreparedArticle> articles, List<Fingerprint> prints,
                          String error, long knownId) {
        Parsed(Path file, String error) {
            this(file, null, List.of(), List.of(), error, -1);
        }
    }

    /**
     * A file being parsed; started is System.nanoTime() when a worker took it up, 0 before. Its
     * share of the memory budget goes back once, when the worker ends (or when it is written off).
     */
    private record Task(Path file, Future<Parsed> future, AtomicLong started, Share share) {
        boolean running() {
            return !share.released.get();
        }
    }

    /** A file's share of the memory budget, given back once. */
    private record Share(ImportMemory memory, long bytes, AtomicBoolean released) {
        void release() {
            if (released.compareAndSet(false, true)) {
                memory.release(bytes);
            }
        }
    }

    public ImportReport run(List<Path> roots, ImportListener listener, AtomicBoolean cancel) {
        long start = System.nanoTime();
        FileCollector.Result walk = new FileCollector(pipeline.loader()).collect(roots);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (FileCollector.Entry problem : walk.unreadable()) {
            record(outcomes, listener, new ImportOutcome(problem.path().toString(), Status.FAILED, -1, null, problem.reason()));
        }
        // Files given one by one are always read; inside folders, notes about the folder are not articles.
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> inFolders = new ArrayList<>();
        for (FileCollector.Entry entry : walk.skipped()) {
            ImportOutcome line = new ImportOutcome(entry.path().toString(), Status.SKIPPED, -1, null, entry.reason());
            if (roots.contains(entry.path())) {
                // A file the person named gets its own line, with the reason it is passed over.
                record(outcomes, listener, line);
            } else {
                inFolders.add(line);
            }
        }
        for (Path f : walk.files()) {
            if (roots.contains(f) || pipeline.isArticleFile(f)) {
                files.add(f);
            } else {
                inFolders.add(new ImportOutcome(f.toString(), Status.SKIPPED, -1, null,
                        "notes about the folder, not an article (give the file itself to import it)"));
            }
        }
        inFolders.sort(java.util.Comparator.comparing(ImportOutcome::file));
        listener.started(files.size());
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gazette-import");
            t.setDaemon(true);
            return t;
        });
        ImportClock clock = ImportClock.fromProperty();
        long maxNanos = Duration.ofSeconds(Long.getLong(MAX_SECONDS_PROPERTY, DEFAULT_MAX_SECONDS_PER_FILE)).toNanos();
        ImportMemory memory = this.memory != null ? this.memory : ImportMemory.forThisProcess();
        int maxChars = memory.maxChars();
        boolean cancelled = false;
        Batch batch = new Batch(memory.capacity() / 8, clock);
        List<String[]> lateDuplicates = new ArrayList<>();
        // passed over for taking too long, but perhaps still running: they keep their memory share
        List<Task> passedOver = new ArrayList<>();
        try {
            Deque<Task> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int memoryErrors = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                if (cancel.get()) {
                    cancelled = true;
                    inFlight.forEach(t -> t.future().cancel(true));
                    break;
                }
                while (next < files.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Path file = files.get(next);
                    long estimate = memory.estimate(sizeOf(file), isGzip(file));
                    if (!memory.tryAcquire(estimate)) {
                        break; // waits for memory: a large file never parses beside another one
                    }
                    next++;
                    AtomicLong started = new AtomicLong();
                    Share share = new Share(memory, estimate, new AtomicBoolean());
                    Future<Parsed> future = pool.submit(() -> {
                        try {
                            started.set(System.nanoTime());
                            return parse(file, maxChars, clock);
                        } finally {
                            share.release();
                        }
                    });
                    inFlight.add(new Task(file, future, started, share));
                }
                if (inFlight.isEmpty()) {
                    // nothing fits beside a passed-over worker that has not stopped yet: wait for it,
                    // and write it off once it has had as long again as the limit
                    batch.flushIfDue(outcomes, listener, lateDuplicates);
                    waitForPassedOver(passedOver, memory, maxNanos);
                    continue;
                }
                Task head = inFlight.peekFirst();
                int outcomesBefore = outcomes.size();
                try {
                    ImportClock.Mark waited = clock.start();
                    Parsed parsed = poll(head, pool, maxNanos);
                    clock.stop(ImportClock.Stage.WAIT, waited);
                    if (parsed == null) {
                        // still reading: what is waiting is committed meanwhile, so a crash loses little
                        batch.flushIfDue(outcomes, listener, lateDuplicates);
                        continue;
                    }
                    if (parsed.error() != null && head.running()) {
                        passedOver.add(head);
                    }
                    inFlight.removeFirst();
                    memoryErrors = 0;
                    ImportClock.Mark stored = clock.start();
                    store(parsed, batch, lateDuplicates, outcomes, listener);
                    clock.stop(ImportClock.Stage.DUPLICATE, stored);
                    if (batch.due() || inFlight.isEmpty()) {
                        batch.flush(outcomes, listener, lateDuplicates);
                    }
                } catch (OutOfMemoryError e) {
                    // the heap ran out on this thread while another file was being read: what is
                    // waiting is written, the file in hand is given up after a few tries, and the
                    // import goes on with the next file
                    batch.flushAfterMemoryError(outcomes, listener, lateDuplicates);
                    boolean inHand = inFlight.peekFirst() == head;
                    if (++memoryErrors < 3 && inHand) {
                        continue;
                    }
                    memoryErrors = 0;
                    if (inHand) {
                        inFlight.removeFirst();
                        head.future().cancel(true);
                        if (head.started().get() == 0) {
                            head.share().release(); // never ran, so its worker will not give it back
                        }
                    }
                    String name = head.file().toString();
                    // while storing, the file may already have its line (or its articles wait in the batch)
                    boolean told = outcomes.subList(outcomesBefore, outcomes.size()).stream()
                            .anyMatch(o -> o.file().equals(name)) || !inHand && batch.holds(name);
                    if (!told) {
                        record(outcomes, listener, new ImportOutcome(name, Status.FAILED, -1, null,
                                "ran out of memory while reading it (" + heapNote() + ")"));
                    }
                }
                done++;
                ImportClock.Mark told = clock.start();
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = seconds > 0 ? done / seconds : 0;
                listener.progress(new ImportProgress(files.size(), done, head.file().toString(), rate,
                        rate > 0 ? (files.size() - done) / rate : -1));
                clock.stop(ImportClock.Stage.REPORT, told);
            }
            batch.flush(outcomes, listener, lateDuplicates);
        } finally {
            pool.shutdownNow();
        }
        clock.print(System.err, files.size(), System.nanoTime() - start, threads);
        return new ImportReport(outcomes, inFolders, cancelled, Duration.ofNanos(System.nanoTime() - start));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // the worker reports why it cannot be read
        }
    }

    private static boolean isGzip(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    static String heapNote() {
        return "Gazette may use " + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MB";
    }

    /** Waits a little for a passed-over worker to end; writes off one that outlived twice the limit. */
    private static void waitForPassedOver(List<Task> passedOver, ImportMemory memory, long maxNanos) {
        passedOver.removeIf(t -> !t.running());
        long now = System.nanoTime();
        for (Task t : passedOver) {
            if (now - t.started().get() > 2 * maxNanos) {
                t.share().release(); // it does not stop: its share is given up rather than stall the import
            }
        }
        try {
            memory.awaitRelease(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /**
     * Everything about one file that needs no library write, on a parse worker: read, hashed,
     * parsed and extracted, fingerprinted, the original compressed; the writer only stores.
     */
    private Parsed parse(Path file, int maxChars, ImportClock clock) {
        try {
            // read once: the same bytes are hashed, parsed and kept as the original
            ImportClock.Mark mark = clock.start();
            byte[] bytes = pipeline.loader().readOriginal(file);
            mark = clock.stop(ImportClock.Stage.READ, mark);
            Original original = Original.of(bytes);
            if (bytes.length > 0 && !pipeline.loader().holdsManyArticles(file)) {
                OptionalLong known = library.findByOriginal(original);
                if (known.isPresent()) {
                    return new Parsed(file, null, List.of(), List.of(), null, known.getAsLong());
                }
            }
            clock.stop(ImportClock.Stage.KNOWN, mark);
            // a file in which no article text is found is reported as such, never kept as an empty article
            List<PreparedArticle> articles = pipeline.prepare(file, bytes, maxChars, clock).stream()
                    .filter(p -> p.article().bodyText() != null && !p.article().bodyText().isBlank()).toList();
            mark = clock.start();
            boolean findCopies = StoryGrouping.enabled();
            List<Fingerprint> prints = articles.stream()
                    .map(p -> findCopies ? Fingerprint.of(p.article().bodyText()) : null).toList();
            mark = clock.stop(ImportClock.Stage.FINGERPRINT, mark);
            if (!articles.isEmpty()) {
                original = original.compressed();
            }
            clock.stop(ImportClock.Stage.COMPRESS, mark);
            return new Parsed(file, original, articles, prints, null, -1);
        } catch (IOException e) {
            return new Parsed(file, reason(e));
        } catch (CancellationException e) {
            return new Parsed(file, "stopped: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Parsed(file, "ran out of memory while reading it (" + heapNote() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(file, "could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /**
     * The head task's result if it is ready within a short wait, null if it is still running, or
     * a failure for its file once it has run longer than maxNanos. The worker is interrupted then,
     * which stops a page's parse (see ExtractionPipeline); the pool gets one more thread so the
     * import goes on, and the worker keeps its memory share until it has really ended.
     */
    private static Parsed poll(Task task, ThreadPoolExecutor pool, long maxNanos) {
        try {
            return task.future().get(200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
            long started = task.started().get();
            if (started != 0 && System.nanoTime() - started > maxNanos) {
                task.future().cancel(true);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                return new Parsed(task.file(), "took longer than "
                        + TimeUnit.NANOSECONDS.toSeconds(maxNanos) + " s to read; passed over");
            }
            return null;
        } catch (java.util.concurrent.CancellationException e) {
            return new Parsed(task.file(), "stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return new Parsed(task.file(), "ran out of memory while reading it (" + heapNote() + ")");
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Articles parsed and checked, waiting to be written in one transaction. */
    private final class Batch {
        private final List<String[]> names = new ArrayList<>();
        private final List<PreparedArticle> prepared = new ArrayList<>();
        private final List<NewArticle> articles = new ArrayList<>();
        private final List<Fingerprint> prints = new ArrayList<>();
        private final java.util.Map<String, Integer> byHash = new java.util.HashMap<>();
        /** Originals waiting are flushed before they add up to more than this many bytes. */
        private final long maxPendingBytes;
        private long pendingBytes;
        private long lastFlush = System.nanoTime();
        private final ImportClock clock;
        /** When the work inside the last transaction ended: the rest of it was the commit. */
        private ImportClock.Mark workDone;

        Batch(long maxPendingBytes, ImportClock clock) {
            this.maxPendingBytes = maxPendingBytes;
            this.clock = clock;
        }

        /** Returns the outcome now for duplicates of pending articles; null when queued. */
        ImportOutcome add(String name, PreparedArticle p, NewArticle a, Fingerprint print) {
            Integer same = byHash.get(StoryGrouping.sameTextKey(p));
            if (same != null) {
                return new ImportOutcome(name, Status.DUPLICATE, -2, p.article().title(),
                        "the same article as " + names.get(same)[0] + " in this import");
            }
            byHash.put(StoryGrouping.sameTextKey(p), articles.size());
            names.add(new String[]{name, a.sourcePath()});
            prepared.add(p);
            articles.add(a);
            prints.add(print);
            pendingBytes += a.original() == null ? 0 : a.original().size();
            return null;
        }

        /** True when an article of this file waits for the next transaction. */
        boolean holds(String name) {
            return names.stream().anyMatch(n -> n[0].equals(name));
        }

        /**
         * Inside the flush's transaction: stores the articles from..to (their ids added to ids)
         * and groups them with the stories they continue; returns the stories joined.
         */
        private java.util.Map<Long, Long> write(int from, int to, List<Long> ids) {
            ImportClock.Mark mark = clock.start();
            List<Long> stored = library.addAll(articles.subList(from, to));
            ids.addAll(stored);
            mark = clock.stop(ImportClock.Stage.INSERT, mark);
            // copies and versions join their stories: "copy of #12" instead of a new article
            List<StoryGrouping.Stored> group = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (prints.get(i) != null) {
                    PreparedArticle p = prepared.get(i);
                    group.add(new StoryGrouping.Stored(stored.get(i - from), p.article().url(), p.bodyHash(), prints.get(i)));
                }
            }
            java.util.Map<Long, Long> joined = grouping.afterStoredWithKeys(group);
            workDone = clock.stop(ImportClock.Stage.COPIES, mark);
            return joined;
        }

        boolean due() {
            return articles.size() >= BATCH || pendingBytes > maxPendingBytes
                    || (!articles.isEmpty() && System.nanoTime() - lastFlush > FLUSH_NANOS);
        }

        void flushIfDue(List<ImportOutcome> outcomes, ImportListener listener, List<String[]> lateDuplicates) {
            if (due()) {
                flush(outcomes, listener, lateDuplicates);
            }
        }

        /** A flush right after the heap ran out; when it runs out again, the articles wait for the next one. */
        void flushAfterMemoryError(List<ImportOutcome> outcomes, ImportListener listener, List<String[]> lateDuplicates) {
            try {
                flush(outcomes, listener, lateDuplicates);
            } catch (OutOfMemoryError again) {
                // the transaction was rolled back; nothing was recorded, so nothing is lost or doubled
            }
        }

        void flush(List<ImportOutcome> outcomes, ImportListener listener, List<String[]> lateDuplicates) {
            lastFlush = System.nanoTime();
            if (articles.isEmpty()) {
                return;
            }
            List<Long> ids = new ArrayList<>();
            java.util.Map<Long, Long> copyOf = new java.util.HashMap<>();
            grouping.indexOlder();
            try {
                // the articles, their keys and the stories they join: one transaction
                copyOf.putAll(library.inOneTransaction(() -> write(0, articles.size(), ids)));
                clock.stop(ImportClock.Stage.COMMIT, workDone);
            } catch (RuntimeException e) {
                // One bad article must not sink the batch: fall back to one transaction each.
                // (An OutOfMemoryError is not caught here: the transaction is rolled back and the
                // whole batch waits for the next flush.)
                ids.clear();
                copyOf.clear();
                for (int i = 0; i < articles.size(); i++) {
                    int at = i;
                    List<Long> one = new ArrayList<>();
                    try {
                        copyOf.putAll(library.inOneTransaction(() -> write(at, at + 1, one)));
                        ids.add(one.get(0));
                    } catch (RuntimeException single) {
                        ids.add(-1L);
                    }
                }
            }
            for (int i = 0; i < articles.size(); i++) {
                long id = ids.get(i);
                String title = prepared.get(i).article().title();
                Long story = copyOf.get(id);
                record(outcomes, listener, id >= 0
                        ? new ImportOutcome(names.get(i)[0], Status.IMPORTED, id, title,
                                story != null ? "copy of #" + story : prepared.get(i).note())
                        : new ImportOutcome(names.get(i)[0], Status.FAILED, -1, title, "could not be stored"));
            }
            for (String[] late : lateDuplicates) {
                Integer index = byHash.get(late[2]);
                long id = index == null ? -1 : ids.get(index);
                if (id >= 0) {
                    library.addSourceFile(id, late[1]);
                }
                record(outcomes, listener, new ImportOutcome(late[0], Status.DUPLICATE, id, late[3],
                        "already in the library as article " + id));
            }
            lateDuplicates.clear();
            names.clear();
            prepared.clear();
            articles.clear();
            prints.clear();
            byHash.clear();
            pendingBytes = 0;
        }
    }

    private void store(Parsed parsed, Batch batch, List<String[]> lateDuplicates, List<ImportOutcome> outcomes,
                       ImportListener listener) {
        String name = parsed.file().toString();
        if (parsed.knownId() >= 0) {
            // the very same file is already in the library: known before it was extracted
            library.addSourceFile(parsed.knownId(), parsed.file().toAbsolutePath().toString());
            record(outcomes, listener, new ImportOutcome(name, Status.DUPLICATE, parsed.knownId(), null,
                    "already in the library as article " + parsed.knownId() + " (the same file)"));
            return;
        }
        if (parsed.error() != null) {
            record(outcomes, listener, new ImportOutcome(name, Status.FAILED, -1, null, parsed.error()));
            return;
        }
        if (parsed.articles().isEmpty()) {
            record(outcomes, listener, new ImportOutcome(name, Status.SKIPPED, -1, null, "no article text found in this file"));
            return;
        }
        String sourcePath = parsed.file().toAbsolutePath().toString();
        for (int i = 0; i < parsed.articles().size(); i++) {
            PreparedArticle p = parsed.articles().get(i);
            Fingerprint print = parsed.prints().get(i);
            try {
                String url = p.article().url() != null ? p.article().url() : p.document().url();
                OptionalLong existing = grouping.duplicate(url, p.bodyHash(),
                        () -> print != null ? print : Fingerprint.of(p.article().bodyText()), parsed.original().hash());
                if (existing.isPresent()) {
                    library.addSourceFile(existing.getAsLong(), sourcePath);
                    record(outcomes, listener, new ImportOutcome(name, Status.DUPLICATE, existing.getAsLong(),
                            p.article().title(), "already in the library as article " + existing.getAsLong()));
                    continue;
                }
                var hints = p.document().hints();
                NewArticle article = new NewArticle(p.article(), p.regions(), p.document().format(), p.bodyHash(),
                        parsed.file().getFileName().toString(), null, p.document().resources(),
                        p.document().tags(), sourcePath, flag(hints.get("read")), flag(hints.get("starred")),
                        parsed.original(), print == null ? null : print.keys());
                ImportOutcome dup = batch.add(name, p, article, print);
                if (dup != null) {
                    // Same article twice in one batch: it is stored once, and this file is
                    // remembered as another source once the first has its id.
                    lateDuplicates.add(new String[]{name, sourcePath, StoryGrouping.sameTextKey(p), p.article().title()});
                }
            } catch (RuntimeException e) {
                record(outcomes, listener, new ImportOutcome(name, Status.FAILED, -1, p.article().title(),
                        "could not be stored: " + e.getMessage()));
            }
        }
    }

    private static Boolean flag(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    private static void record(List<ImportOutcome> outcomes, ImportListener listener, ImportOutcome outcome) {
        outcomes.add(outcome);
        listener.outcome(outcome);
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

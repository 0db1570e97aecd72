package dev.gazette.service;

import dev.gazette.model.ImportOutcome;
import dev.gazette.model.ImportOutcome.Status;
import dev.gazette.store.Library;
import dev.gazette.store.NewArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
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
    /**
     * Longest time one file may take to read and extract before it is reported as failed and the
     * import goes on (system property {@code gazette.import.maxSecondsPerFile}, default 60).
     */
    static final String MAX_SECONDS_PROPERTY = "gazette.import.maxSecondsPerFile";
    private static final long DEFAULT_MAX_SECONDS_PER_FILE = 60;

    private final Library library;
    private final ExtractionPipeline pipeline;
    private final int threads;

    public ImportService(Library library, ExtractionPipeline pipeline) {
        this(library, pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public ImportService(Library library, ExtractionPipeline pipeline, int threads) {
        this.library = library;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    private record Parsed(Path file, byte[] original, List<PreparedArticle> articles, String error) {
    }

    /** A file being parsed; started is System.nanoTime() when a worker took it up, 0 before. */
    private record Task(Path file, Future<Parsed> future, AtomicLong started) {
    }

    public ImportReport run(List<Path> roots, ImportListener listener, AtomicBoolean cancel) {
        long start = System.nanoTime();
        FileWalk.Result walk = FileWalk.expand(roots, pipeline::isArticleFile);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (String[] problem : walk.problems()) {
            record(outcomes, listener, new ImportOutcome(problem[0], Status.FAILED, -1, null, problem[1]));
        }
        List<Path> files = walk.files();
        listener.started(files.size());
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gazette-import");
            t.setDaemon(true);
            return t;
        });
        long maxNanos = Duration.ofSeconds(Long.getLong(MAX_SECONDS_PROPERTY, DEFAULT_MAX_SECONDS_PER_FILE)).toNanos();
        boolean cancelled = false;
        try {
            Deque<Task> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                if (cancel.get()) {
                    cancelled = true;
                    inFlight.forEach(t -> t.future().cancel(true));
                    break;
                }
                while (next < files.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Path file = files.get(next++);
                    AtomicLong started = new AtomicLong();
                    inFlight.add(new Task(file, pool.submit(() -> {
                        started.set(System.nanoTime());
                        return parse(file);
                    }), started));
                }
                Parsed parsed = await(inFlight.removeFirst(), pool, maxNanos);
                store(parsed, outcomes, listener);
                done++;
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = seconds > 0 ? done / seconds : 0;
                listener.progress(new ImportProgress(files.size(), done, parsed.file().toString(), rate,
                        rate > 0 ? (files.size() - done) / rate : -1));
            }
        } finally {
            pool.shutdownNow();
        }
        return new ImportReport(outcomes, walk.skipped(), cancelled, Duration.ofNanos(System.nanoTime() - start));
    }

    private Parsed parse(Path file) {
        try {
            // the loader refuses devices, pipes and oversized files before the original is read
            List<PreparedArticle> articles = pipeline.prepare(file);
            byte[] original = Files.readAllBytes(file);
            return new Parsed(file, original, articles, null);
        } catch (IOException e) {
            return new Parsed(file, null, List.of(), reason(e));
        } catch (OutOfMemoryError e) {
            return new Parsed(file, null, List.of(), "too large to read");
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(file, null, List.of(), "could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /**
     * The task's result; when it has run longer than maxNanos, a failure for its file instead.
     * Extraction cannot always be interrupted, so the stuck worker is left to finish and the pool
     * gets one more thread in its place.
     */
    private static Parsed await(Task task, ThreadPoolExecutor pool, long maxNanos) {
        try {
            while (true) {
                try {
                    return task.future().get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    long started = task.started().get();
                    if (started != 0 && System.nanoTime() - started > maxNanos) {
                        task.future().cancel(true);
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return new Parsed(task.file(), null, List.of(), "took longer than "
                                + TimeUnit.NANOSECONDS.toSeconds(maxNanos) + " s to read; passed over");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void store(Parsed parsed, List<ImportOutcome> outcomes, ImportListener listener) {
        String name = parsed.file().toString();
        if (parsed.error() != null) {
            record(outcomes, listener, new ImportOutcome(name, Status.FAILED, -1, null, parsed.error()));
            return;
        }
        if (parsed.articles().isEmpty()) {
            record(outcomes, listener, new ImportOutcome(name, Status.SKIPPED, -1, null, "no article found in the file"));
            return;
        }
        for (PreparedArticle p : parsed.articles()) {
            record(outcomes, listener, storeOne(name, parsed, p));
        }
    }

    private ImportOutcome storeOne(String name, Parsed parsed, PreparedArticle p) {
        try {
            String url = p.article().url() != null ? p.article().url() : p.document().url();
            OptionalLong existing = library.findDuplicate(url, p.bodyHash());
            if (existing.isPresent()) {
                library.addSourceFile(existing.getAsLong(), parsed.file().toAbsolutePath().toString());
                return new ImportOutcome(name, Status.DUPLICATE, existing.getAsLong(), p.article().title(),
                        "already in the library as article " + existing.getAsLong());
            }
            var hints = p.document().hints();
            NewArticle article = new NewArticle(p.article(), p.regions(), p.document().format(), p.bodyHash(),
                    parsed.file().getFileName().toString(), parsed.original(), p.document().resources(),
                    p.document().tags(), parsed.file().toAbsolutePath().toString(),
                    flag(hints.get("read")), flag(hints.get("starred")));
            long id = library.add(article);
            return new ImportOutcome(name, Status.IMPORTED, id, p.article().title(), null);
        } catch (RuntimeException e) {
            return new ImportOutcome(name, Status.FAILED, -1, p.article().title(),
                    "could not be stored: " + e.getMessage());
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

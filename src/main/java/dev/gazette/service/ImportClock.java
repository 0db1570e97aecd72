package dev.gazette.service;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an import's time goes, stage by stage (issue 24, docs/benchmarks.md "Where an import's
 * time goes"): wall and processor time of each stage on the thread that ran it, summed over the
 * import. Off unless the system property {@value #PROPERTY} is {@code true}
 * ({@code GAZETTE_JAVA_OPTS=-Dgazette.import.timings=true gazette import …}); then the import
 * prints its table on standard error when it ends. When off, {@link #start()} returns null and
 * {@link #stop} does nothing, so the import pays one branch per stage.
 *
 * <p>Safe across threads: the parse workers and the writer add to it at once.
 */
final class ImportClock {

    /** System property: {@code true} prints the table at the end of each import. */
    static final String PROPERTY = "gazette.import.timings";

    /** The stages, in the order a file goes through them. */
    enum Stage {
        READ(true, "read the file from disk"),
        KNOWN(true, "hash the bytes, ask the library whether it has them"),
        DECODE(true, "decode: gunzip, charset, container (mhtml, eml, json)"),
        EXTRACT(true, "parse (jsoup) and extract: body, title, dates, author"),
        REGIONS(true, "regions: countries of the text"),
        HASH(true, "body hash (same text, another file)"),
        FINGERPRINT(true, "fingerprint: shingles and MinHash keys"),
        COMPRESS(true, "original hashed and compressed"),
        WAIT(false, "waiting for the next file in order"),
        DUPLICATE(false, "already stored? (same text, same address)"),
        INSERT(false, "SQL insert: rows, FTS triggers, original written"),
        COPIES(false, "copies: bucket query, confirm, join, keys"),
        COMMIT(false, "commit"),
        REPORT(false, "outcome lines, progress");

        final boolean worker;
        final String what;

        Stage(boolean worker, String what) {
            this.worker = worker;
            this.what = what;
        }
    }

    /** When a stage started on this thread: wall and thread CPU nanoseconds. */
    record Mark(long wall, long cpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final LongAdder[] wall = adders();
    private final LongAdder[] cpu = adders();
    private final LongAdder[] count = adders();

    private ImportClock(boolean on) {
        this.on = on;
    }

    /** A clock that runs when the system property asks for it. */
    static ImportClock fromProperty() {
        return new ImportClock(Boolean.getBoolean(PROPERTY));
    }

    /** A clock that always runs (tests, benchmarks in one JVM). */
    static ImportClock running() {
        return new ImportClock(true);
    }

    boolean on() {
        return on;
    }

    Mark start() {
        return on ? new Mark(System.nanoTime(), THREADS.getCurrentThreadCpuTime()) : null;
    }

    /** Adds the time since mark to the stage; returns a new mark for the next stage (null when off). */
    Mark stop(Stage stage, Mark mark) {
        if (mark == null) {
            return null;
        }
        Mark now = new Mark(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        wall[stage.ordinal()].add(now.wall - mark.wall);
        cpu[stage.ordinal()].add(now.cpu - mark.cpu);
        count[stage.ordinal()].increment();
        return now;
    }

    /** Summed wall nanoseconds of a stage. */
    long wallNanos(Stage stage) {
        return wall[stage.ordinal()].sum();
    }

    /** Summed thread CPU nanoseconds of a stage. */
    long cpuNanos(Stage stage) {
        return cpu[stage.ordinal()].sum();
    }

    /**
     * Prints the table: per stage the milliseconds of wall and CPU time per file stored or read,
     * then the threads' busy share of the import's wall time.
     */
    void print(PrintStream out, int files, long elapsedNanos, int workers) {
        if (!on || files == 0) {
            return;
        }
        out.printf(Locale.ROOT, "where the time went: %d files, %.2f s wall, %d parse workers and one writer%n",
                files, elapsedNanos / 1e9, workers);
        out.printf(Locale.ROOT, "  %-12s %-8s %10s %10s   %s%n", "stage", "thread", "wall ms/f", "cpu ms/f", "what");
        long[] busy = new long[2];
        for (Stage s : Stage.values()) {
            long w = wallNanos(s);
            long c = cpuNanos(s);
            if (s != Stage.WAIT) {
                busy[s.worker ? 0 : 1] += w;
            }
            out.printf(Locale.ROOT, "  %-12s %-8s %10.2f %10.2f   %s%n", s.name().toLowerCase(Locale.ROOT),
                    s.worker ? "worker" : "writer", w / 1e6 / files, c / 1e6 / files, s.what);
        }
        out.printf(Locale.ROOT, "  workers busy %.0f%% of their time, writer busy %.0f%% (waiting %.0f%%)%n",
                100.0 * busy[0] / Math.max(1, (long) workers * elapsedNanos), 100.0 * busy[1] / Math.max(1, elapsedNanos),
                100.0 * wallNanos(Stage.WAIT) / Math.max(1, elapsedNanos));
    }

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[Stage.values().length];
        for (int i = 0; i < a.length; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }
}

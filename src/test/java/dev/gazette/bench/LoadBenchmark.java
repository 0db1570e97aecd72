package dev.gazette.bench;

import dev.gazette.ingest.DocumentLoader;
import dev.gazette.ingest.FileCollector;
import dev.gazette.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints how fast and how well {@link DocumentLoader} reads a folder: files, documents, failures
 * by reason, formats and charsets found, and throughput with two loading threads (as the importer
 * uses). With {@code generate N SEED} it first writes N pages with {@link GeneratedPages} into
 * {@code target/bench-pages}; with {@code corpus} it reads {@code ${gazette.shared}/corpus}
 * (default {@code ../shared/corpus}; measurement only).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.LoadBenchmark -Dexec.args="generate 500 42"
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.LoadBenchmark -Dexec.args="corpus" -Dgazette.shared=/work/shared
 * </pre>
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> roots = new ArrayList<>();
        if (args.length >= 1 && args[0].equals("generate")) {
            int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
            long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
            Path folder = Path.of("target", "bench-pages", n + "-" + seed);
            if (!Files.isDirectory(folder)) {
                GeneratedPages.generate(folder, n, seed);
            }
            roots.add(folder);
        } else if (args.length >= 1 && args[0].equals("corpus")) {
            Path corpus = Path.of(System.getProperty("gazette.shared", "../shared"), "corpus");
            if (!Files.isDirectory(corpus)) {
                System.err.println("no corpus at " + corpus.toAbsolutePath() + " (set -Dgazette.shared)");
                System.exit(2);
            }
            roots.add(corpus);
        } else {
            for (String a : args) {
                roots.add(Path.of(a));
            }
        }
        DocumentLoader loader = new DocumentLoader();
        long t0 = System.nanoTime();
        FileCollector.Result collected = new FileCollector(loader).collect(roots);
        long t1 = System.nanoTime();
        long bytes = 0;
        for (Path p : collected.files()) {
            bytes += Files.size(p);
        }
        // one warm-up pass so the figures measure steady state, then the measured pass
        run(loader, collected.files(), false);
        long t2 = System.nanoTime();
        Stats stats = run(loader, collected.files(), true);
        long t3 = System.nanoTime();
        double seconds = (t3 - t2) / 1e9;
        System.out.printf(Locale.ROOT, "collected %d files (%d skipped, %d unreadable) in %.0f ms%n",
                collected.files().size(), collected.skippedCount(), collected.unreadable().size(), (t1 - t0) / 1e6);
        System.out.printf(Locale.ROOT, "loaded %d documents from %d files, %.1f MB on disk, in %.2f s with 2 threads: "
                        + "%.0f files/s, %.1f MB/s%n", stats.documents, collected.files().size(), bytes / 1048576.0,
                seconds, collected.files().size() / seconds, bytes / 1048576.0 / seconds);
        System.out.println("formats:  " + stats.formats);
        System.out.println("charsets: " + stats.charsets);
        System.out.println("with url: " + stats.withUrl + ", with resources: " + stats.withResources);
        System.out.println("failures: " + stats.failures);
    }

    private static final class Stats {
        int documents;
        int withUrl;
        int withResources;
        final Map<String, Integer> formats = new TreeMap<>();
        final Map<String, Integer> charsets = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();
    }

    private static Stats run(DocumentLoader loader, List<Path> files, boolean record) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Stats stats = new Stats();
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> {
                    try {
                        return loader.load(f);
                    } catch (IOException e) {
                        return e.getMessage();
                    }
                }));
            }
            for (Future<Object> r : results) {
                Object o = r.get();
                if (!record) {
                    continue;
                }
                if (o instanceof String message) {
                    stats.failures.merge(message.replaceAll("\\d+", "N"), 1, Integer::sum);
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<SourceDocument> docs = (List<SourceDocument>) o;
                for (SourceDocument d : docs) {
                    stats.documents++;
                    stats.formats.merge(d.format().name(), 1, Integer::sum);
                    stats.charsets.merge(String.valueOf(d.charset()), 1, Integer::sum);
                    if (d.url() != null) {
                        stats.withUrl++;
                    }
                    if (!d.resources().isEmpty()) {
                        stats.withResources++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return stats;
    }
}

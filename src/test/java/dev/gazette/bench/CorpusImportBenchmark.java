package dev.gazette.bench;

import dev.gazette.model.ImportOutcome.Status;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Import speed on real pages (issue 15): every saved page of the HTML corpora in ../shared
 * (extraction-dev, dates-dev, snippets-dev, metadata-dev; about 590 pages) imported into a new
 * library, then the same folders again (every file already known), against the time
 * Readability4J 1.0.8 takes merely to extract the same pages, in the same JVM, before and after
 * the import (the better of its two runs is the reference).
 * <pre>
 * mvn -q -Preadability4j test-compile exec:java -Dexec.mainClass=dev.gazette.bench.CorpusImportBenchmark
 * </pre>
 */
public final class CorpusImportBenchmark {

    private CorpusImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<Path> roots = Stream.of("extraction-dev/html", "dates-dev/html", "snippets-dev/html", "metadata-dev")
                .map(corpus::resolve).filter(Files::isDirectory).toList();
        if (roots.isEmpty()) {
            System.out.println("no corpus at " + corpus.toAbsolutePath() + ": nothing measured");
            return;
        }
        List<Path> pages = new ArrayList<>();
        for (Path r : roots) {
            try (Stream<Path> s = Files.walk(r)) {
                s.filter(p -> p.toString().endsWith(".html.gz") || p.getFileName().toString().equals("source.html"))
                        .sorted(Comparator.naturalOrder()).forEach(pages::add);
            }
        }
        long bytes = 0;
        List<String> html = new ArrayList<>();
        for (Path p : pages) {
            String s = p.toString().endsWith(".gz") ? ExtractionBenchmark.readGz(p) : ExtractionBenchmark.decode(Files.readAllBytes(p));
            html.add(s);
            bytes += s.length();
        }
        System.out.printf("pages            %d (%.1f M characters of HTML) from %s%n", pages.size(), bytes / 1e6, roots);
        Function<String, String> r4j = ExtractionBenchmark.readability4j(Path.of("target/readability4j-lib"));
        double theirsBefore = r4j == null ? Double.NaN : time(html, r4j);

        Path work = Files.createTempDirectory("gazette-corpus-import");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double first;
        double second;
        ImportReport report;
        ImportReport again;
        try (LibraryService service = LibraryService.open(work.resolve("library"))) {
            long t0 = System.nanoTime();
            report = service.importPaths(roots);
            first = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            again = service.importPaths(roots);
            second = (System.nanoTime() - t1) / 1e9;
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double theirsAfter = r4j == null ? Double.NaN : time(html, r4j);
        double theirs = Math.min(theirsBefore, theirsAfter);

        int n = pages.size();
        System.out.printf("import           %s%n", report.summary());
        System.out.printf("import time      %.2f s, %.1f files/s (peak heap %.0f MB of %d MB)%n", first, n / first,
                peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
        System.out.printf("re-import        %.2f s, %.1f files/s; %d known (%s)%n", second, n / second,
                again.count(Status.DUPLICATE), again.summary());
        if (r4j != null) {
            System.out.printf("readability4j    %.2f s to extract them (runs %.2f / %.2f s)%n", theirs, theirsBefore, theirsAfter);
            System.out.printf("ratio            import / readability4j extract = %.2f (target <= 0.5)%n", first / theirs);
        } else {
            System.out.println("readability4j    not compared: run with -Preadability4j");
        }
        System.out.printf("load             %s%n", loadAverage());
    }

    private static double time(List<String> html, Function<String, String> extract) {
        long t = System.nanoTime();
        long chars = 0;
        for (String h : html) {
            chars += extract.apply(h).length();
        }
        if (chars < 0) {
            System.out.println(chars);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static String loadAverage() {
        return String.format("%.1f (1-minute load average, %d cores)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}

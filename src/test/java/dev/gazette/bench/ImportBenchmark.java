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
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports N generated realistic pages (50–300 KB, several formats) into a fresh library and
 * prints files per second, MB per second, peak heap and library size per article.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.ImportBenchmark -Dexec.args="1000"
 * </pre>
 * Run each N in its own JVM to compare peak heaps (exec:java shares Maven's JVM; for a clean
 * figure use {@code java -Xmx2g -cp target/classes:target/test-classes:target/lib/* …}).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench/import");
        Path pages = work.resolve("pages-" + n);
        Path library = work.resolve("library-" + n + "-" + System.currentTimeMillis());
        if (!Files.isDirectory(pages) || count(pages) < n) {
            System.out.printf("generating %d pages in %s …%n", n, pages);
            GeneratedPages.generate(pages, n, 42);
        }
        long bytes = size(pages);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportReport report;
        try (LibraryService service = LibraryService.open(library)) {
            report = service.importPaths(List.of(pages));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long librarySize = size(library);
        long imported = report.count(Status.IMPORTED);
        System.out.printf("files            %d (%.1f MB)%n", n, bytes / 1e6);
        System.out.printf("result           %s%n", report.summary());
        System.out.printf("time             %.1f s%n", seconds);
        System.out.printf("files/s          %.1f%n", n / seconds);
        System.out.printf("MB/s             %.2f%n", bytes / 1e6 / seconds);
        System.out.printf("peak heap        %.0f MB (max %d MB)%n", peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
        System.out.printf("library size     %.1f MB, %.1f KB per article%n", librarySize / 1e6,
                imported == 0 ? 0 : librarySize / 1e3 / imported);
        System.out.printf("cores            %d%n", Runtime.getRuntime().availableProcessors());
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}

package dev.gazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 24's import figure, as a person runs it: whole processes, {@code target/gazette import}
 * of a set of saved pages into a new library, against Readability4J 1.0.8 merely extracting the
 * same pages ({@link Readability4JMain}, one process), interleaved round by round so the
 * machine's load falls on both alike. Prints per variant the medians of files per second, wall
 * and CPU time (user + system of the process, from {@code /usr/bin/time}) and the ratios to
 * Readability4J of the same rounds, and the load average before and after.
 * <pre>
 * mvn -B -DskipTests package &amp;&amp; mvn -B -q -Preadability4j generate-test-resources   # once
 * java -cp "target/classes:target/test-classes:target/lib/*" dev.gazette.bench.ImportSpeed 5 bodies
 * </pre>
 * Arguments: {@code [rounds] [bodies|corpus] [--gazette "COMMAND"]…}. {@code bodies} is the 1,280
 * pages of {@code corpus/bodies-dev/html}; {@code corpus} the pages of the four HTML corpora
 * {@link CorpusImportBenchmark} imports (extraction-, dates-, snippets- and metadata-dev). Each
 * {@code --gazette} adds a variant started as the given command followed by {@code import
 * --library DIR FILES} (an older build's launcher, {@code java -jar …}); without any, the variant
 * is {@code target/gazette}. Each import goes into a new library under {@code target/bench/import-speed}.
 * With {@code GAZETTE_JAVA_OPTS=-Dgazette.import.timings=true} in the environment each import also
 * prints where its time went (on its standard error, discarded here: run the import alone to see it).
 */
public final class ImportSpeed {

    private static final Path SHARED = Path.of(System.getProperty("gazette.shared", "../shared"));
    private static final String R4J = "readability4j";

    private ImportSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 5;
        String set = Arrays.stream(args).filter(a -> a.equals("bodies") || a.equals("corpus")).findFirst().orElse("bodies");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gazette")) {
                String cmd = args[++i];
                variants.put(cmd, new ArrayList<>(Arrays.asList(cmd.trim().split("\\s+"))));
            }
        }
        if (variants.isEmpty()) {
            variants.put("target/gazette", new ArrayList<>(List.of("target/gazette")));
        }
        List<Path> pages = pages(set);
        Path work = Path.of("target/bench/import-speed");
        System.out.printf(Locale.ROOT, "import of %d pages (%s), %d rounds interleaved with Readability4J; load before: %s%n",
                pages.size(), set, rounds, SpeedBenchmark.load());
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(variants.keySet());
        order.add(R4J);
        // one unmeasured run of Readability4J brings the pages into the file cache
        SpeedBenchmark.run(SpeedBenchmark.readability4j(), pages, 600);
        for (int r = 0; r < rounds; r++) {
            Collections.rotate(order, 1);
            for (String v : order) {
                double[] t;
                if (v.equals(R4J)) {
                    t = SpeedBenchmark.run(SpeedBenchmark.readability4j(), pages, 900);
                } else {
                    Path library = work.resolve("lib-" + r + "-" + Math.abs(v.hashCode()));
                    deleteTree(library);
                    List<String> cmd = new ArrayList<>(variants.get(v));
                    cmd.addAll(List.of("import", "--library", library.toString()));
                    t = SpeedBenchmark.run(cmd, pages, 900);
                    deleteTree(library);
                }
                times.computeIfAbsent(v, k -> new ArrayList<>()).add(t);
                System.out.printf(Locale.ROOT, "  round %d %-40s %7.2f s wall %7.2f s CPU%s%n", r + 1, v, t[0], t[1],
                        t[2] == 0 ? "" : "  (exit " + (int) t[2] + ")");
            }
        }
        List<double[]> theirs = times.get(R4J);
        System.out.printf(Locale.ROOT, "medians of %d rounds (ratio: to Readability4J of the same round, then the median)%n", rounds);
        for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
            double[] m = SpeedBenchmark.median(e.getValue());
            List<double[]> ratios = new ArrayList<>();
            for (int r = 0; r < e.getValue().size(); r++) {
                double[] mine = e.getValue().get(r);
                ratios.add(new double[] {mine[0] / theirs.get(r)[0], mine[1] / theirs.get(r)[1]});
            }
            double[] ratio = SpeedBenchmark.median(ratios);
            System.out.printf(Locale.ROOT, "  %-40s %6.1f files/s  wall %7.2f s  CPU %7.2f s (%5.1f files per CPU s)"
                            + "  ratio wall %.2f  CPU %.2f%n", e.getKey(), pages.size() / m[0], m[0], m[1],
                    pages.size() / m[1], ratio[0], ratio[1]);
        }
        System.out.println("load after: " + SpeedBenchmark.load());
    }

    /** The pages of a set, in a fixed order. */
    static List<Path> pages(String set) throws IOException {
        Path corpus = SHARED.resolve("corpus");
        List<Path> roots = set.equals("bodies") ? List.of(corpus.resolve("bodies-dev/html"))
                : Stream.of("extraction-dev/html", "dates-dev/html", "snippets-dev/html", "metadata-dev")
                .map(corpus::resolve).toList();
        List<Path> pages = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("no pages at " + root.toAbsolutePath() + " (../shared is needed)");
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".html.gz") || p.getFileName().toString().equals("source.html"))
                        .sorted(Comparator.naturalOrder()).forEach(pages::add);
            }
        }
        return pages;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package dev.gazette.bench;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;
import dev.gazette.store.Library;
import dev.gazette.store.NewArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds synthetic libraries of the given sizes and prints insert rate, database size per
 * article and median / p95 times of the queries the window runs most.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.LibraryBenchmark \
 *     -Dexec.args="10000 100000 [--dir=target/bench] [--keep]"
 * </pre>
 * With {@code --keep} the libraries stay in the folder and a later run with the same folder
 * and size measures the queries again without rebuilding.
 */
public final class LibraryBenchmark {

    // Shape of the synthetic library -------------------------------------------------------
    static final int COUNTRIES = 200;
    static final int TAGS = 500;
    static final int SOURCES = 300;
    static final int VOCABULARY = 30_000;
    static final int FIRST_YEAR = 2006;
    static final int YEARS = 20;
    static final double UNDATED_SHARE = 0.03;
    static final double READ_SHARE = 0.6;
    static final double STARRED_SHARE = 0.05;
    /** Body length in words: log-normal around a median of 550 words. */
    static final double WORDS_MEDIAN = 550;
    static final double WORDS_SIGMA = 0.6;
    static final int BATCH = 2_000;
    static final int REPEATS = 41;
    static final int PAGE = 50;

    /** With --measure-every=N, queries are also measured each N articles while building. */
    private static int measureEvery;

    private final Random random = new Random(42);
    private final String[] vocabulary = new String[VOCABULARY];
    private final double[] wordCdf = zipfCdf(VOCABULARY, 1.0);
    private final String[] countries;
    private final double[] countryCdf = zipfCdf(COUNTRIES, 1.1);
    private final double[] tagCdf = zipfCdf(TAGS, 0.9);
    private final double[] sourceCdf = zipfCdf(SOURCES, 1.0);

    private LibraryBenchmark() {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fe", "go", "hu", "ji",
            "ze", "pa", "qui", "ro", "shi", "tan", "vel", "wor", "xi", "yel", "zor", "an", "ek", "ir", "on", "ul"};
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder sb = new StringBuilder();
            int n = i;
            do {
                sb.append(syllables[n % syllables.length]);
                n /= syllables.length;
            } while (n > 0);
            if (i > 500) {
                sb.append(syllables[(i * 7) % syllables.length]);
            }
            vocabulary[i] = sb.toString();
        }
        String[] iso = Locale.getISOCountries();
        countries = Arrays.copyOf(iso, COUNTRIES);
    }

    public static void main(String[] args) throws Exception {
        Path base = Paths.get("target", "bench");
        boolean keep = false;
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--dir=")) {
                base = Paths.get(a.substring(6));
            } else if (a.startsWith("--measure-every=")) {
                measureEvery = Integer.parseInt(a.substring(16).replace("_", ""));
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                sizes.add(Integer.parseInt(a.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        for (int size : sizes) {
            new LibraryBenchmark().run(base.resolve("library-" + size), size, keep);
        }
    }

    static String[] region(String code) {
        int h = Math.abs(code.hashCode());
        int sub = h % 22;
        return new String[] {"Subregion " + sub, "Continent " + (sub % 5)};
    }

    private void run(Path dir, int size, boolean keep) throws IOException {
        System.out.printf("%n== %,d articles (%s)%n", size, dir);
        long existing = 0;
        if (Files.exists(dir.resolve(Library.DATABASE_FILE))) {
            try (Library lib = Library.open(dir, LibraryBenchmark::region)) {
                existing = lib.count(ArticleQuery.ALL);
            }
        }
        if (existing != size) {
            delete(dir);
            build(dir, size);
        } else {
            System.out.println("reusing the library built earlier");
        }
        long dbBytes = sizeOf(dir);
        System.out.printf("database size: %,.0f MB, %,.0f bytes per article%n", dbBytes / 1e6, (double) dbBytes / size);
        try (Library lib = Library.open(dir, LibraryBenchmark::region)) {
            System.out.printf("load average before queries: %.1f (2 cores shared)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            measure(lib, size);
        }
        if (!keep) {
            delete(dir);
        }
    }

    private void build(Path dir, int size) {
        long start = System.nanoTime();
        try (Library lib = Library.open(dir, LibraryBenchmark::region)) {
            List<NewArticle> batch = new ArrayList<>(BATCH);
            long lastReport = start;
            long storing = 0;
            long storingCpu = 0;
            for (int i = 0; i < size; i++) {
                batch.add(synthetic(i));
                if (batch.size() == BATCH || i == size - 1) {
                    long t0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    lib.addAll(batch);
                    storing += System.nanoTime() - t0;
                    storingCpu += THREADS.getCurrentThreadCpuTime() - c0;
                    batch.clear();
                    long now = System.nanoTime();
                    if (now - lastReport > 30e9) {
                        System.out.printf("  … %,d articles, %,.0f per second stored%n", i + 1, (i + 1) / (storing / 1e9));
                        lastReport = now;
                    }
                    if (measureEvery > 0 && (i + 1) % measureEvery == 0 && i + 1 < size) {
                        System.out.printf("%n-- measured at %,d articles (%,.0f stored per second so far, %,.0f per CPU"
                                + " second; load average %.1f)%n", i + 1, (i + 1) / (storing / 1e9),
                                (i + 1) / (storingCpu / 1e9),
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                        measure(lib, i + 1);
                        System.out.flush();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("insert: %,.0f articles per second in the store (addAll, batches of %,d);"
                    + " %,.0f per CPU second; %,.1f s in all with generation; load average %.1f%n",
                    size / (storing / 1e9), BATCH, size / (storingCpu / 1e9), seconds,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private NewArticle synthetic(int i) {
        int words = (int) Math.max(40, Math.round(WORDS_MEDIAN * Math.exp(WORDS_SIGMA * random.nextGaussian())));
        StringBuilder text = new StringBuilder(words * 8);
        StringBuilder html = new StringBuilder(words * 9);
        html.append("<p>");
        for (int w = 0; w < words; w++) {
            String word = vocabulary[pick(wordCdf)];
            text.append(word);
            html.append(word);
            if (w % 60 == 59) {
                text.append(".\n\n");
                html.append(".</p>\n<p>");
            } else {
                text.append(' ');
                html.append(' ');
            }
        }
        html.append("</p>");
        String title = cap(vocabulary[pick(wordCdf)]) + " " + vocabulary[pick(wordCdf)] + " "
                + vocabulary[100 + random.nextInt(VOCABULARY - 100)] + " " + vocabulary[pick(wordCdf)];
        String published = null;
        if (random.nextDouble() >= UNDATED_SHARE) {
            published = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(YEARS * 365)).toString();
        }
        int source = pick(sourceCdf);
        ExtractedArticle x = new ExtractedArticle(title, published, null, "Author " + random.nextInt(5000),
                "Source " + source, "site" + source + ".example", "en", "https://site" + source + ".example/a/" + i,
                null, null, text.toString(), html.toString());
        int n = 1 + (random.nextDouble() < 0.5 ? 0 : random.nextInt(3));
        List<CountryMention> mentions = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String code = countries[pick(countryCdf)];
            if (mentions.stream().noneMatch(m -> m.code().equals(code))) {
                mentions.add(new CountryMention(code, 10 - c, List.of("word" + c)));
            }
        }
        String primary = mentions.get(0).code();
        RegionAssessment ra = new RegionAssessment(mentions, primary, region(primary)[0], region(primary)[1]);
        List<String> tags = new ArrayList<>();
        int t = random.nextInt(5);
        for (int k = 0; k < t; k++) {
            tags.add("tag" + pick(tagCdf));
        }
        return new NewArticle(x, ra, SourceFormat.HTML, Integer.toHexString(i) + "-" + text.length(), null, null,
                List.of(), tags, null, random.nextDouble() < READ_SHARE, random.nextDouble() < STARRED_SHARE);
    }

    private void measure(Library lib, int size) {
        Random r = new Random(7);
        List<Object[]> results = new ArrayList<>();
        results.add(time("facets, region filter", () -> {
            String region = r.nextBoolean() ? countries[r.nextInt(30)] : "Subregion " + r.nextInt(22);
            return lib.facets(ArticleQuery.ALL.withRegions(List.of(region)));
        }));
        results.add(time("facets, date filter", () -> {
            int y = FIRST_YEAR + r.nextInt(YEARS);
            return lib.facets(r.nextBoolean() ? ArticleQuery.ALL.withDate(y, null, null)
                    : ArticleQuery.ALL.withDate(y, 1 + r.nextInt(12), null));
        }));
        results.add(time("facets, no filter", () -> lib.facets(ArticleQuery.ALL)));
        // other sidebar clicks (not in the list; counted from the matching articles)
        results.add(time("facets, region+year", () -> lib.facets(ArticleQuery.ALL
                .withRegions(List.of(countries[r.nextInt(30)])).withDate(FIRST_YEAR + r.nextInt(YEARS), null, null))));
        results.add(time("facets, tag filter", () -> lib.facets(ArticleQuery.ALL
                .withTags(List.of("tag" + r.nextInt(50)), null, null))));
        results.add(time("facets, unread", () -> lib.facets(ArticleQuery.ALL.withRead(false))));
        results.add(time("first page, region+unread", () -> lib.list(ArticleQuery.ALL
                .withRegions(List.of(countries[r.nextInt(60)])).withRead(false), 0, PAGE)));
        results.add(time("first page, tag+year", () -> lib.list(ArticleQuery.ALL
                .withTags(List.of("tag" + r.nextInt(50)), null, null).withDate(FIRST_YEAR + r.nextInt(YEARS), null, null),
                0, PAGE)));
        results.add(time("count, tag+year", () -> lib.count(ArticleQuery.ALL
                .withTags(List.of("tag" + r.nextInt(50)), null, null).withDate(FIRST_YEAR + r.nextInt(YEARS), null, null))));
        results.add(time("search, two words (relevance)", () -> lib.list(ArticleQuery.ALL
                .withWords(searchWord(r) + " " + searchWord(r)).withSort(ArticleQuery.Sort.RELEVANCE), 0, PAGE)));
        results.add(time("search, two words (newest)", () -> lib.list(ArticleQuery.ALL
                .withWords(searchWord(r) + " " + searchWord(r)), 0, PAGE)));
        results.add(time("search + tag + date", () -> lib.list(ArticleQuery.ALL
                .withWords(searchWord(r) + " " + searchWord(r)).withTags(List.of("tag" + r.nextInt(30)), null, null)
                .withRange(LocalDate.of(FIRST_YEAR + r.nextInt(10), 1, 1), null), 0, PAGE)));
        results.add(time("facets, search", () -> lib.facets(ArticleQuery.ALL
                .withWords(searchWord(r) + " " + searchWord(r)))));
        results.add(time("open one article", () -> {
            long id = 1 + r.nextInt(size);
            return lib.article(id).orElseThrow().content().bodyHtml().length() + lib.state(id).orElseThrow().tags().size();
        }));
        System.out.printf("%-32s %10s %10s %12s %10s%n", "query", "median ms", "p95 ms", "cpu median", "cpu p95");
        for (Object[] row : results) {
            System.out.printf("%-32s %10.1f %10.1f %12.1f %10.1f%n", row[0], row[1], row[2], row[3], row[4]);
        }
        // nothing may load all articles: the heap in use after the queries, against the limit
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("heap: %d MB in use after the queries, pools' peaks sum to %d MB, limit %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, peak >> 20, rt.maxMemory() >> 20);
    }

    /** A word a person might search for: common, but not among the most frequent. */
    private String searchWord(Random r) {
        return vocabulary[50 + r.nextInt(2_000)];
    }

    /** Wall-clock and CPU time (SQLite runs on the calling thread, so CPU time shows the cost
     *  of a query even when other programs share the cores). */
    private static Object[] time(String name, Supplier<Object> query) {
        query.get(); // warm up
        double[] ms = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Object result = query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            if (result == null) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(REPEATS * 0.95) - 1;
        return new Object[] {name, ms[REPEATS / 2], ms[p95], cpu[REPEATS / 2], cpu[p95]};
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private int pick(double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(Library.DATABASE_FILE))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

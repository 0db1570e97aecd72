package dev.gazette.bench;

import dev.gazette.model.SourceDocument;
import dev.gazette.service.ExtractionPipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Issue 15's figures, each as a ratio to Readability4J 1.0.8 measured in the same run:
 * <ul>
 *   <li>{@code process}: whole processes, one page and the 116 real pages, {@code java -jar
 *   target/gazette.jar extract --json …} against {@link Readability4JMain} on the same files,
 *   interleaved round by round so the machine's load falls on both alike;</li>
 *   <li>{@code warm}: pages per second of the whole pipeline in one warm JVM (load, extract with
 *   metadata and dates, place in regions) against Readability4J on the same decoded pages;</li>
 *   <li>{@code pathological}: whole processes on the generated worst pages ({@link PathologicalPages}).</li>
 * </ul>
 * The 116 real pages are the 65 of {@code corpus/extraction-dev} and the first 51 of
 * {@code corpus/metadata-dev} (by folder name), read from {@code ../shared}. Needs {@code mvn -B
 * -DskipTests package} (the jar) and {@code -Preadability4j} once (target/readability4j-lib).
 * Prints the load average beside the figures: the build machine is shared.
 * <pre>
 * mvn -q -Preadability4j test-compile exec:java -Dexec.mainClass=dev.gazette.bench.SpeedBenchmark -Dexec.args="process 5"
 * </pre>
 * Arguments: {@code process [rounds] [--gazette "COMMAND"]…}, {@code warm [rounds]},
 * {@code pathological [rounds]}. Each {@code --gazette} adds a variant started as the given
 * command line followed by {@code extract --json FILES} (e.g. an older jar, or the jar with an
 * AppCDS archive); without any, the variant is {@code java -jar target/gazette.jar}.
 */
public final class SpeedBenchmark {

    private static final Path SHARED = Path.of(System.getProperty("gazette.shared", "../shared"));
    private static final Path R4J_LIB = Path.of("target/readability4j-lib");

    private SpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "process";
        int rounds = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 5;
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--gazette")) {
                String cmd = args[++i];
                variants.put(cmd, Arrays.asList(cmd.trim().split("\\s+")));
            }
        }
        if (variants.isEmpty()) {
            variants.put("gazette.jar", List.of(java(), "-jar", "target/gazette.jar"));
        }
        System.out.println("load before: " + load());
        switch (mode) {
            case "process" -> process(rounds, variants);
            case "warm" -> warm(rounds);
            case "pathological" -> pathological(rounds, variants);
            default -> throw new IllegalArgumentException("mode is process, warm or pathological: " + mode);
        }
        System.out.println("load after: " + load());
    }

    /** The 116 real pages: extraction-dev's 65 and metadata-dev's first 51 folders. */
    static List<Path> realPages() throws IOException {
        Path corpus = SHARED.resolve("corpus");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("extraction-dev/html"))) {
            s.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("metadata-dev"))) {
            s.filter(Files::isDirectory).sorted().limit(51).map(d -> d.resolve("source.html")).forEach(pages::add);
        }
        if (pages.size() != 116) {
            throw new IllegalStateException("expected 116 pages under " + corpus.toAbsolutePath() + ", found " + pages.size());
        }
        return pages;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> readability4j() {
        if (!Files.isDirectory(R4J_LIB)) {
            throw new IllegalStateException("run once with -Preadability4j: " + R4J_LIB + " is missing");
        }
        return List.of(java(), "-cp", "target/test-classes" + java.io.File.pathSeparator + R4J_LIB + "/*",
                Readability4JMain.class.getName());
    }

    private static void process(int rounds, Map<String, List<String>> gazettes) throws Exception {
        List<Path> pages = realPages();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        gazettes.forEach((name, cmd) -> {
            List<String> c = new ArrayList<>(cmd);
            c.addAll(List.of("extract", "--json"));
            variants.put(name, c);
        });
        variants.put("readability4j", readability4j());
        Map<String, List<Path>> sets = new LinkedHashMap<>();
        sets.put("one page", List.of(pages.get(0)));
        sets.put("116 pages", pages);
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        // one unmeasured run of each, so the file cache holds every jar and page
        for (List<String> cmd : variants.values()) {
            run(cmd, pages.subList(0, 1), 120);
        }
        for (int r = 0; r < rounds; r++) {
            List<String> order = new ArrayList<>(variants.keySet());
            java.util.Collections.rotate(order, r);
            for (Map.Entry<String, List<Path>> set : sets.entrySet()) {
                for (String v : order) {
                    double[] t = run(variants.get(v), set.getValue(), 300);
                    times.computeIfAbsent(set.getKey() + "|" + v, k -> new ArrayList<>()).add(t);
                }
            }
        }
        System.out.printf(Locale.ROOT, "whole process, %d rounds interleaved: median wall s [min–max], median CPU s%n", rounds);
        for (String set : sets.keySet()) {
            double[] base = median(times.get(set + "|readability4j"));
            for (String v : variants.keySet()) {
                List<double[]> ts = times.get(set + "|" + v);
                double[] m = median(ts);
                System.out.printf(Locale.ROOT, "  %-10s %-40s %6.2f s [%.2f–%.2f]  cpu %5.2f s  ratio wall %.2f  cpu %.2f%n",
                        set, v, m[0], ts.stream().mapToDouble(t -> t[0]).min().orElse(0),
                        ts.stream().mapToDouble(t -> t[0]).max().orElse(0), m[1], m[0] / base[0], m[1] / base[1]);
            }
        }
    }

    private static void pathological(int rounds, Map<String, List<String>> gazettes) throws Exception {
        Map<String, Path> pages = PathologicalPages.writeAll(Path.of("target/bench/pathological"));
        Map<String, List<String>> variants = new LinkedHashMap<>();
        gazettes.forEach((name, cmd) -> {
            List<String> c = new ArrayList<>(cmd);
            c.addAll(List.of("extract", "--json"));
            variants.put(name, c);
        });
        variants.put("readability4j", readability4j());
        System.out.printf(Locale.ROOT, "whole process per page, %d rounds: median wall s, CPU s (timeout 60 s)%n", rounds);
        for (Map.Entry<String, Path> page : pages.entrySet()) {
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                    times.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(run(v.getValue(), List.of(page.getValue()), 60));
                }
            }
            double[] base = median(times.get("readability4j"));
            System.out.printf(Locale.ROOT, "  %s (%.1f MB)%n", page.getKey(), Files.size(page.getValue()) / 1048576.0);
            for (Map.Entry<String, List<double[]>> t : times.entrySet()) {
                double[] m = median(t.getValue());
                System.out.printf(Locale.ROOT, "    %-40s %6.2f s  cpu %6.2f s  ratio %.2f%s%n", t.getKey(), m[0], m[1],
                        m[0] / base[0], m[2] != 0 ? "  (exit " + (int) m[2] + ")" : "");
            }
        }
    }

    /** Runs command + files; returns {wall s, CPU s (user+system, from /usr/bin/time), exit status}. */
    static double[] run(List<String> command, List<Path> files, int timeoutSeconds) throws Exception {
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        Path cpuFile = Files.createTempFile("speed", ".cpu");
        if (timed) {
            cmd.addAll(List.of("/usr/bin/time", "-q", "-f", "%U %S", "-o", cpuFile.toString()));
        }
        cmd.addAll(command);
        files.forEach(f -> cmd.add(f.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        int status;
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            status = -1;
        } else {
            status = p.exitValue();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = Double.NaN;
        if (timed) {
            String[] f = Files.readString(cpuFile).trim().split("\\s+");
            if (f.length >= 2) {
                try {
                    cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
                } catch (NumberFormatException e) {
                    // killed: no figure
                }
            }
        }
        Files.deleteIfExists(cpuFile);
        return new double[] {wall, cpu, status};
    }

    static double[] median(List<double[]> values) {
        int n = values.get(0).length;
        double[] m = new double[n];
        for (int k = 0; k < n; k++) {
            final int kk = k;
            double[] col = values.stream().mapToDouble(v -> v[kk]).sorted().toArray();
            m[k] = col.length % 2 == 1 ? col[col.length / 2] : (col[col.length / 2 - 1] + col[col.length / 2]) / 2;
        }
        return m;
    }

    private static void warm(int rounds) throws Exception {
        List<Path> files = realPages();
        ExtractionPipeline pipeline = new ExtractionPipeline();
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.addAll(pipeline.loader().load(f));
        }
        Function<String, String> theirs = Boolean.getBoolean("speed.gazetteOnly") ? null
                : ExtractionBenchmark.readability4j(R4J_LIB);
        List<String> html = docs.stream().map(SourceDocument::content).toList();
        System.out.printf(Locale.ROOT, "warm, %d pages, whole pipeline (extract, metadata, dates, regions)%n", docs.size());
        // warm-up: five passes each (the first few run before the compiler has caught up)
        for (int i = 0; i < 5; i++) {
            docs.forEach(pipeline::prepare);
            if (theirs != null) {
                html.forEach(theirs::apply);
            }
        }
        List<Double> ours = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Double> oursCpu = new ArrayList<>();
        List<Double> otherCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            docs.forEach(pipeline::prepare);
            ours.add(docs.size() / ((System.nanoTime() - t0) / 1e9));
            oursCpu.add(docs.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
            if (theirs != null) {
                c0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                html.forEach(theirs::apply);
                other.add(html.size() / ((System.nanoTime() - t0) / 1e9));
                otherCpu.add(html.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
            }
        }
        double mine = ours.stream().sorted().toList().get(ours.size() / 2);
        double mineCpu = oursCpu.stream().sorted().toList().get(oursCpu.size() / 2);
        System.out.printf(Locale.ROOT, "  gazette        %7.1f pages/s wall, %7.1f per CPU second (median of %d passes; wall %s)%n",
                mine, mineCpu, rounds, fmt(ours));
        if (theirs != null) {
            double r4j = other.stream().sorted().toList().get(other.size() / 2);
            double r4jCpu = otherCpu.stream().sorted().toList().get(otherCpu.size() / 2);
            System.out.printf(Locale.ROOT, "  readability4j  %7.1f pages/s wall, %7.1f per CPU second (wall %s)%n", r4j, r4jCpu,
                    fmt(other));
            System.out.printf(Locale.ROOT, "  time ratio gazette/readability4j: wall %.2f, CPU %.2f%n", r4j / mine, r4jCpu / mineCpu);
        } else {
            System.out.println("  Readability4J not compared: run once with -Preadability4j");
        }
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).reduce((a, b) -> a + " " + b).orElse("");
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

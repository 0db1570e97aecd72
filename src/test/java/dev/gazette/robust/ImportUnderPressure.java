package dev.gazette.robust;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.store.Library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Issue 19's drill: the real command line, {@code import} of {@link HostileFolder} in a child JVM
 * with a 512 MB heap, while this JVM keeps every core busy. One run's result says whether the
 * process ended normally, whether both good articles are in and whether every file has its line.
 * As a command it repeats the drill and prints a table:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.robust.ImportUnderPressure -Dexec.args="20"}
 * (optional: the per-file time limit in seconds, default 60; then {@code --issue-folder} for the
 * folder as the issue had it, without the 17, 30 and 40 MB pages added by default).
 */
public final class ImportUnderPressure {

    /** What one run gave. */
    public record Run(int exitCode, boolean crashed, List<String> goodTitles, int fileLines, int files,
                      long millis, String stderrTail) {
        /** Ended normally with both good articles in and a line for every file. */
        public boolean passed() {
            return !crashed && (exitCode == 0 || exitCode == 1) && goodTitles.size() == 2 && fileLines == files;
        }
    }

    private ImportUnderPressure() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int maxSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path work = Files.createTempDirectory("gazette-pressure");
        boolean heavy = args.length <= 2 || !args[2].equals("--issue-folder");
        Path folder = heavy ? HostileFolder.writeHeavy(work.resolve("folder")) : HostileFolder.write(work.resolve("folder"));
        int passed = 0;
        System.out.printf("%-4s %-6s %-8s %-5s %-6s %s%n", "run", "exit", "crashed", "good", "lines", "seconds");
        for (int i = 1; i <= runs; i++) {
            Run r = run(folder, work.resolve("run" + i), maxSeconds, true);
            passed += r.passed() ? 1 : 0;
            System.out.printf("%-4d %-6d %-8s %-5d %-6s %.1f%n", i, r.exitCode(), r.crashed(), r.goodTitles().size(),
                    r.fileLines() + "/" + r.files(), r.millis() / 1000.0);
            if (!r.passed()) {
                System.out.println("   stderr: " + r.stderrTail());
            }
        }
        System.out.println(passed + " of " + runs + " runs ended normally with both good articles in and every file reported"
                + " (-Xmx512m, per-file limit " + maxSeconds + " s, " + (heavy ? "with" : "without")
                + " the large pages, load: every core busy in the parent)");
        System.exit(passed == runs ? 0 : 1);
    }

    /** One import of folder into a new library under dir, in a child JVM with -Xmx512m. */
    public static Run run(Path folder, Path dir, int maxSecondsPerFile, boolean loadTheMachine)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path library = dir.resolve("library");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true",
                "-Duser.home=" + dir.toAbsolutePath(),
                "-Dgazette.import.maxSecondsPerFile=" + maxSecondsPerFile,
                "-cp", ChildJvm.classPath(), "dev.gazette.Launcher",
                "--library", library.toString(), "import", folder.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("GAZETTE_LIBRARY");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        if (loadTheMachine) {
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                Thread t = new Thread(() -> {
                    long x = 0;
                    while (!stop.get()) {
                        x += System.nanoTime() % 7;
                    }
                    if (x == 42) {
                        System.out.print("");
                    }
                }, "load-" + i);
                t.setDaemon(true);
                t.start();
                load.add(t);
            }
        }
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        boolean ended;
        try {
            ended = p.waitFor(15, TimeUnit.MINUTES);
        } finally {
            stop.set(true);
        }
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(out) + Files.readString(err);
        boolean crashed = !ended || output.contains("OutOfMemoryError") || output.contains("Exception in thread");
        int files;
        try (Stream<Path> s = Files.list(folder)) {
            files = (int) s.count();
        }
        int lines = 0;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String name = f.toString();
                if (output.lines().anyMatch(l -> l.matches("^(imported|failed|duplicate|skipped) +\\Q" + name + "\\E( .*)?$"))) {
                    lines++;
                }
            }
        }
        List<String> good = new ArrayList<>();
        if (Files.exists(library.resolve(Library.DATABASE_FILE))) {
            try (Library lib = Library.open(library)) {
                for (ArticleSummary a : lib.list(ArticleQuery.ALL, 0, 1000)) {
                    if (a.title() != null && (a.title().startsWith("Quarry reopens") || a.title().startsWith("Volunteers repaint"))) {
                        good.add(a.title());
                    }
                }
            }
        }
        String tail = Files.readString(err);
        tail = tail.length() > 600 ? tail.substring(tail.length() - 600) : tail;
        return new Run(ended ? p.exitValue() : -1, crashed, good, lines, files, millis, tail.replace('\n', ' '));
    }
}

package dev.gazette.robust;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills a real import (a child JVM running {@code gazette --library DIR import FOLDER}) with
 * SIGKILL at random moments, checks the library after every kill, then reruns the import to the
 * end and checks that it completed with no duplicates. Shared by {@code CrashSafetyTest} (a few
 * kills in every build) and {@code bench.CrashBenchmark} (as many as asked).
 */
public final class CrashDrill {

    /** Articles in the generated folder. */
    public static final int ARTICLES = 120;
    /** Longest time a child import may take before the drill calls it hung. */
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    /** What the drill saw. */
    public record Result(int kills, int survived, int killedMidImport, int finishedBeforeKill, List<String> problems,
                         long articlesAtEnd, long duplicatesAtEnd) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path work;
    private final Random random;
    private final PrintStream log;

    public CrashDrill(Path work, long seed, PrintStream log) {
        this.work = work;
        this.random = new Random(seed);
        this.log = log;
    }

    private static final String[] FILLER = ("again on Tuesday to weigh the plan and officials said vote would follow once"
            + " residents had been heard at length in public sessions while the mayor asked for patience as engineers"
            + " checked budget figures before winter harbour roads schools water power clinics markets buses").split(" ");

    /** Writes the folder of articles to import: small distinct HTML pages, each with a unique word. */
    public static Path writeSources(Path folder) throws IOException {
        Files.createDirectories(folder);
        String[] places = {"Kenya", "Chile", "Norway", "Japan", "Brazil", "Ghana", "India", "Canada"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            StringBuilder body = new StringBuilder();
            // words drawn per article, so that no two reports read alike (near-copies of one
            // story would be grouped as one story's copies: docs/copies.md)
            Random words = new Random(i);
            for (int p = 0; p < 6; p++) {
                body.append("<p>Paragraph ").append(p).append(" of report ").append(uniqueWord(i))
                        .append(" from ").append(place).append(": the council in ").append(place).append(" met");
                for (int w = 0; w < 24; w++) {
                    body.append(' ').append(FILLER[words.nextInt(FILLER.length)]);
                }
                body.append(".</p>\n");
            }
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report " + i + " from " + place
                    + "</title><meta property=\"article:published_time\" content=\"2021-03-" + String.format("%02d", 1 + i % 28)
                    + "T10:00:00Z\"></head><body><nav>Home | World | Sport</nav><article><h1>Report " + i + " from "
                    + place + "</h1>" + body + "</article><footer>Copyright</footer></body></html>";
            Files.writeString(folder.resolve(String.format("article-%03d.html", i)), html, StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** A word that appears in article i only. */
    public static String uniqueWord(int i) {
        StringBuilder s = new StringBuilder("zq");
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.append("xv").toString();
    }

    public Result run(int kills) throws Exception {
        Path sources = writeSources(work.resolve("to-import"));
        int generation = 1;
        Path library = work.resolve("library-1");
        List<String> problems = new ArrayList<>();
        int midImport = 0;
        int finished = 0;
        int survived = 0;
        for (int k = 1; k <= kills; k++) {
            long stored = articles(library);
            if (stored >= ARTICLES - 5) {
                // this library is (nearly) complete, so a kill could only land in its last few
                // stores: the next kills interrupt a fresh import
                library = work.resolve("library-" + ++generation);
                stored = 0;
            }
            Process child = ChildJvm.launcher(work, "--library", library.toString(), "import", sources.toString());
            long started = System.nanoTime();
            // Kill either while the JVM starts and opens the library, or right after the n-th
            // outcome line (the files already stored are reported first, as duplicates; then a
            // random number of new stores) plus a random few milliseconds.
            int afterLines = random.nextInt(5) == 0 ? -1 : (int) stored + random.nextInt(ARTICLES - (int) stored);
            long startDelayMs = random.nextInt(3000);
            int jitterMs = random.nextInt(25);
            boolean exited = false;
            while (true) {
                if (!child.isAlive()) {
                    exited = true;
                    break;
                }
                long elapsedMs = (System.nanoTime() - started) / 1_000_000;
                if (afterLines < 0 ? elapsedMs >= startDelayMs : outcomeLines(work) >= afterLines) {
                    break;
                }
                if (elapsedMs > CHILD_TIMEOUT_SECONDS * 1000) {
                    problems.add("kill " + k + ": the import took over " + CHILD_TIMEOUT_SECONDS + " s");
                    break;
                }
                Thread.sleep(2);
            }
            if (!exited) {
                Thread.sleep(jitterMs);
                exited = !child.isAlive();
                child.destroyForcibly();
            }
            child.waitFor(60, TimeUnit.SECONDS);
            if (exited && child.exitValue() != 0 && child.exitValue() != 1) {
                problems.add("kill " + k + ": the import exited by itself with status " + child.exitValue() + ": "
                        + Files.readString(work.resolve("child-err.txt")).strip());
            }
            if (exited) {
                finished++;
            } else {
                midImport++;
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            List<String> found = check(library, k);
            problems.addAll(found);
            if (found.isEmpty() && !exited) {
                survived++;
            }
            log.printf("kill %d (%s): %s after %d ms (%s), %d articles stored, %s%n", k, library.getFileName(),
                    exited ? "import had already finished" : "SIGKILL", ms,
                    afterLines < 0 ? "during start-up" : "after " + afterLines + " outcomes + " + jitterMs + " ms",
                    articles(library), found.isEmpty() ? "library whole" : "PROBLEMS " + found);
        }
        Process rerun = ChildJvm.launcher(work, "--library", library.toString(), "import", sources.toString());
        if (!rerun.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            rerun.destroyForcibly().waitFor();
            problems.add("the rerun did not finish in " + CHILD_TIMEOUT_SECONDS + " s");
        } else if (rerun.exitValue() != 0) {
            problems.add("the rerun exited with " + rerun.exitValue() + ": " + Files.readString(work.resolve("child-err.txt")));
        }
        problems.addAll(check(library, kills + 1));
        long articles = articles(library);
        long duplicates;
        try (LibraryAudit audit = LibraryAudit.of(library)) {
            duplicates = articles - audit.count("SELECT count(DISTINCT body_hash) FROM article");
            if (articles != ARTICLES) {
                problems.add("after the rerun the library holds " + articles + " articles, not " + ARTICLES);
            }
            for (int i = 0; i < ARTICLES; i++) {
                List<Long> hits = audit.search(uniqueWord(i));
                if (hits.size() != 1) {
                    problems.add("after the rerun, article " + i + " is found " + hits.size() + " times by its own word");
                }
            }
            long files = audit.count("SELECT count(DISTINCT path) FROM source_file");
            if (files != ARTICLES) {
                problems.add("after the rerun " + files + " source files are recorded, not " + ARTICLES);
            }
        }
        if (duplicates != 0) {
            problems.add(duplicates + " duplicate articles after the rerun");
        }
        log.printf("rerun: %d articles, %d duplicates, %s%n", articles, duplicates, problems.isEmpty() ? "complete" : problems);
        return new Result(kills, survived, midImport, finished, problems, articles, duplicates);
    }

    private static int outcomeLines(Path work) {
        try {
            byte[] out = Files.readAllBytes(work.resolve("child-out.txt"));
            int n = 0;
            for (byte b : out) {
                if (b == '\n') {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long articles(Path library) throws Exception {
        if (!Files.exists(library.resolve("gazette.db"))) {
            return 0;
        }
        try (LibraryAudit audit = LibraryAudit.of(library)) {
            return audit.count("SELECT count(*) FROM article");
        }
    }

    /** Every problem in the library after kill k; empty when it is whole. */
    static List<String> check(Path library, int k) throws Exception {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(library.resolve("gazette.db"))) {
            return problems; // killed before the library was created: nothing to lose
        }
        try (LibraryAudit audit = LibraryAudit.of(library)) {
            String integrity = audit.integrity();
            if (!integrity.equals("ok")) {
                problems.add("kill " + k + ": integrity_check: " + integrity);
            }
            if (audit.count("SELECT count(*) FROM sqlite_master WHERE name = 'article_fts'") == 0) {
                return problems; // killed before the schema was committed
            }
            String fts = audit.ftsProblem();
            if (fts != null) {
                problems.add("kill " + k + ": FTS index does not match: " + fts);
            }
            for (String p : audit.incompleteArticles()) {
                problems.add("kill " + k + ": " + p);
            }
            long dup = audit.count("SELECT count(*) - count(DISTINCT body_hash) FROM article");
            if (dup != 0) {
                problems.add("kill " + k + ": " + dup + " duplicate articles");
            }
        }
        return problems;
    }
}

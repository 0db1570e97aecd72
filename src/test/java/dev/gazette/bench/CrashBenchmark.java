package dev.gazette.bench;

import dev.gazette.robust.CrashDrill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The long crash drill: kills a real import N times (default 50) with SIGKILL at random moments,
 * checking the library after each kill, then reruns it to completion. Prints one line per kill
 * and a summary; exits 1 when any kill damaged the library.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.CrashBenchmark -Dexec.args=50</pre>
 * Optional second argument: the random seed.
 */
public final class CrashBenchmark {

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-drill");
        System.out.println("crash drill: " + kills + " kills, seed " + seed + ", work folder " + work);
        long start = System.nanoTime();
        CrashDrill.Result r = new CrashDrill(work, seed, System.out).run(kills);
        System.out.printf("%nkills: %d (%d mid-import, %d after the import had finished)%n", r.kills(), r.killedMidImport(), r.finishedBeforeKill());
        System.out.printf("survived: %d of %d mid-import kills; final library: %d articles, %d duplicates; %.0f s%n",
                r.survived(), r.killedMidImport(), r.articlesAtEnd(), r.duplicatesAtEnd(), (System.nanoTime() - start) / 1e9);
        r.problems().forEach(p -> System.out.println("PROBLEM " + p));
        if (r.ok()) {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(r.ok() ? 0 : 1);
    }
}

package dev.gazette.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short crash drill in every build: five SIGKILLs of a real import at random moments. The long
 * one is {@code bench.CrashBenchmark} (see docs/reliability.md).
 */
class CrashSafetyTest {

    @TempDir
    Path work;

    @Test
    void importKilledAtRandomMomentsLosesNothingAndARerunCompletesWithoutDuplicates() throws Exception {
        long seed = Long.getLong("gazette.crash.seed", System.nanoTime());
        CrashDrill.Result result = new CrashDrill(work, seed, System.out).run(Integer.getInteger("gazette.crash.kills", 5));
        assertThat(result.problems()).as("seed " + seed).isEmpty();
        assertThat(result.duplicatesAtEnd()).isZero();
        assertThat(result.articlesAtEnd()).isEqualTo(CrashDrill.ARTICLES);
    }
}

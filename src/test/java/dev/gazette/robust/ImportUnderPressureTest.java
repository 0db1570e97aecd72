package dev.gazette.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in every build: the hostile folder imported by the real command line under a 512 MB
 * heap with both cores kept busy: once with large pages added (17, 30 and 40 MB) and the default
 * per-file limit, and once as the issue had it with a 2 s limit
 * so that the slow pages are passed over while their workers are still running. Every run must
 * end normally, with both good articles in and a line for every file. The 20-run drill is
 * {@link ImportUnderPressure}'s main.
 */
class ImportUnderPressureTest {

    @TempDir
    Path dir;

    @Test
    void theHostileFolderWithLargePagesImportsUnderHalfAGigabyteOnABusyMachine() throws Exception {
        Path folder = HostileFolder.writeHeavy(dir.resolve("folder"));
        ImportUnderPressure.Run run = ImportUnderPressure.run(folder, dir.resolve("run"), 60, true);
        System.out.println("hostile folder with large pages, 512 MB: " + run);
        assertThat(run.crashed()).as(run.stderrTail()).isFalse();
        assertThat(run.exitCode()).as("1: some files failed, as they should").isEqualTo(1);
        assertThat(run.goodTitles()).hasSize(2);
        assertThat(run.fileLines()).isEqualTo(run.files());
    }

    @Test
    void slowPagesPassedOverStopAndTheImportStillEndsNormally() throws Exception {
        Path folder = HostileFolder.write(dir.resolve("folder"));
        ImportUnderPressure.Run run = ImportUnderPressure.run(folder, dir.resolve("run"), 2, true);
        System.out.println("hostile folder, 512 MB, 2 s per file: " + run);
        assertThat(run.crashed()).as(run.stderrTail()).isFalse();
        assertThat(run.goodTitles()).hasSize(2);
        assertThat(run.fileLines()).isEqualTo(run.files());
    }
}

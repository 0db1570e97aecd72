package dev.gazette;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Says on the console, after a test run, how many tests skipped themselves because
 * {@code ../shared} (the seed and corpora beside the project) is absent, as in a fresh clone:
 * Maven itself prints only "Skipped: N", the reason being inside {@code target/surefire-reports}.
 * Registered for the JUnit Platform in {@code META-INF/services}; it leaves the note in
 * {@link #NOTE}, which {@link PrintSharedSkipNote} prints in Maven's verify phase. Thread-safe.
 */
public final class SharedSkipNote implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && result.getThrowable()
                .map(Throwable::getMessage).filter(m -> m != null && m.contains("shared")).isPresent()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.contains("../shared")) {
            skipped.incrementAndGet();
        }
    }

    /** Where the note waits for Maven's verify phase to print it (Surefire keeps test output in files). */
    static final Path NOTE = Path.of("target", "shared-skips.txt");

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int n = skipped.get();
        try {
            if (n > 0) {
                Files.writeString(NOTE, "NOTE: " + n + (n == 1 ? " test was" : " tests were") + " skipped because"
                        + " ../shared (the seed and corpora beside the project) is absent, as in a fresh clone;"
                        + " they run where it is.\n");
            } else {
                Files.deleteIfExists(NOTE);
            }
        } catch (IOException e) {
            System.err.println("could not write " + NOTE + ": " + e.getMessage());
        }
    }

}

package dev.gazette.service;

import dev.gazette.model.ImportOutcome;

import java.time.Duration;
import java.util.List;

/**
 * The result of one import: a line per file or entry, and the files passed over inside the
 * folders (each a {@code SKIPPED} outcome with its reason, by path), named by the walk the
 * import made, so no one walks the disk again to name them. Immutable.
 */
public record ImportReport(List<ImportOutcome> outcomes, List<ImportOutcome> passedOver, boolean cancelled,
                           Duration elapsed) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
        passedOver = List.copyOf(passedOver);
    }

    /** How many files inside the folders were passed over (see {@link #passedOver()}). */
    public int skippedFiles() {
        return passedOver.size();
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean anyFailed() {
        return outcomes.stream().anyMatch(ImportOutcome::failed);
    }

    /** "3 imported, 1 duplicate, 0 failed, 2 skipped" */
    public String summary() {
        return count(ImportOutcome.Status.IMPORTED) + " imported, "
                + count(ImportOutcome.Status.DUPLICATE) + " duplicate, "
                + count(ImportOutcome.Status.UPDATED) + " updated, "
                + count(ImportOutcome.Status.FAILED) + " failed, "
                + (count(ImportOutcome.Status.SKIPPED) + skippedFiles()) + " skipped"
                + (cancelled ? " (cancelled)" : "");
    }
}

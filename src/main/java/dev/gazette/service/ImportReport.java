package dev.gazette.service;

import dev.gazette.model.ImportOutcome;

import java.time.Duration;
import java.util.List;

/** The result of one import: a line per file or entry, and what was passed over. Immutable. */
public record ImportReport(List<ImportOutcome> outcomes, int skippedFiles, boolean cancelled, Duration elapsed) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
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
                + (count(ImportOutcome.Status.SKIPPED) + skippedFiles) + " skipped"
                + (cancelled ? " (cancelled)" : "");
    }
}

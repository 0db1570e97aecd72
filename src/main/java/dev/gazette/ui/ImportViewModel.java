package dev.gazette.ui;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportListener;
import dev.gazette.service.ImportProgress;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An import from the window: its progress, its Cancel, and the report it ends with, which names
 * every file passed over with its reason. The work runs on the library's worker; progress and the
 * result are published on the JavaFX thread. Part of {@link MainViewModel}, which hands the
 * report on to the status bar and the list. Use on the JavaFX thread.
 */
final class ImportViewModel {

    /** Told on the JavaFX thread when an import ends, and whether its report is for a dialog. */
    interface Finished {
        void imported(ImportReport report, boolean announce);
    }

    private final LibraryService service;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final Finished finished;
    private final Consumer<String> failed;
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** Whether the import that ended last wants its report shown (not for files opened). */
    private boolean reportWanted = true;

    /** @param failed told the reason when an import fails as a whole */
    ImportViewModel(LibraryService service, Executor worker, Consumer<Runnable> ui, Finished finished,
                    Consumer<String> failed) {
        this.service = service;
        this.worker = worker;
        this.ui = ui;
        this.finished = finished;
        this.failed = failed;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    ReadOnlyStringProperty messageProperty() {
        return message;
    }

    ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport;
    }

    boolean reportWanted() {
        return reportWanted;
    }

    /** Imports the paths unless an import runs already; announce: its report is for a dialog. */
    void importPaths(List<Path> paths, boolean announce) {
        if (importing.get() || paths.isEmpty()) {
            return;
        }
        importing.set(true);
        cancel.set(false);
        progress.set(-1);
        message.set("Looking for articles…");
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                ui.accept(() -> {
                    progress.set(p.fraction());
                    message.set(p.done() + " of " + p.total() + " · " + shortName(p.currentFile()));
                });
            }

            @Override
            public void outcome(ImportOutcome o) {
            }
        };
        try {
            worker.execute(() -> {
                try {
                    ImportReport report = named(service.importPaths(paths, listener, cancel));
                    ui.accept(() -> {
                        importing.set(false);
                        message.set("");
                        reportWanted = announce;
                        finished.imported(report, announce);
                        lastReport.set(report);
                    });
                } catch (RuntimeException e) {
                    ui.accept(() -> {
                        importing.set(false);
                        message.set("");
                        failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                    });
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            importing.set(false); // the window is closing: nothing is started any more
        }
    }

    /**
     * The report with the files passed over inside the folders among its lines (the import names
     * them apart), so the report window lists every file with its reason.
     */
    private static ImportReport named(ImportReport report) {
        if (report.skippedFiles() == 0 || report.cancelled()) {
            return report;
        }
        List<ImportOutcome> all = new ArrayList<>(report.outcomes());
        all.addAll(report.passedOver());
        return new ImportReport(all, List.of(), false, report.elapsed());
    }

    void cancel() {
        cancel.set(true);
        message.set("Cancelling…");
    }

    /** Stops a running import without a word (the window is closing). */
    void cancelQuietly() {
        cancel.set(true);
    }

    /** "Opened story.html (new in the library)", "Opened 3 files", "Could not open story.html". */
    static String openedNote(ImportReport report) {
        List<ImportOutcome> found = report.outcomes().stream().filter(o -> o.articleId() >= 0).toList();
        long added = found.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        if (found.isEmpty()) {
            return report.outcomes().isEmpty() ? "" : "Could not open " + shortName(report.outcomes().get(0).file());
        }
        String what = found.size() == 1 ? shortName(found.get(0).file()) : found.size() + " files";
        return "Opened " + what + (added == found.size() ? " (new in the library)"
                : added == 0 ? " (already in the library)" : " (" + added + " new in the library)");
    }

    /** Each file that could not be opened, with its reason; empty when all opened. */
    static String failures(ImportReport report) {
        StringBuilder out = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            if (o.failed()) {
                out.append(o.file()).append("\n    ").append(o.message()).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** The file's name without its folder. */
    static String shortName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}

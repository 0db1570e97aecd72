package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.service.AppVersion;
import dev.gazette.service.LibraryService;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The File menu's work on the library as a whole: export, back up, restore, and what Help →
 * About says. Runs on the library's worker (after any change the person made before) and tells
 * the outcome in the status bar's note, with the reason and a Details text when it failed;
 * never a modal dialog. No window: tested with plain JUnit. Use on the JavaFX thread.
 */
final class LibraryFilesModel {

    /** Says what happened: a one-line note, and details (empty when none). */
    interface Notes {
        void note(String text, String details);
    }

    private final LibraryService service;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final Notes notes;
    private final Runnable refresh;

    LibraryFilesModel(LibraryService service, Executor worker, Consumer<Runnable> ui, Notes notes, Runnable refresh) {
        this.service = service;
        this.worker = worker;
        this.ui = ui;
        this.notes = notes;
        this.refresh = refresh;
    }

    /** The library's folder. */
    Path libraryFolder() {
        return service.directory().toAbsolutePath();
    }

    /** Help → About: the name, the version and where the library is. */
    String about() {
        return "Gazette " + AppVersion.VERSION + "\nA reader and library for saved news articles.\n\nLibrary: "
                + libraryFolder();
    }

    /**
     * Writes every article as a JSON export (a zip with the original files when the name ends in
     * .zip) to target: into a temporary file beside it first, moved into place when complete, so a
     * failure leaves what was there before.
     */
    void export(Path target) {
        boolean zip = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        work(() -> {
            Path folder = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    service.exportLibrary(ArticleQuery.ALL, out, zip);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            long n = service.count(ArticleQuery.ALL);
            return "Exported " + (n == 1 ? "1 article" : n + " articles") + " to " + target.getFileName();
        }, "Could not export to " + target.getFileName(), false);
    }

    /** Copies the library (database and originals) into a new or empty folder. */
    void backUp(Path folder) {
        work(() -> "Backed up the library to " + service.backup(folder).getFileName(),
                "Could not back up to " + folder.getFileName(), false);
    }

    /** Brings back the articles of an export (JSON or zip); those already here are skipped. */
    void restore(Path file) {
        work(() -> {
            LibraryService.RestoreReport r;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                r = service.restore(in);
            }
            String text = "Restored " + (r.imported() == 1 ? "1 article" : r.imported() + " articles") + " from "
                    + file.getFileName() + (r.duplicates() > 0 ? " (" + r.duplicates() + " already here)" : "");
            if (!r.problems().isEmpty()) {
                throw new Partial(text, String.join("\n", r.problems()));
            }
            return text;
        }, "Could not restore from " + file.getFileName(), true);
    }

    /** Says that something failed, with the reason as the details. */
    void failed(String text, Exception e) {
        notes.note(text, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private interface Work {
        String run() throws IOException;
    }

    /** A restore that brought articles back with problems: a note with details. */
    private static final class Partial extends RuntimeException {
        private final String text;

        Partial(String text, String details) {
            super(details);
            this.text = text;
        }
    }

    private void work(Work work, String failed, boolean changesLibrary) {
        worker.execute(() -> {
            String text;
            String details = "";
            try {
                text = work.run();
            } catch (Partial p) {
                text = p.text + "; some entries were not";
                details = p.getMessage();
            } catch (IOException | RuntimeException e) {
                text = failed;
                details = e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            String note = text;
            String more = details;
            ui.accept(() -> {
                notes.note(note, more);
                if (changesLibrary) {
                    refresh.run();
                }
            });
        });
    }
}

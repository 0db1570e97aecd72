package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.service.ImportReport;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Opens files given on the command line, by the desktop ("Open with Gazette") or handed over by
 * a second launch: imports them (or finds them, if already in the library), shows the first in
 * the reader and selects it in the list, with a note in the status bar (no report to click
 * away, no dialog to stay behind). A file that cannot be opened is named in the note, its reason
 * behind the note's "Details" link. Use on the JavaFX thread.
 */
final class FileOpener {

    private final MainViewModel model;
    private final Stage stage;

    FileOpener(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
    }

    /** Opens the files; completes (on the JavaFX thread) with whether every one of them opened. */
    CompletableFuture<Boolean> open(List<Path> files) {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        if (files.isEmpty()) {
            opened.complete(true);
            return opened;
        }
        List<String> problems = new ArrayList<>();
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            if (!Files.exists(f)) {
                problems.add(f + "\n    the file does not exist");
            } else if (!Files.isReadable(f)) {
                problems.add(f + "\n    permission denied: the file cannot be read");
            } else {
                readable.add(f);
            }
        }
        if (readable.isEmpty()) {
            showProblems(problems);
            opened.complete(false);
            return opened;
        }
        ChangeListener<ImportReport> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ImportReport> obs, ImportReport old, ImportReport report) {
                model.lastReportProperty().removeListener(this);
                opened.complete(problems.isEmpty() && !report.anyFailed());
                if (!problems.isEmpty()) {
                    // the files that could not even be read, besides those the import tells of
                    int unread = problems.size();
                    String failed = ImportViewModel.failures(report);
                    if (!failed.isEmpty()) {
                        problems.add(failed);
                    }
                    String before = model.noticeProperty().get();
                    model.note((before.isEmpty() ? "" : before + "; ") + "could not open " + unread
                            + (unread == 1 ? " more file" : " more files"), String.join("\n", problems));
                }
                report.outcomes().stream().filter(o -> o.articleId() >= 0).findFirst()
                        .ifPresent(o -> show(o.articleId()));
            }
        };
        model.lastReportProperty().addListener(once);
        model.openPaths(readable);
        return opened;
    }

    /** Shows one article in the reader and selects its row when it is among the rows at hand. */
    void show(long id) {
        model.selectId(id);
        if (!(stage.getScene().lookup("#articles") instanceof TableView<?> raw)) {
            return;
        }
        @SuppressWarnings("unchecked")
        TableView<ArticleSummary> table = (TableView<ArticleSummary>) raw;
        Runnable trySelect = () -> {
            // Only the rows already at hand: reading further would page in the whole library.
            int limit = Math.min(table.getItems().size(), PagedArticles.PAGE);
            for (int i = 0; i < limit; i++) {
                ArticleSummary row = table.getItems().get(i);
                if (row != null && row.id() == id) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        };
        trySelect.run();
        table.getItems().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ArticleSummary> c) {
                table.getItems().removeListener(this);
                trySelect.run();
            }
        });
    }

    private void showProblems(List<String> problems) {
        String first = problems.get(0).lines().findFirst().orElse("");
        String name = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
        model.note(problems.size() == 1 ? "Could not open " + name : "Could not open " + problems.size() + " files",
                String.join("\n", problems));
    }
}

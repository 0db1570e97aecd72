package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens files given on the command line, by the desktop ("Open with Gazette") or handed over by
 * a second launch: imports them (or finds them, if already in the library), shows the first in
 * the reader and selects it in the list, with a note in the status bar (no report to click
 * away). A file that cannot be read is named in a message with the reason. Use on the JavaFX
 * thread.
 */
final class FileOpener {

    private final MainViewModel model;
    private final Stage stage;

    FileOpener(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
    }

    void open(List<Path> files) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        if (files.isEmpty()) {
            return;
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
            return;
        }
        ChangeListener<ImportReport> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ImportReport> obs, ImportReport old, ImportReport report) {
                model.lastReportProperty().removeListener(this);
                for (ImportOutcome o : report.outcomes()) {
                    if (o.failed()) {
                        problems.add(o.file() + "\n    " + o.message());
                    }
                }
                showProblems(problems);
                report.outcomes().stream().filter(o -> o.articleId() >= 0).findFirst()
                        .ifPresent(o -> show(o.articleId()));
            }
        };
        model.lastReportProperty().addListener(once);
        model.openPaths(readable);
    }

    /** Shows one article in the reader and selects its row when it is among the rows at hand. */
    void show(long id) {
        model.select(new ArticleSummary(id, null, null, null, null, null, null, List.of(), true, false));
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
        if (problems.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Gazette");
        alert.setHeaderText(problems.size() == 1 ? "This file could not be opened" : problems.size() + " files could not be opened");
        alert.setContentText(String.join("\n", problems));
        alert.getDialogPane().setId("open-problems");
        alert.show();
    }
}

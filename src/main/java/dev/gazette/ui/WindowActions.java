package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.service.ArticleView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's commands on the selection and the library, shared by the menu bar, the list's
 * context menu, the reader header and the keyboard: each asks the person what it needs (a file
 * chooser, a small sheet) and hands the rest to {@link MainViewModel}. Decides nothing the
 * view-model could. Use on the JavaFX thread.
 */
final class WindowActions {

    private final MainViewModel model;
    private final Supplier<List<ArticleSummary>> selection;
    private final Supplier<Window> window;

    /** @param selection the rows selected in the list */
    WindowActions(MainViewModel model, Supplier<List<ArticleSummary>> selection, Supplier<Window> window) {
        this.model = model;
        this.selection = selection;
        this.window = window;
    }

    /** The rows selected in the list, or the article in the reader when none is. */
    List<Long> selectedIds() {
        List<Long> ids = selection.get().stream()
                .filter(a -> a != null && a.id() >= 0).map(ArticleSummary::id).toList();
        if (ids.isEmpty() && model.selectedProperty().get() != null) {
            return List.of(model.selectedProperty().get().id());
        }
        return ids;
    }

    void toggleStar() {
        ArticleView v = model.selectedProperty().get();
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.setStarred(ids, v == null || !v.state().starred());
        }
    }

    void toggleRead() {
        ArticleView v = model.selectedProperty().get();
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.setRead(ids, v != null && !v.state().read());
        }
    }

    void deleteSelection() {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.delete(ids);
        }
    }

    void tagSelection() {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            Dialogs.tagArticles(window.get(), model, ids);
        }
    }

    void correctRegions() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            Dialogs.correctRegions(window.get(), model, v);
        }
    }

    void correctDate() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            Dialogs.correctDate(window.get(), model, v);
        }
    }

    void openOriginal() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            model.loadOriginal(v, file -> Dialogs.original(window.get(), file));
        }
    }

    void shortcuts() {
        Dialogs.shortcuts(window.get());
    }

    void searchSyntax() {
        Dialogs.searchSyntax(window.get());
    }

    void tagManager() {
        Dialogs.tagManager(window.get(), model);
    }

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import saved articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Saved articles", "*.html", "*.htm", "*.xhtml", "*.shtml", "*.gz",
                        "*.mhtml", "*.mht", "*.txt", "*.md", "*.markdown", "*.eml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null) {
            model.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of saved articles");
        File dir = chooser.showDialog(window.get());
        if (dir != null) {
            model.importPaths(List.of(dir.toPath()));
        }
    }

    Window window() {
        return window.get();
    }
}

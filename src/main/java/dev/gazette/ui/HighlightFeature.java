package dev.gazette.ui;

import dev.gazette.dossier.Dossier;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import dev.gazette.service.ArticleView;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Highlights, notes and dossiers in the main window, wired with one call from {@link MainView}:
 * <pre>
 *   HighlightFeature hl = HighlightFeature.install(model, reader, () -&gt; showArticle(model.selectedProperty().get()));
 *   menuBar.getMenus().add(hl.menu());                      // Highlights menu with its shortcuts
 *   split.getItems().add(hl.notesPane().root());            // note + highlights beside the reader
 *   // the reader's marks are prepared off the JavaFX thread by ReaderViewModel
 * </pre>
 * The feature follows the model's selected article, shows the Highlights view in its own
 * window, and exports the current filtered view as a dossier. JavaFX thread only; library work
 * runs on its own background thread.
 */
public final class HighlightFeature {

    private final MainViewModel model;
    private final Runnable rerender;
    private final ExecutorService worker;
    private final AnnotationsViewModel annotations;
    private final HighlightController controller;
    private final NotesPane notes;
    private final HighlightsView highlightsView;
    private final javafx.beans.property.StringProperty status = new javafx.beans.property.SimpleStringProperty("");
    private Stage highlightsStage;

    private HighlightFeature(MainViewModel model, WebView reader, Runnable rerender) {
        this.model = model;
        this.rerender = rerender;
        this.worker = Workers.named("gazette-highlights");
        this.annotations = model.annotations(worker);
        this.controller = new HighlightController(annotations, reader, () -> model.selectedProperty().get());
        this.notes = new NotesPane(annotations, controller::scrollTo, this::changed);
        this.highlightsView = new HighlightsView(annotations, this::open);
        model.selectedProperty().addListener((obs, o, v) -> notes.show(v));
        notes.show(model.selectedProperty().get());
    }

    /**
     * Wires the feature to the main window's model and reader. rerender must show the selected
     * article again (its page prepared anew, with its marks) so that new marks appear.
     */
    public static HighlightFeature install(MainViewModel model, WebView reader, Runnable rerender) {
        return new HighlightFeature(model, reader, rerender);
    }

    public NotesPane notesPane() {
        return notes;
    }

    public HighlightsView highlightsView() {
        return highlightsView;
    }

    public HighlightController controller() {
        return controller;
    }

    /** What the last action did ("Highlighted …", "Nothing selected …"); bind a status label to it. */
    public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The Highlights menu: a colour per shortcut (Ctrl+1 … Ctrl+4), the Highlights view, dossiers. */
    public Menu menu() {
        Menu menu = new Menu("Highlights");
        KeyCode[] keys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (int i = 0; i < Highlight.COLOURS.size(); i++) {
            String colour = Highlight.COLOURS.get(i);
            MenuItem item = new MenuItem("Highlight Selection in " + Character.toUpperCase(colour.charAt(0))
                    + colour.substring(1));
            item.setAccelerator(new KeyCodeCombination(keys[i], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> highlight(colour, null));
            menu.getItems().add(item);
        }
        MenuItem withNote = new MenuItem("Highlight Selection with Note…");
        withNote.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        withNote.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.setTitle("Highlight with note");
            d.setHeaderText("A note on the selected passage");
            d.setContentText("Note:");
            // read the selection before the dialog takes the focus
            var text = controller.selectedText();
            d.showAndWait().ifPresent(n -> text.ifPresent(t -> highlightText(t, Highlight.COLOURS.get(0), n)));
        });
        MenuItem show = new MenuItem("Show All Highlights");
        show.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        show.setOnAction(e -> showHighlights(ownerWindow()));
        MenuItem dossier = new MenuItem("Export Dossier of This View…");
        dossier.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dossier.setOnAction(e -> exportDossier(ownerWindow()));
        menu.getItems().addAll(withNote, new SeparatorMenuItem(), show, dossier);
        return menu;
    }

    /** Highlights the reader's selection in a colour. */
    public void highlight(String colour, String note) {
        controller.highlightSelection(colour, note, this::highlighted);
    }

    private void highlightText(String text, String colour, String note) {
        ArticleView v = model.selectedProperty().get();
        if (v == null) {
            return;
        }
        annotations.highlightText(v.id(), text, colour, note, this::highlighted);
    }

    private void highlighted(Highlight h) {
        if (h == null) {
            status.set("Nothing highlighted: select a passage of the article first.");
            return;
        }
        status.set("Highlighted \u201c" + abbreviate(h.exact()) + "\u201d");
        changed();
    }

    private void changed() {
        rerender.run();
        notes.reloadHighlights();
        if (highlightsStage != null && highlightsStage.isShowing()) {
            highlightsView.refresh();
        }
    }

    /** Opens a highlight from the Highlights view: its article in the reader, scrolled to it. */
    private void open(HighlightEntry e) {
        controller.scrollAfterLoad(e.highlight().id());
        ArticleView shown = model.selectedProperty().get();
        if (shown != null && shown.id() == e.article().id()) {
            controller.scrollTo(e.highlight().id());
        } else {
            model.select(e.article());
        }
        Window main = ownerWindow();
        if (main instanceof Stage s) {
            s.toFront();
        }
    }

    /** Shows the Highlights view in its own window (created on first use). */
    public void showHighlights(Window owner) {
        if (highlightsStage == null) {
            highlightsStage = new Stage();
            highlightsStage.setTitle("Highlights — Gazette");
            if (owner != null) {
                highlightsStage.initOwner(owner);
            }
            Scene scene = new Scene(highlightsView.root(), 720, 640);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            highlightsStage.setScene(scene);
        }
        highlightsView.refresh();
        highlightsStage.show();
        highlightsStage.toFront();
    }

    /**
     * Asks for a file and writes the articles of the current view (sidebar filter and search)
     * as a dossier: .epub, .md or .html.
     */
    public void exportDossier(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export dossier");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("EPUB e-book", "*.epub"),
                new FileChooser.ExtensionFilter("Markdown", "*.md"),
                new FileChooser.ExtensionFilter("HTML page", "*.html"));
        String search = model.searchTextProperty().get();
        chooser.setInitialFileName("dossier.epub");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        exportDossier(file, search, null);
    }

    /** Writes the current view as a dossier to file; done runs on the JavaFX thread with the result. */
    public void exportDossier(File file, String title, Consumer<Dossier> done) {
        var query = model.effectiveQueryProperty().get();
        String described = model.searchTextProperty().get();
        status.set("Writing " + file.getName() + "…");
        annotations.writeDossier(query, title == null || title.isBlank() ? defaultTitle(described) : title, described,
                file.toPath(), d -> {
                    int n = d.articles().size();
                    status.set("Wrote " + file.getName() + ": " + n + (n == 1 ? " article" : " articles"));
                    if (done != null) {
                        done.accept(d);
                    }
                }, error -> status.set("Could not write " + file.getName() + ": " + error));
    }

    /** Stops the background thread (call when the window closes). */
    public void shutdown() {
        notes.save();
        worker.shutdown();
    }

    private Window ownerWindow() {
        return notes.root().getScene() == null ? null : notes.root().getScene().getWindow();
    }

    private static String defaultTitle(String search) {
        return search == null || search.isBlank() ? "Gazette dossier" : "Dossier: " + search.strip();
    }

    private static String abbreviate(String s) {
        String q = s.replaceAll("\\s+", " ").strip();
        return q.length() > 60 ? q.substring(0, 59) + "…" : q;
    }

    /** The highlight colours, in menu order. */
    public static List<String> colours() {
        return Highlight.COLOURS;
    }
}

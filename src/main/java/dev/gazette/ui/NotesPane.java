package dev.gazette.ui;

import dev.gazette.model.Highlight;
import dev.gazette.service.ArticleView;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Shown beside the article: its Markdown note (saved when the editor loses focus or on
 * Ctrl+S) and its highlights in text order, orphans last and said to be so. Double-click a
 * highlight to scroll to it; its context menu changes colour, edits the note or deletes it.
 * JavaFX thread only; library work runs in its {@link AnnotationsViewModel}.
 */
public final class NotesPane {

    private final AnnotationsViewModel annotations;
    private final LongConsumer scrollTo;
    private final Runnable changed;
    private final VBox root = new VBox(6);
    private final TextArea note = new TextArea();
    private final Label status = new Label();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ListView<Highlight> list = new ListView<>(highlights);
    private long articleId = -1;
    private String savedNote = "";

    /**
     * @param scrollTo  scrolls the reader to a highlight
     * @param changed   runs after a highlight changed here (the reader re-renders its marks)
     */
    NotesPane(AnnotationsViewModel annotations, LongConsumer scrollTo, Runnable changed) {
        this.annotations = annotations;
        this.scrollTo = scrollTo;
        this.changed = changed;
        build();
    }

    public VBox root() {
        return root;
    }

    public ObservableList<Highlight> highlights() {
        return FXCollections.unmodifiableObservableList(highlights);
    }

    public TextArea editor() {
        return note;
    }

    /** Shows an article's note and highlights (saving the previous article's note first). */
    public void show(ArticleView view) {
        save();
        if (view == null) {
            articleId = -1;
            note.clear();
            savedNote = "";
            highlights.clear();
            root.setDisable(true);
            return;
        }
        root.setDisable(false);
        long id = view.id();
        articleId = id;
        annotations.noteAndHighlights(id, (text, hs) -> {
            if (articleId == id) {
                savedNote = text;
                note.setText(savedNote);
                highlights.setAll(hs);
                status.setText("");
            }
        });
    }

    /** Reloads the current article's highlights (after one was added elsewhere). */
    public void reloadHighlights() {
        long id = articleId;
        if (id < 0) {
            return;
        }
        annotations.highlights(id, hs -> {
            if (articleId == id) {
                highlights.setAll(hs);
            }
        });
    }

    /** Saves the note if it changed. */
    public void save() {
        long id = articleId;
        String text = note.getText();
        if (id < 0 || Objects.equals(text, savedNote)) {
            return;
        }
        savedNote = text;
        annotations.saveNote(id, text, () -> status.setText("Note saved"));
    }

    private void build() {
        root.setId("notes-pane");
        root.setPadding(new Insets(8));
        root.setPrefWidth(280);
        Label title = new Label("Note");
        title.setStyle("-fx-font-weight: bold;");
        note.setId("note-editor");
        note.setPromptText("Your note on this article (Markdown). Searchable; goes into exports and dossiers.");
        note.setWrapText(true);
        note.setPrefRowCount(8);
        note.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                save();
            }
        });
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            }
        });
        Button saveButton = new Button("Save");
        saveButton.getStyleClass().add("small");
        saveButton.setOnAction(e -> save());
        status.getStyleClass().add("text-muted");
        HBox noteBar = new HBox(8, title, new Region(), status, saveButton);
        HBox.setHgrow(noteBar.getChildren().get(1), Priority.ALWAYS);
        noteBar.setAlignment(Pos.CENTER_LEFT);
        Label hlTitle = new Label("Highlights");
        hlTitle.setStyle("-fx-font-weight: bold;");
        Label hint = new Label("Select text in the article, then Ctrl+1 … Ctrl+4.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        list.setId("article-highlights");
        list.setPlaceholder(new Label("No highlights yet."));
        list.setCellFactory(l -> new Cell());
        list.setOnMouseClicked(e -> {
            Highlight h = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && h != null && !h.orphaned()) {
                scrollTo.accept(h.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(noteBar, note, hlTitle, hint, list);
        root.setDisable(true);
    }

    /** After a highlight changed here: its list again, and the reader's marks. */
    private void afterChange() {
        reloadHighlights();
        changed.run();
    }

    private final class Cell extends ListCell<Highlight> {
        @Override
        protected void updateItem(Highlight h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            if (empty || h == null) {
                return;
            }
            Region swatch = new Region();
            swatch.setMinSize(8, 14);
            swatch.setMaxSize(8, 14);
            swatch.setStyle("-fx-background-color: " + HighlightsView.swatch(h.colour()) + ";");
            String q = h.exact().replaceAll("\\s+", " ").strip();
            Label text = new Label((q.length() > 120 ? q.substring(0, 119) + "…" : q)
                    + (h.orphaned() ? "\n(orphaned: this text is no longer in the article)" : "")
                    + (h.note() == null ? "" : "\n— " + h.note()));
            text.setWrapText(true);
            text.setMaxWidth(230);
            HBox line = new HBox(6, swatch, text);
            setGraphic(line);
            ContextMenu menu = new ContextMenu();
            for (String colour : Highlight.COLOURS) {
                MenuItem item = new MenuItem("Colour: " + colour);
                item.setOnAction(e -> annotations.setHighlightColour(h.id(), colour, NotesPane.this::afterChange));
                menu.getItems().add(item);
            }
            MenuItem editNote = new MenuItem("Edit note…");
            editNote.setOnAction(e -> {
                TextInputDialog d = new TextInputDialog(h.note() == null ? "" : h.note());
                d.setTitle("Highlight note");
                d.setHeaderText(q.length() > 80 ? q.substring(0, 79) + "…" : q);
                d.setContentText("Note:");
                d.showAndWait().ifPresent(n -> annotations.setHighlightNote(h.id(), n, NotesPane.this::afterChange));
            });
            MenuItem delete = new MenuItem("Delete highlight");
            delete.setOnAction(e -> annotations.deleteHighlight(h.id(), NotesPane.this::afterChange));
            menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), editNote, delete);
            setContextMenu(menu);
        }
    }
}

package dev.gazette.ui;

import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Highlights view: every highlight of the library, grouped by article, month, region or
 * tag, with a search field in the search-box syntax (its words search the highlights' text and
 * notes; region:, year:, tag:, … select articles). Double-click or Enter on a highlight hands
 * it to {@code open}, which shows its article and passage. Library work runs in its
 * {@link AnnotationsViewModel}; the view changes only on the JavaFX thread. Not thread-safe (JavaFX thread only).
 */
public final class HighlightsView {

    /** What a tree row holds: a group heading (entry null) or one highlight. */
    record Row(String heading, HighlightEntry entry) {
    }

    private final AnnotationsViewModel annotations;
    private final Consumer<HighlightEntry> open;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ChoiceBox<HighlightGroups.By> groupBy = new ChoiceBox<>(
            FXCollections.observableArrayList(HighlightGroups.By.values()));
    private final TreeView<Row> tree = new TreeView<>();
    private final Label count = new Label();
    private final ObservableList<HighlightEntry> entries = FXCollections.observableArrayList();

    HighlightsView(AnnotationsViewModel annotations, Consumer<HighlightEntry> open) {
        this.annotations = annotations;
        this.open = open;
        build();
    }

    public BorderPane root() {
        return root;
    }

    /** The entries shown (after the last search). */
    public ObservableList<HighlightEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** Searches again with the current text (after highlights change elsewhere). */
    public void refresh() {
        String text = search.getText();
        annotations.find(text, 5_000, found -> {
            entries.setAll(found);
            rebuild();
        }, error -> count.setText("Error: " + error));
    }

    public void search(String text) {
        search.setText(text == null ? "" : text);
        refresh();
    }

    private void build() {
        root.setId("highlights-view");
        search.setId("highlights-search");
        search.setPromptText("Search highlights   e.g.  sanctions region:VE year:2019 tag:oil");
        search.setOnAction(e -> refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        groupBy.setId("highlights-group");
        groupBy.setValue(HighlightGroups.By.ARTICLE);
        groupBy.valueProperty().addListener((obs, o, n) -> rebuild());
        HBox bar = new HBox(8, search, new Label("Group by"), groupBy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        tree.setId("highlights-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        count.getStyleClass().add("text-muted");
        count.setPadding(new Insets(4, 10, 4, 10));
        root.setTop(bar);
        root.setCenter(tree);
        root.setBottom(count);
    }

    private void openSelected() {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().entry() != null) {
            open.accept(item.getValue().entry());
        }
    }

    private void rebuild() {
        TreeItem<Row> rootItem = new TreeItem<>(new Row("", null));
        for (HighlightGroups.Group g : HighlightGroups.group(entries, groupBy.getValue(),
                annotations::countryName)) {
            TreeItem<Row> group = new TreeItem<>(new Row(g.heading() + "  (" + g.entries().size() + ")", null));
            group.setExpanded(true);
            for (HighlightEntry e : g.entries()) {
                group.getChildren().add(new TreeItem<>(new Row(null, e)));
            }
            rootItem.getChildren().add(group);
        }
        tree.setRoot(rootItem);
        long orphans = entries.stream().filter(e -> e.highlight().orphaned()).count();
        count.setText(entries.size() + (entries.size() == 1 ? " highlight" : " highlights")
                + (orphans == 0 ? "" : " · " + orphans + " orphaned (their text is no longer in the article)"));
    }

    /** A group heading in bold, or a highlight: a colour swatch, the quote, its note, its article. */
    private final class Cell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (row.entry() == null) {
                Label heading = new Label(row.heading());
                heading.setStyle("-fx-font-weight: bold;");
                setGraphic(heading);
                return;
            }
            Highlight h = row.entry().highlight();
            Region swatch = new Region();
            swatch.setMinSize(10, 16);
            swatch.setMaxSize(10, 16);
            swatch.setStyle("-fx-background-color: " + swatch(h.colour()) + "; -fx-background-radius: 2;");
            String quote = h.exact().replaceAll("\\s+", " ").strip();
            Label text = new Label("\u201c" + (quote.length() > 160 ? quote.substring(0, 159) + "…" : quote) + "\u201d"
                    + (h.orphaned() ? "   (orphaned)" : ""));
            text.setWrapText(true);
            text.setMaxWidth(Math.max(200, getTreeView().getWidth() - 120));
            VBox box = new VBox(2, text);
            if (h.note() != null) {
                Label note = new Label(h.note().replaceAll("\\s+", " "));
                note.getStyleClass().add("text-muted");
                note.setWrapText(true);
                note.setMaxWidth(text.getMaxWidth());
                box.getChildren().add(note);
            }
            var a = row.entry().article();
            Label where = new Label((a.title() == null ? "(untitled)" : a.title())
                    + (a.published() == null ? "" : " · " + HighlightGroups.date(a.published())));
            where.getStyleClass().add("text-muted");
            where.setStyle("-fx-font-size: 0.85em;");
            box.getChildren().add(where);
            HBox line = new HBox(8, swatch, box);
            line.setAlignment(Pos.TOP_LEFT);
            setGraphic(line);
        }
    }

    /** The swatch colour of a highlight colour, as the reader's marks use. */
    static String swatch(String colour) {
        return switch (colour) {
            case "green" -> "#bbf7d0";
            case "blue" -> "#bfdbfe";
            case "pink" -> "#fbcfe8";
            default -> "#fde68a";
        };
    }
}

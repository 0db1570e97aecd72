package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleSummary;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The article list: two-line rows (headline; source · date · country · tags) over the
 * view-model's paged result, with the row states as pseudo-classes, a context menu for the
 * selection and an empty state that says why the list is empty. Selecting a row hands it to the
 * view-model. Use on the JavaFX thread.
 */
final class ArticleListView {

    /** What the list's menu and empty state ask the window to do. */
    record Actions(Runnable tagSelection, Runnable toggleStar, Runnable toggleRead, Runnable delete,
                   Runnable importFolder) {
    }

    private final MainViewModel model;
    private final Geography geography;
    private final Actions actions;
    private final TableView<ArticleSummary> table = new TableView<>();

    ArticleListView(MainViewModel model, Geography geography, Actions actions) {
        this.model = model;
        this.geography = geography;
        this.actions = actions;
        build();
    }

    TableView<ArticleSummary> table() {
        return table;
    }

    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final PseudoClass PENDING_DELETE = PseudoClass.getPseudoClass("pending-delete");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");

    private void build() {
        table.setId("articles");
        table.getStyleClass().add("two-line-rows");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder());
        // Two lines a row, as news readers have them: the headline with the whole width, then
        // source · date · country · tags. (Five columns cut sample headlines after ~25
        // characters at the default size.) Sorting is in View → Sort.
        table.setFixedCellSize(ROW_HEIGHT);
        TableColumn<ArticleSummary, ArticleSummary> title = new TableColumn<>("Articles");
        title.setId("col-title");
        title.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        title.setCellFactory(c -> new TitleCell());
        title.setSortable(false);
        title.setReorderable(false);
        table.getColumns().add(title);
        table.setItems(model.articles());
        // Row states are pseudo-classes, not style classes: changing a style class makes JavaFX
        // match the row and its five cells against the whole stylesheet again, and rows change
        // state all the time while scrolling (2 of 3 rows were re-styled at every step).
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(ArticleSummary item, boolean empty) {
                super.updateItem(item, empty);
                boolean row = !empty && item != null;
                boolean loading = row && item.id() < 0;
                boolean deleting = row && !loading && model.isPendingDelete(item.id());
                pseudoClassStateChanged(LOADING, loading);
                pseudoClassStateChanged(PENDING_DELETE, deleting);
                pseudoClassStateChanged(UNREAD, row && !loading && !deleting && !item.read());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && n.id() >= 0 && (model.selectedProperty().get() == null || model.selectedProperty().get().id() != n.id())) {
                model.select(n);
            }
        });
        // made when first asked for (the filter runs before the table shows its context menu)
        table.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (table.getContextMenu() == null) {
                ContextMenu menu = new ContextMenu(
                        MenuItems.item("Tag Selected…", "mdi2t-tag-plus-outline", a -> actions.tagSelection().run()),
                        MenuItems.item("Star / Unstar", "mdi2s-star-outline", a -> actions.toggleStar().run()),
                        MenuItems.item("Mark Read / Unread", "mdi2e-email-open-outline", a -> actions.toggleRead().run()),
                        new SeparatorMenuItem(),
                        MenuItems.item("Delete", "mdi2d-delete-outline", a -> actions.delete().run()));
                MenuItems.iconsOnShowing(menu, menu.getItems());
                table.setContextMenu(menu);
            }
        });
    }

    private Node placeholder() {
        Label head = new Label();
        head.setId("placeholder-head");
        head.getStyleClass().add("title-4");
        head.textProperty().bind(javafx.beans.binding.Bindings.when(model.importingSamplesProperty())
                .then("Importing the sample articles…").otherwise("No articles here"));
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Long all = model.libraryTotalProperty().get();
            if (model.importingSamplesProperty().get()) {
                return "A new library starts with a few example stories, so there is something to read "
                        + "and try things on. They will be here in a moment.";
            }
            if (all != null && all == 0) {
                return "Your library is empty. Import saved pages (HTML, MHTML, text, Markdown, e-mail) with "
                        + "File → Import Folder…, or drop files and folders on this window.";
            }
            return "Nothing matches these filters. Choose “All articles” in the sidebar or clear the search box.";
        }, model.libraryTotalProperty(), model.importingSamplesProperty()));
        Button importButton = new Button("Import a folder…", new FontIcon("mdi2i-inbox-arrow-down"));
        importButton.setOnAction(e -> actions.importFolder().run());
        importButton.visibleProperty().bind(model.libraryTotalProperty().isEqualTo(0L)
                .and(model.importingSamplesProperty().not()));
        VBox box = new VBox(10, head, text, importButton);
        // nothing to say before the library has been counted (the first frame of a cold start)
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.importingSamplesProperty().get()
                        || model.libraryTotalProperty().get() != null && model.libraryTotalProperty().get() >= 0,
                model.libraryTotalProperty(), model.importingSamplesProperty()));
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        box.setPadding(new Insets(20));
        return box;
    }

    /** Height of a two-line row of the list. */
    static final double ROW_HEIGHT = 48;

    /** A row of the list: unread dot, star and headline; below, source · date · country · tags. */
    private final class TitleCell extends TableCell<ArticleSummary, ArticleSummary> {
        private final FontIcon star = new FontIcon("mdi2s-star");
        private final Circle unread = new Circle(3.5);
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label copiesBadge = new Label();
        private final HBox top = new HBox(6, unread, star, title, copiesBadge);
        private final VBox box = new VBox(2, top, meta);

        TitleCell() {
            star.getStyleClass().add("star-icon");
            unread.getStyleClass().add("unread-dot");
            copiesBadge.getStyleClass().add("copies-badge");
            copiesBadge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("row-headline");
            title.setId("row-headline");
            meta.getStyleClass().add("row-meta");
            top.setAlignment(Pos.CENTER_LEFT);
            box.setAlignment(Pos.CENTER_LEFT);
            title.setMinWidth(0);
            meta.setMinWidth(0);
            // the meta line starts under the headline, not under the dot
            meta.setPadding(new Insets(0, 0, 0, 13));
        }

        @Override
        protected void updateItem(ArticleSummary a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            if (a.id() < 0) {
                title.setText("Loading…");
                meta.setText("");
                unread.setVisible(false);
                star.setVisible(false);
                star.setManaged(false);
            } else {
                title.setText(a.title() == null || a.title().isBlank() ? "(untitled)" : a.title());
                meta.setText(metaLine(a));
                unread.setVisible(!a.read());
                star.setVisible(a.starred());
                star.setManaged(a.starred());
            }
            // a story saved more than once: how many texts it has (docs/copies.md)
            Integer n = a.id() < 0 ? null : model.copies().counts().get(a.id());
            if (a.id() >= 0) {
                model.copies().countRow(a.id());
            }
            copiesBadge.setText(n == null ? "" : n + " copies");
            copiesBadge.setVisible(n != null);
            copiesBadge.setManaged(n != null);
            setGraphic(box);
        }
    }

    /** "Rift Valley Chronicle · 3 Apr 2019 · Kenya · water, drought" */
    String metaLine(ArticleSummary a) {
        List<String> parts = new ArrayList<>(4);
        String source = a.source() != null ? a.source() : a.site();
        if (source != null && !source.isBlank()) {
            parts.add(source);
        }
        parts.add(a.published() == null ? "undated" : DateLabels.shortDate(a.published()));
        if (a.primaryCountry() != null) {
            parts.add(geography.countryName(a.primaryCountry()));
        }
        if (!a.tags().isEmpty()) {
            parts.add(String.join(", ", a.tags()));
        }
        return String.join("  ·  ", parts);
    }
}

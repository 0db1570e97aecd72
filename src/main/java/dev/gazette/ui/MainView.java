package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import javafx.application.HostServices;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The main window's content: sidebar (library, dates, regions, sources, tags), article list and
 * reader pane. A thin view over {@link MainViewModel}: it binds and forwards, it decides nothing.
 */
public final class MainView {

    private final MainViewModel model;
    private final HostServices hostServices;
    private final BorderPane root = new BorderPane();
    private final TreeView<SidebarItem> sidebar = new TreeView<>();
    private final TableView<ArticleSummary> table = new TableView<>();
    private final WebView reader = new WebView();
    private final TextField search = new TextField();
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final TextField tagInput = new TextField();
    private final Label readerRegions = new Label();
    private final VBox readerHeader = new VBox(6);
    private final StackPane readerStack = new StackPane();
    private final Label emptyReader = new Label("Select an article to read it.\nImport saved pages with File → Import, or drop files here.");
    private ReaderPage.Theme theme = ReaderPage.Theme.LIGHT;
    private int fontPercent = 100;
    private boolean rebuildingSidebar;

    public MainView(MainViewModel model, HostServices hostServices) {
        this.model = model;
        this.hostServices = hostServices;
        build();
    }

    public BorderPane root() {
        return root;
    }

    public void setTheme(ReaderPage.Theme theme) {
        this.theme = theme;
        showArticle(model.selectedProperty().get());
    }

    private void build() {
        root.setTop(new VBox(menuBar(), toolbar()));
        sidebar.setId("sidebar");
        sidebar.setShowRoot(false);
        sidebar.setPrefWidth(240);
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuildingSidebar && item != null && item.getValue().filter() != null) {
                model.filterBy(item.getValue().filter());
            }
        });
        model.facetsProperty().addListener((obs, old, f) -> rebuildSidebar(f));

        buildTable();
        buildReader();

        SplitPane split = new SplitPane(sidebar, table, readerPane());
        split.setDividerPositions(0.18, 0.52);
        SplitPane.setResizableWithParent(sidebar, false);
        root.setCenter(split);
        root.setBottom(statusBar());
        enableDrop();
    }

    private MenuBar menuBar() {
        MenuItem importFiles = new MenuItem("Import Files…");
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> chooseFiles());
        MenuItem importFolder = new MenuItem("Import Folder…");
        importFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        importFolder.setOnAction(e -> chooseFolder());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> window().hide());
        Menu file = new Menu("File", null, importFiles, importFolder, quit);

        MenuItem light = new MenuItem("Light");
        light.setOnAction(e -> setTheme(ReaderPage.Theme.LIGHT));
        MenuItem sepia = new MenuItem("Sepia");
        sepia.setOnAction(e -> setTheme(ReaderPage.Theme.SEPIA));
        MenuItem dark = new MenuItem("Dark");
        dark.setOnAction(e -> setTheme(ReaderPage.Theme.DARK));
        MenuItem bigger = new MenuItem("Larger Text");
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        bigger.setOnAction(e -> zoom(10));
        MenuItem smaller = new MenuItem("Smaller Text");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> zoom(-10));
        Menu view = new Menu("View", null, light, sepia, dark, bigger, smaller);

        MenuItem star = new MenuItem("Star / Unstar");
        star.setOnAction(e -> toggleStar());
        MenuItem tagSelected = new MenuItem("Tag Selected…");
        tagSelected.setOnAction(e -> tagSelection());
        MenuItem regions = new MenuItem("Correct Regions…");
        regions.setOnAction(e -> correctRegions());
        MenuItem date = new MenuItem("Correct Published Date…");
        date.setOnAction(e -> correctDate());
        Menu article = new Menu("Article", null, star, tagSelected, regions, date);
        return new MenuBar(file, article, view);
    }

    private Node toolbar() {
        search.setId("search");
        search.setPromptText("Search   e.g.  sanctions region:VE year:2019 tag:energy is:unread");
        search.setOnAction(e -> model.search(search.getText()));
        search.textProperty().addListener((obs, o, n) -> {
            if (n.isEmpty()) {
                model.search("");
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Label warning = new Label();
        warning.textProperty().bind(model.searchWarningProperty());
        warning.getStyleClass().add("warning");
        HBox bar = new HBox(8, search, warning);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private void buildTable() {
        table.setId("articles");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No articles here yet. Import saved pages with File → Import (Ctrl+O) or drop them on the window."));
        TableColumn<ArticleSummary, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(300);
        TableColumn<ArticleSummary, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().source() != null ? c.getValue().source() : c.getValue().site()));
        source.setPrefWidth(110);
        TableColumn<ArticleSummary, String> date = new TableColumn<>("Published");
        date.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().published() == null ? "" : c.getValue().published().substring(0, Math.min(10, c.getValue().published().length()))));
        date.setPrefWidth(90);
        TableColumn<ArticleSummary, String> region = new TableColumn<>("Region");
        region.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().primaryCountry() == null ? "" : model.service().geography().countryName(c.getValue().primaryCountry())));
        region.setPrefWidth(100);
        table.getColumns().addAll(List.of(title, source, date, region));
        table.setItems(model.articles());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(ArticleSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unread");
                if (!empty && item != null && !item.read()) {
                    getStyleClass().add("unread");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.select(n);
            }
        });
        table.setOnScroll(e -> {
            var last = table.lookup(".scroll-bar:vertical");
            if (last instanceof javafx.scene.control.ScrollBar bar && bar.getValue() >= bar.getMax() * 0.9) {
                model.loadMore();
            }
        });
    }

    private void buildReader() {
        reader.setId("reader");
        reader.getEngine().setJavaScriptEnabled(false);
        reader.setContextMenuEnabled(false);
        // A click on a link must never navigate inside the app: hand http(s) links to the
        // system browser and stay on the article.
        reader.getEngine().locationProperty().addListener((obs, old, location) -> {
            if (location == null || location.isEmpty() || location.startsWith("about:") || location.startsWith("data:")) {
                return;
            }
            if (location.startsWith("http://") || location.startsWith("https://")) {
                hostServices.showDocument(location);
            }
            javafx.application.Platform.runLater(() -> showArticle(model.selectedProperty().get()));
        });
        model.selectedProperty().addListener((obs, o, n) -> showArticle(n));
    }

    private Node readerPane() {
        tagInput.setId("tag-input");
        tagInput.setPromptText("Add tag…");
        tagInput.setPrefColumnCount(10);
        tagInput.setOnAction(e -> {
            ArticleView v = model.selectedProperty().get();
            if (v != null && !tagInput.getText().isBlank()) {
                model.addTag(v.id(), tagInput.getText());
                tagInput.clear();
            }
        });
        tagInput.setOnKeyPressed(e -> {
            ArticleView v = model.selectedProperty().get();
            if (e.getCode() == KeyCode.BACK_SPACE && tagInput.getText().isEmpty() && v != null && !v.state().tags().isEmpty()) {
                List<String> tags = v.state().tags();
                model.removeTag(v.id(), tags.get(tags.size() - 1));
            }
        });
        readerRegions.setId("reader-regions");
        readerRegions.getStyleClass().add("text-muted");
        readerHeader.setPadding(new Insets(8, 12, 8, 12));
        readerHeader.getChildren().setAll(readerRegions, tagChips);
        readerHeader.setVisible(false);
        emptyReader.getStyleClass().add("text-muted");
        emptyReader.setWrapText(true);
        readerStack.getChildren().setAll(reader, emptyReader);
        VBox.setVgrow(readerStack, Priority.ALWAYS);
        return new VBox(readerHeader, readerStack);
    }

    private void showArticle(ArticleView v) {
        if (v == null) {
            readerHeader.setVisible(false);
            emptyReader.setVisible(true);
            reader.setVisible(false);
            return;
        }
        emptyReader.setVisible(false);
        reader.setVisible(true);
        readerHeader.setVisible(true);
        reader.getEngine().loadContent(ReaderPage.render(v, theme, fontPercent));
        readerRegions.setText(v.regionNames().isEmpty() ? "No region detected"
                : "Regions: " + String.join(", ", v.regionNames())
                + (v.primarySubRegion() != null ? "  (" + v.primarySubRegion() + ")" : ""));
        StringBuilder why = new StringBuilder();
        v.countries().forEach(c -> why.append(model.service().geography().countryName(c.code())).append(": ")
                .append(String.join(", ", c.evidence())).append('\n'));
        readerRegions.setTooltip(why.length() == 0 ? null : new Tooltip(why.toString().strip()));
        tagChips.getChildren().clear();
        for (String tag : v.state().tags()) {
            Button chip = new Button(tag + "  ×");
            chip.getStyleClass().addAll("small", "rounded", "tag-chip");
            chip.setTooltip(new Tooltip("Remove tag " + tag));
            chip.setOnAction(e -> model.removeTag(v.id(), tag));
            tagChips.getChildren().add(chip);
        }
        tagChips.getChildren().add(tagInput);
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(model.importProgressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        Label importLabel = new Label();
        importLabel.textProperty().bind(model.importMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.setOnAction(e -> model.cancelImport());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spacer, importLabel, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void rebuildSidebar(Facets f) {
        if (f == null) {
            return;
        }
        rebuildingSidebar = true;
        try {
            TreeItem<SidebarItem> rootItem = new TreeItem<>(SidebarItem.heading("Gazette"));
            TreeItem<SidebarItem> library = section("Library");
            library.getChildren().add(new TreeItem<>(new SidebarItem("All articles", f.total(), ArticleQuery.ALL, "Library")));
            library.getChildren().add(new TreeItem<>(new SidebarItem("Unread", -1, ArticleQuery.ALL.withRead(false), "Library")));
            library.getChildren().add(new TreeItem<>(new SidebarItem("Starred", -1, ArticleQuery.ALL.withStarred(true), "Library")));
            TreeItem<SidebarItem> dates = section("Dates");
            for (FacetCount year : f.years()) {
                int y = Integer.parseInt(year.key());
                TreeItem<SidebarItem> yi = new TreeItem<>(new SidebarItem(year.label(), year.count(), ArticleQuery.ALL.withDate(y, null, null), "Dates"));
                for (FacetCount month : f.months()) {
                    if (month.key().startsWith(year.key() + "-")) {
                        int m = Integer.parseInt(month.key().substring(5, 7));
                        yi.getChildren().add(new TreeItem<>(new SidebarItem(month.label(), month.count(), ArticleQuery.ALL.withDate(y, m, null), "Dates")));
                    }
                }
                dates.getChildren().add(yi);
            }
            if (f.undated() > 0) {
                dates.getChildren().add(new TreeItem<>(new SidebarItem("Undated", f.undated(), ArticleQuery.ALL.withUndated(true), "Dates")));
            }
            TreeItem<SidebarItem> regions = section("Regions");
            var geo = model.service().geography();
            for (FacetCount continent : f.continents()) {
                TreeItem<SidebarItem> ci = regionItem(continent);
                for (FacetCount sub : f.subRegions()) {
                    if (continent.key().equals(geo.continent(firstCountryOf(geo, sub.key())))) {
                        TreeItem<SidebarItem> si = regionItem(sub);
                        for (FacetCount country : f.countries()) {
                            if (sub.key().equals(geo.subRegion(country.key()))) {
                                si.getChildren().add(regionItem(country));
                            }
                        }
                        ci.getChildren().add(si);
                    }
                }
                regions.getChildren().add(ci);
            }
            TreeItem<SidebarItem> sources = section("Sources");
            for (FacetCount s : f.sources()) {
                sources.getChildren().add(new TreeItem<>(new SidebarItem(s.label(), s.count(), ArticleQuery.ALL.withSources(List.of(s.key())), "Sources")));
            }
            TreeItem<SidebarItem> tags = section("Tags");
            for (FacetCount t : f.tags()) {
                tags.getChildren().add(new TreeItem<>(new SidebarItem(t.label(), t.count(), ArticleQuery.ALL.withTags(List.of(t.key()), List.of(), List.of()), "Tags")));
            }
            rootItem.getChildren().setAll(List.of(library, dates, regions, sources, tags));
            SidebarItem keep = sidebar.getSelectionModel().getSelectedItem() == null ? null : sidebar.getSelectionModel().getSelectedItem().getValue();
            sidebar.setRoot(rootItem);
            if (keep != null) {
                reselect(rootItem, keep);
            }
        } finally {
            rebuildingSidebar = false;
        }
    }

    private static String firstCountryOf(dev.gazette.enrich.Geography geo, String subRegion) {
        List<String> codes = geo.countries(subRegion);
        return codes.isEmpty() ? "" : codes.get(0);
    }

    private TreeItem<SidebarItem> regionItem(FacetCount c) {
        return new TreeItem<>(new SidebarItem(c.label(), c.count(), ArticleQuery.ALL.withRegions(List.of(c.key())), "Regions"));
    }

    private static TreeItem<SidebarItem> section(String name) {
        TreeItem<SidebarItem> item = new TreeItem<>(SidebarItem.heading(name));
        item.setExpanded(true);
        return item;
    }

    private void reselect(TreeItem<SidebarItem> node, SidebarItem keep) {
        for (TreeItem<SidebarItem> child : node.getChildren()) {
            if (child.getValue().filter() != null && child.getValue().filter().equals(keep.filter())
                    && child.getValue().label().equals(keep.label())) {
                TreeItem<SidebarItem> p = child.getParent();
                while (p != null) {
                    p.setExpanded(true);
                    p = p.getParent();
                }
                sidebar.getSelectionModel().select(child);
                return;
            }
            reselect(child, keep);
        }
    }

    // ---- actions -----------------------------------------------------------------------------

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(ArticleSummary::id).toList();
    }

    private void toggleStar() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            model.setStarred(selectedIds().isEmpty() ? List.of(v.id()) : selectedIds(), !v.state().starred());
        }
    }

    private void tagSelection() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Tag articles");
        d.setHeaderText("Tag " + ids.size() + " selected article(s)");
        d.setContentText("Tag:");
        d.initOwner(window());
        d.showAndWait().ifPresent(tag -> model.tagAll(ids, tag));
    }

    private void correctRegions() {
        ArticleView v = model.selectedProperty().get();
        if (v == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(String.join(", ", v.regionNames()));
        d.setTitle("Correct regions");
        d.setHeaderText("Countries this story is about, most important first.\nLeave empty to go back to the detected regions.");
        d.setContentText("Countries:");
        d.initOwner(window());
        d.showAndWait().ifPresent(text -> model.correctRegions(v.id(),
                Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    private void correctDate() {
        ArticleView v = model.selectedProperty().get();
        if (v == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(v.published() == null ? "" : v.published().substring(0, Math.min(10, v.published().length())));
        d.setTitle("Correct published date");
        d.setHeaderText("When was this story published? (YYYY-MM-DD; empty to use the detected date)");
        d.setContentText("Published:");
        d.initOwner(window());
        d.showAndWait().ifPresent(text -> model.correctPublished(v.id(), text));
    }

    private void zoom(int delta) {
        fontPercent = Math.max(60, Math.min(250, fontPercent + delta));
        showArticle(model.selectedProperty().get());
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import saved articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Saved articles", "*.html", "*.htm", "*.xhtml", "*.shtml", "*.gz",
                        "*.mhtml", "*.mht", "*.txt", "*.md", "*.markdown", "*.eml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            model.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of saved articles");
        File dir = chooser.showDialog(window());
        if (dir != null) {
            model.importPaths(List.of(dir.toPath()));
        }
    }

    private void enableDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> paths = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            model.importPaths(paths);
            e.setDropCompleted(!paths.isEmpty());
            e.consume();
        });
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @SuppressWarnings("unused")
    private static <T> ChangeListener<T> ignore() {
        return (obs, o, n) -> { };
    }

    static String tagLabel(TagInfo t) {
        return t.name() + " (" + t.count() + ")";
    }
}

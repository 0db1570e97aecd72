package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.CountryMention;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The main window's content: sidebar (library, dates, regions, sources, tags), the article list
 * with the reader pane, the timeline and the world map. A thin view over {@link MainViewModel}:
 * it binds and forwards, it decides nothing. Use on the JavaFX thread.
 */
public final class MainView {

    /** What the centre of the window shows. */
    public enum Page { ARTICLES, TIMELINE, MAP }

    private final MainViewModel model;
    private final HostServices hostServices;
    /** Where a clicked link goes: the system browser (a test may watch it instead). */
    private Consumer<String> linkOpener;
    /** The link last handed on and when, so that one click is not handed on twice. */
    private String lastLink;
    private long lastLinkAt;
    /** Where the notes pane starts, as a share of the room right of the list. */
    private static final double NOTES_AT = 0.68;
    private boolean notesShown;
    private javafx.scene.control.CheckMenuItem notesItem;
    private final Geography geography;
    private final ReaderViewModel readerModel;
    private final BorderPane root = new BorderPane();
    private final SidebarView sidebarView;
    private final ArticleListView list;
    private final TableView<ArticleSummary> table;
    private final TextField search = new TextField();
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final TextField tagInput = new TextField();
    /** Made on first use (a popup window costs the cold start); see {@link #tagSuggestions()}. */
    private ContextMenu tagSuggestions;
    private final Label readerRegions = new Label();
    private final Label readerDate = new Label();
    private final Button starButton = new Button();
    /** A story's other copies: the reader's "Also saved from" line and the list's copies badge. */
    private CopiesModel copies;
    private CopiesBar copiesBar;
    private final VBox readerHeader = new VBox(8);
    private final StackPane readerStack = new StackPane();
    private final VBox emptyReader = new VBox(10);
    private final SplitPane outer = new SplitPane();
    /** The Highlights menu; its items come from {@link HighlightFeature} once the reader exists. */
    private final Menu highlightsMenu = new Menu("Highlights");
    private HighlightFeature highlights;
    private final SplitPane listAndReader = new SplitPane();
    private final StackPane centre = new StackPane();
    private final ToggleGroup pages = new ToggleGroup();
    private final HBox undoBar = new HBox(10);
    private final Label undoLabel = new Label();
    private final PauseTransition undoTimer = new PauseTransition(Duration.seconds(8));
    /** How long typing in the search box pauses before the list follows it. */
    static final Duration SEARCH_PAUSE = Duration.millis(250);
    private final PauseTransition searchPause = new PauseTransition(SEARCH_PAUSE);
    private HBox statusBar;
    private WebView reader;
    private TimelineView timeline;
    private WorldMapView worldMap;
    private Page page = Page.ARTICLES;
    private ReaderPage.Theme theme = ReaderPage.Theme.LIGHT;
    private int fontPercent = 100;
    private Consumer<ReaderPage.Theme> onTheme = t -> { };
    private String shownHtml;

    public MainView(MainViewModel model, HostServices hostServices) {
        this.model = model;
        this.hostServices = hostServices;
        this.linkOpener = hostServices == null ? url -> { } : hostServices::showDocument;
        this.geography = model.geography();
        this.readerModel = model.reader();
        readerModel.pageProperty().addListener((obs, o, p) -> loadPage(p));
        this.sidebarView = new SidebarView(model);
        this.list = new ArticleListView(model, geography, new ArticleListView.Actions(this::tagSelection,
                this::toggleStar, this::toggleRead, this::deleteSelection, this::chooseFolder));
        this.table = list.table();
        build();
    }

    public BorderPane root() {
        return root;
    }

    // ---- state the window remembers ----------------------------------------------------------

    public ReaderPage.Theme theme() {
        return theme;
    }

    /** Sets the reader theme; the window's own light/dark theme follows through {@link #onThemeChange}. */
    public void setTheme(ReaderPage.Theme theme) {
        this.theme = theme;
        if (worldMap != null) {
            worldMap.applyColours(theme == ReaderPage.Theme.DARK);
        }
        onTheme.accept(theme);
        showArticle(model.selectedProperty().get());
    }

    public void onThemeChange(Consumer<ReaderPage.Theme> listener) {
        this.onTheme = listener;
    }

    public int fontPercent() {
        return fontPercent;
    }

    public void setFontPercent(int percent) {
        fontPercent = Math.max(60, Math.min(250, percent));
        showArticle(model.selectedProperty().get());
    }

    /** Whether the note and highlights pane is beside the reader (View → Notes and Highlights). */
    public boolean notesShown() {
        return notesShown;
    }

    public void setNotesShown(boolean shown) {
        notesShown = shown;
        if (notesItem != null) {
            notesItem.setSelected(shown);
        }
        placeNotes();
    }

    /** Puts the notes pane beside the reader or takes it away, keeping the list's width as it is. */
    private void placeNotes() {
        if (highlights == null) {
            return;
        }
        Node notes = highlights.notesPane().root();
        boolean there = listAndReader.getItems().contains(notes);
        double listAt = listAndReader.getDividerPositions().length > 0 ? listAndReader.getDividerPositions()[0] : 0.52;
        if (notesShown && !there) {
            listAndReader.getItems().add(notes);
            listAndReader.setDividerPositions(listAt, listAt + (1 - listAt) * NOTES_AT);
        } else if (!notesShown && there) {
            listAndReader.getItems().remove(notes);
            listAndReader.setDividerPositions(listAt);
        }
    }

    public double[] dividers() {
        return new double[]{outer.getDividerPositions()[0], listAndReader.getDividerPositions()[0]};
    }

    public void setDividers(double sidebarAt, double listAt) {
        outer.setDividerPositions(sidebarAt);
        listAndReader.setDividerPositions(listAt);
    }

    public Page page() {
        return page;
    }

    public void showPage(Page p) {
        page = p;
        Node n = switch (p) {
            case ARTICLES -> listAndReader;
            case TIMELINE -> timeline();
            case MAP -> worldMap();
        };
        centre.getChildren().setAll(n);
        if (p == Page.ARTICLES) {
            table.requestFocus();
        } else {
            n.requestFocus();
        }
        for (var t : pages.getToggles()) {
            if (t.getUserData() == p) {
                pages.selectToggle(t);
            }
        }
        updateCharts();
    }

    /** Creates the reader's WebView: called after the window is on screen, never before (cold start). */
    public void createReader() {
        if (reader != null) {
            return;
        }
        reader = new WebView();
        reader.setId("reader");
        reader.getEngine().setJavaScriptEnabled(false);
        reader.setContextMenuEnabled(false);
        // A click on a link must never navigate inside the app, nor fetch anything. The reader's
        // links point at ReaderPage.LINK_SCHEME, which WebKit cannot load; the window asks the page
        // which link is under a click and hands its address to the system browser. Should WebKit
        // start a navigation all the same (a link followed from the keyboard), the address change
        // is caught here too: the same link goes to the browser once, and the article is shown again.
        reader.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                openLink(ReaderPage.linkTarget(linkAt(e.getX(), e.getY())));
            }
        });
        reader.getEngine().locationProperty().addListener((obs, old, location) -> {
            if (location == null || location.isEmpty() || location.startsWith("about:") || location.startsWith("data:")) {
                return;
            }
            openLink(ReaderPage.linkTarget(location));
            Platform.runLater(() -> {
                reader.getEngine().getLoadWorker().cancel();
                shownHtml = null;
                showArticle(model.selectedProperty().get());
            });
        });
        readerStack.getChildren().add(0, reader);
        highlights = HighlightFeature.install(model, reader, () -> {
            shownHtml = null;
            showArticle(model.selectedProperty().get());
        });
        // Move the feature's items into the menu bar's menu: an item may belong to one menu only.
        Menu source = highlights.menu();
        List<MenuItem> items = new ArrayList<>(source.getItems());
        source.getItems().clear();
        highlightsMenu.getItems().setAll(items);
        highlightsMenu.setDisable(false);
        placeNotes();
        showArticle(model.selectedProperty().get());
    }

    /** Highlights, notes and dossiers, or null before the reader is created. */
    HighlightFeature highlights() {
        return highlights;
    }

    boolean readerReady() {
        return reader != null;
    }

    /** The {@code href} of the link under a point of the reader (its own coordinates), or null. */
    private String linkAt(double x, double y) {
        double zoom = reader.getZoom() <= 0 ? 1 : reader.getZoom();
        try {
            Object href = reader.getEngine().executeScript(String.format(Locale.ROOT,
                    "(function(){var e=document.elementFromPoint(%.1f,%.1f);"
                            + "while(e&&!(e.tagName==='A'&&e.hasAttribute('href')))e=e.parentElement;"
                            + "return e?e.getAttribute('href'):null;})()", x / zoom, y / zoom));
            return href instanceof String h ? h : null;
        } catch (RuntimeException notAPage) {
            return null;
        }
    }

    /** Hands a link's address to the system browser, once for a click even if WebKit reports it twice. */
    private void openLink(String target) {
        long now = System.nanoTime();
        if (target == null || (target.equals(lastLink) && now - lastLinkAt < 2_000_000_000L)) {
            return;
        }
        lastLink = target;
        lastLinkAt = now;
        linkOpener.accept(target);
    }

    /** Sends clicked links somewhere other than the system browser (tests). */
    void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
    }

    WebView reader() {
        return reader;
    }

    // ---- building ----------------------------------------------------------------------------

    private void build() {
        root.getStyleClass().add("gazette");
        root.setTop(new VBox(menuBar(), toolbar()));
        Node readerPane = readerPane();
        listAndReader.getItems().setAll(table, readerPane);
        listAndReader.setDividerPositions(0.52);
        centre.getChildren().setAll(listAndReader);
        outer.getItems().setAll(sidebarView.root(), centre);
        outer.setDividerPositions(0.19);
        SplitPane.setResizableWithParent(sidebarView.root(), false);
        root.setCenter(outer);
        root.setBottom(statusBar());
        enableDrop();
        model.facetsProperty().addListener((obs, old, f) -> updateCharts());
        model.selectedProperty().addListener((obs, o, n) -> showArticle(n));
        model.highlightWordsProperty().addListener((obs, o, n) -> showArticle(model.selectedProperty().get()));
        model.pendingDelete().addListener((ListChangeListener<Long>) c -> updateUndoBar());
    }

    private MenuBar menuBar() {
        MenuItem importFiles = item("Import Files…", "mdi2f-file-import-outline", e -> chooseFiles());
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem importFolder = item("Import Folder…", "mdi2f-folder-download-outline", e -> chooseFolder());
        importFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem quit = item("Quit", null, e -> window().hide());
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, importFiles, importFolder, new SeparatorMenuItem(), quit);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("View");
        for (ReaderPage.Theme t : ReaderPage.Theme.values()) {
            RadioMenuItem mi = new RadioMenuItem(switch (t) {
                case LIGHT -> "Light";
                case DARK -> "Dark";
                case SEPIA -> "Sepia";
            });
            mi.setToggleGroup(themes);
            mi.setOnAction(e -> setTheme(t));
            mi.setUserData(t);
            view.getItems().add(mi);
        }
        MenuItem bigger = item("Larger Text", "mdi2f-format-font-size-increase", e -> setFontPercent(fontPercent + 10));
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem smaller = item("Smaller Text", "mdi2f-format-font-size-decrease", e -> setFontPercent(fontPercent - 10));
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem articles = item("Articles", "mdi2f-format-list-bulleted", e -> showPage(Page.ARTICLES));
        articles.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem tl = item("Timeline", "mdi2c-chart-bar", e -> showPage(Page.TIMELINE));
        tl.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem map = item("World Map", "mdi2e-earth", e -> showPage(Page.MAP));
        map.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        notesItem = new javafx.scene.control.CheckMenuItem("Notes and Highlights");
        notesItem.setSelected(notesShown);
        notesItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        notesItem.setOnAction(e -> setNotesShown(notesItem.isSelected()));
        Menu sortMenu = new Menu("Sort List");
        sortMenu.setId("sort-menu");
        ToggleGroup sorts = new ToggleGroup();
        for (ArticleQuery.Sort s : List.of(ArticleQuery.Sort.PUBLISHED_DESC, ArticleQuery.Sort.PUBLISHED_ASC,
                ArticleQuery.Sort.ADDED_DESC, ArticleQuery.Sort.TITLE)) {
            RadioMenuItem mi = new RadioMenuItem(switch (s) {
                case PUBLISHED_DESC -> "Newest First";
                case PUBLISHED_ASC -> "Oldest First";
                case ADDED_DESC -> "Recently Imported First";
                default -> "By Title";
            });
            mi.setToggleGroup(sorts);
            mi.setUserData(s);
            mi.setOnAction(e -> model.sortBy(s));
            sortMenu.getItems().add(mi);
        }
        view.setOnShowing(e -> {
            themes.getToggles().forEach(t -> t.setSelected(t.getUserData() == theme));
            sorts.getToggles().forEach(t -> t.setSelected(t.getUserData() == model.sortProperty().get()));
        });
        view.getItems().addAll(new SeparatorMenuItem(), bigger, smaller, new SeparatorMenuItem(), sortMenu, notesItem,
                new SeparatorMenuItem(), articles, tl, map);

        MenuItem star = item("Star / Unstar", "mdi2s-star-outline", e -> toggleStar());
        MenuItem read = item("Mark Read / Unread", "mdi2e-email-open-outline", e -> toggleRead());
        MenuItem tagSelected = item("Tag Selected…", "mdi2t-tag-plus-outline", e -> tagSelection());
        MenuItem regions = item("Correct Regions…", "mdi2m-map-marker-outline", e -> correctRegions());
        MenuItem date = item("Correct Published Date…", "mdi2c-calendar-edit", e -> correctDate());
        MenuItem original = item("Open Original", "mdi2o-open-in-new", e -> openOriginal());
        MenuItem delete = item("Delete", "mdi2d-delete-outline", e -> deleteSelection());
        Menu article = new Menu("Article", null, star, read, tagSelected, new SeparatorMenuItem(), regions, date,
                new SeparatorMenuItem(), original, delete);

        MenuItem manager = item("Manage Tags…", "mdi2t-tag-multiple-outline", e -> Dialogs.tagManager(window(), model));
        Menu tags = new Menu("Tags", null, manager);
        MenuItem keys = item("Keyboard Shortcuts", "mdi2k-keyboard-outline", e -> Dialogs.shortcuts(window()));
        MenuItem syntax = item("Search Syntax", "mdi2m-magnify", e -> Dialogs.searchSyntax(window()));
        Menu help = new Menu("Help", null, keys, syntax);
        highlightsMenu.setDisable(true); // filled once the reader exists (see createReader)
        for (Menu m : List.of(file, article, tags, view, help)) {
            iconsOnShowing(m, m.getItems());
        }
        return new MenuBar(file, article, tags, highlightsMenu, view, help);
    }

    static MenuItem item(String text, String icon, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem mi = new MenuItem(text);
        if (icon != null) {
            mi.getProperties().put(ICON, icon); // drawn when its menu first opens (iconsOnShowing)
        }
        mi.setOnAction(action);
        return mi;
    }

    /** The key under which a menu item keeps the icon it gets when its menu first opens. */
    private static final String ICON = "gazette.icon";

    /** Gives the items their icons when the menu first opens: dozens of icons cost the start. */
    static void iconsOnShowing(javafx.event.EventTarget menu, List<MenuItem> items) {
        javafx.event.EventHandler<javafx.event.Event> once = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.event.Event e) {
                for (MenuItem mi : items) {
                    Object icon = mi.getProperties().remove(ICON);
                    if (icon != null && mi.getGraphic() == null) {
                        mi.setGraphic(new FontIcon((String) icon));
                    }
                }
            }
        };
        if (menu instanceof Menu m) {
            m.addEventHandler(Menu.ON_SHOWING, once);
        } else if (menu instanceof ContextMenu c) {
            c.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, once);
        }
    }

    /** Gives the control its tooltip when the pointer first comes over it (each tooltip is a window). */
    private static void tip(javafx.scene.control.Control c, String text) {
        c.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (c.getTooltip() == null) {
                c.setTooltip(new Tooltip(text));
            }
        });
    }

    private ContextMenu tagSuggestions() {
        if (tagSuggestions == null) {
            tagSuggestions = new ContextMenu();
        }
        return tagSuggestions;
    }

    private Node toolbar() {
        HBox switcher = new HBox();
        switcher.getStyleClass().add("segmented");
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(switch (p) {
                case ARTICLES -> "Articles";
                case TIMELINE -> "Timeline";
                case MAP -> "Map";
            }, new FontIcon(switch (p) {
                case ARTICLES -> "mdi2f-format-list-bulleted";
                case TIMELINE -> "mdi2c-chart-bar";
                case MAP -> "mdi2e-earth";
            }));
            b.setId("page-" + p.name().toLowerCase(Locale.ROOT));
            b.setUserData(p);
            b.setToggleGroup(pages);
            b.setFocusTraversable(false);
            b.getStyleClass().add(p == Page.ARTICLES ? "left-pill" : p == Page.MAP ? "right-pill" : "center-pill");
            b.setOnAction(e -> showPage(p));
            switcher.getChildren().add(b);
        }
        pages.getToggles().get(0).setSelected(true);
        pages.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null && o != null) {
                o.setSelected(true);
            }
        });

        search.setId("search");
        search.setPromptText("Search   — e.g.  harbour region:germany year:2014 tag:energy is:unread");
        // Searches as the person types, once typing pauses; Enter searches at once, Escape clears.
        searchPause.setOnFinished(e -> searchNow());
        search.setOnAction(e -> searchNow());
        search.textProperty().addListener((obs, o, n) -> {
            if (n.isEmpty()) {
                searchNow();
            } else {
                searchPause.playFromStart();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                table.requestFocus();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        Button help = new Button(null, new FontIcon("mdi2h-help-circle-outline"));
        help.getStyleClass().addAll("flat", "button-icon");
        tip(help, "Search syntax");
        help.setOnAction(e -> Dialogs.searchSyntax(window()));
        Label warning = new Label();
        warning.setId("search-warning");
        warning.textProperty().bind(model.searchWarningProperty());
        warning.getStyleClass().add("warning");
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        Button importButton = new Button("Import", new FontIcon("mdi2i-inbox-arrow-down"));
        importButton.setOnAction(e -> chooseFolder());
        tip(importButton, "Import a folder of saved articles (Ctrl+Shift+O); drop files anywhere");
        HBox bar = new HBox(10, switcher, search, help, warning, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    /** Runs the search box's text now, unless the list already shows it. */
    private void searchNow() {
        searchPause.stop();
        if (!search.getText().equals(model.searchTextProperty().get())) {
            model.search(search.getText());
        }
    }

    private Node readerPane() {
        tagInput.setId("tag-input");
        tagInput.setPromptText("Add a tag…");
        tagInput.setPrefColumnCount(9);
        tagInput.getStyleClass().add("small");
        tagInput.setOnAction(e -> {
            ArticleView v = model.selectedProperty().get();
            if (v != null && !tagInput.getText().isBlank()) {
                model.addTag(v.id(), tagInput.getText());
                tagInput.clear();
                tagSuggestions().hide();
            }
        });
        tagInput.setOnKeyPressed(e -> {
            ArticleView v = model.selectedProperty().get();
            if (e.getCode() == KeyCode.BACK_SPACE && tagInput.getText().isEmpty() && v != null && !v.state().tags().isEmpty()) {
                List<String> tags = v.state().tags();
                model.removeTag(v.id(), tags.get(tags.size() - 1));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                tagInput.clear();
                table.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN && tagSuggestions().isShowing() && !tagSuggestions().getItems().isEmpty()) {
                tagSuggestions().requestFocus();
            }
        });
        tagInput.textProperty().addListener((obs, o, n) -> suggestTags(n));
        tagInput.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                tagSuggestions().hide();
            }
        });

        readerRegions.setId("reader-regions");
        readerRegions.getStyleClass().add("reader-meta");
        readerRegions.setGraphic(new FontIcon("mdi2m-map-marker-outline"));
        readerDate.setId("reader-date");
        readerDate.getStyleClass().add("reader-meta");
        readerDate.setGraphic(new FontIcon("mdi2c-calendar-outline"));
        Hyperlink fixRegions = new Hyperlink("Correct");
        fixRegions.setId("fix-regions");
        fixRegions.setOnAction(e -> correctRegions());
        tip(fixRegions, "Set the countries this story is about");
        Hyperlink fixDate = new Hyperlink("Correct");
        fixDate.setOnAction(e -> correctDate());
        tip(fixDate, "Set the date this story was published");

        starButton.setId("star");
        starButton.getStyleClass().addAll("flat", "button-icon");
        starButton.setOnAction(e -> toggleStar());
        Button original = new Button(null, new FontIcon("mdi2o-open-in-new"));
        original.getStyleClass().addAll("flat", "button-icon");
        tip(original, "Open original (o): the saved file, safely, with nothing loaded from the web");
        original.setOnAction(e -> openOriginal());
        Button smaller = new Button(null, new FontIcon("mdi2f-format-font-size-decrease"));
        smaller.getStyleClass().addAll("flat", "button-icon");
        tip(smaller, "Smaller text (Ctrl+-)");
        smaller.setOnAction(e -> setFontPercent(fontPercent - 10));
        Button bigger = new Button(null, new FontIcon("mdi2f-format-font-size-increase"));
        bigger.getStyleClass().addAll("flat", "button-icon");
        tip(bigger, "Larger text (Ctrl+=)");
        bigger.setOnAction(e -> setFontPercent(fontPercent + 10));
        Button themeButton = new Button(null, new FontIcon("mdi2t-theme-light-dark"));
        themeButton.getStyleClass().addAll("flat", "button-icon");
        tip(themeButton, "Light, sepia, dark");
        themeButton.setOnAction(e -> setTheme(ReaderPage.Theme.values()[(theme.ordinal() + 1) % 3]));

        for (javafx.scene.control.Control c : List.of(readerRegions, readerDate, fixRegions, fixDate)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox regionsBox = new HBox(6, readerRegions, fixRegions);
        regionsBox.setAlignment(Pos.CENTER_LEFT);
        HBox dateBox = new HBox(6, readerDate, fixDate);
        dateBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane metaRow = new FlowPane(16, 4, regionsBox, dateBox);
        metaRow.setAlignment(Pos.CENTER_LEFT);
        metaRow.setMinWidth(120);
        HBox.setHgrow(metaRow, Priority.ALWAYS);
        HBox buttons = new HBox(2, starButton, original, smaller, bigger, themeButton);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox topRow = new HBox(8, metaRow, buttons);
        topRow.setAlignment(Pos.CENTER_LEFT);
        tagChips.setId("tag-chips");
        tagChips.setAlignment(Pos.CENTER_LEFT);
        readerHeader.setPadding(new Insets(8, 14, 8, 14));
        readerHeader.getStyleClass().add("reader-header");
        readerHeader.getChildren().setAll(topRow, copiesBar(), tagChips);
        readerHeader.setVisible(false);
        readerHeader.setManaged(false);

        Label head = new Label("Nothing selected");
        head.getStyleClass().add("title-4");
        Label text = new Label("Choose a story in the list to read it here. Use j and k to move through the list, "
                + "/ to search, and ? for every shortcut.");
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        emptyReader.getChildren().setAll(new FontIcon("mdi2n-newspaper-variant-outline"), head, text);
        emptyReader.setAlignment(Pos.CENTER);
        emptyReader.setMaxWidth(340);
        emptyReader.getStyleClass().add("empty-reader");
        readerStack.getChildren().setAll(emptyReader);
        VBox.setVgrow(readerStack, Priority.ALWAYS);
        // The header joins the scene with the first article shown (showArticle): hidden until
        // then, it would only cost the first frame its styling.
        VBox pane = new VBox(readerStack);
        pane.setMinWidth(280);
        return pane;
    }

    private void suggestTags(String typed) {
        ArticleView v = model.selectedProperty().get();
        if (typed == null || typed.isBlank() || v == null || !tagInput.isFocused()) {
            tagSuggestions().hide();
            return;
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        Set<String> has = new HashSet<>(v.state().tags());
        List<MenuItem> items = new ArrayList<>();
        for (TagInfo tag : model.tags()) {
            if (tag.name().toLowerCase(Locale.ROOT).startsWith(t) && !has.contains(tag.name()) && items.size() < 8) {
                Label l = new Label(tag.name() + "  (" + tag.count() + ")");
                CustomMenuItem mi = new CustomMenuItem(l, true);
                mi.setOnAction(e -> {
                    model.addTag(v.id(), tag.name());
                    tagInput.clear();
                });
                items.add(mi);
            }
        }
        tagSuggestions().getItems().setAll(items);
        if (items.isEmpty()) {
            tagSuggestions().hide();
        } else if (!tagSuggestions().isShowing()) {
            tagSuggestions().show(tagInput, Side.BOTTOM, 0, 2);
        }
    }

    /** The reader's copies line, and the list's badges kept in step with the rows (docs/copies.md). */
    private CopiesBar copiesBar() {
        copies = model.copies();
        copiesBar = new CopiesBar(copies, c -> model.select(new ArticleSummary(c.articleId(), c.title(), c.source(),
                c.site(), c.published(), null, null, List.of(), true, false)), model::refresh);
        model.articles().addListener((javafx.collections.ListChangeListener<ArticleSummary>) ch -> {
            while (ch.next()) {
                if (!ch.wasUpdated()) {
                    copies.forgetCounts();
                    return;
                }
            }
        });
        copies.counts().addListener((javafx.collections.MapChangeListener<Long, Integer>) ch -> list.table().refresh());
        return copiesBar;
    }

    /** Loads a page the reader's view-model prepared, unless it is on screen already. */
    private void loadPage(ReaderViewModel.Page p) {
        if (reader == null || p == null || p.html().equals(shownHtml)) {
            return;
        }
        ArticleView current = model.selectedProperty().get();
        if (current == null || current.id() != p.article().id()) {
            return; // the person has moved on; their article's page is on its way
        }
        shownHtml = p.html();
        reader.getEngine().loadContent(p.html());
    }

    private void showArticle(ArticleView v) {
        if (copies != null) {
            copies.show(v == null ? -1 : v.id());
        }
        if (v == null) {
            readerModel.show(null, theme, fontPercent, null);
            readerHeader.setVisible(false);
            readerHeader.setManaged(false);
            emptyReader.setVisible(true);
            if (reader != null) {
                reader.setVisible(false);
            }
            shownHtml = null;
            return;
        }
        emptyReader.setVisible(false);
        if (readerHeader.getParent() == null) {
            ((VBox) readerStack.getParent()).getChildren().add(0, readerHeader);
        }
        readerHeader.setVisible(true);
        readerHeader.setManaged(true);
        if (reader != null) {
            reader.setVisible(true);
            // marked, rendered off this thread; the page arrives through loadPage
            readerModel.show(v, theme, fontPercent, model.highlightWordsProperty().get());
        }
        boolean corrected = v.state().correctedCountries() != null;
        readerRegions.setText(v.regionNames().isEmpty() ? "No region detected"
                : String.join(", ", v.regionNames()) + (corrected ? " (yours)" : ""));
        StringBuilder why = new StringBuilder();
        for (CountryMention c : v.countries()) {
            why.append(geography.countryName(c.code())).append(" — ")
                    .append(c.evidence().isEmpty() ? "no evidence recorded" : "because of: " + String.join(", ", c.evidence()))
                    .append('\n');
        }
        readerRegions.setTooltip(new Tooltip(why.length() == 0
                ? "No place in the text pointed to a country. Use “Correct” to set one."
                : (corrected ? "You set these countries.\n" : "Why these countries:\n") + why.toString().strip()));
        boolean dateCorrected = v.state().correctedPublished() != null;
        readerDate.setText(v.published() == null ? "No date found" : DateLabels.longDate(v.published()) + (dateCorrected ? " (yours)" : ""));
        FontIcon starIcon = new FontIcon(v.state().starred() ? "mdi2s-star" : "mdi2s-star-outline");
        if (v.state().starred()) {
            starIcon.getStyleClass().add("star-icon");
        }
        starButton.setGraphic(starIcon);
        starButton.setTooltip(new Tooltip(v.state().starred() ? "Unstar (s)" : "Star (s)"));
        tagChips.getChildren().clear();
        Label tagIcon = new Label(null, new FontIcon("mdi2t-tag-outline"));
        tagChips.getChildren().add(tagIcon);
        for (String tag : v.state().tags()) {
            tagChips.getChildren().add(chip(v, tag));
        }
        tagChips.getChildren().add(tagInput);
    }

    private Node chip(ArticleView v, String tag) {
        Label name = new Label(tag);
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Remove the tag “" + tag + "”"));
        remove.setOnAction(e -> model.removeTag(v.id(), tag));
        name.setOnMouseClicked(e -> model.filterByTag(tag));
        name.setTooltip(new Tooltip("Show every article tagged “" + tag + "”"));
        HBox chip = new HBox(2, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("tag-chip");
        chip.setId("chip-" + tag);
        String colour = model.tags().stream().filter(t -> t.name().equals(tag)).findFirst().map(TagInfo::colour).orElse(null);
        if (colour != null && colour.matches("#[0-9a-fA-F]{3,8}")) {
            chip.setStyle("-fx-border-color: " + colour + ";");
        }
        return chip;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.importProgressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        progress.managedProperty().bind(model.importingProperty());
        Label importLabel = new Label();
        importLabel.setId("import-message");
        importLabel.textProperty().bind(model.importMessageProperty());
        importLabel.setMaxWidth(420);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.managedProperty().bind(model.importingProperty());
        cancel.setOnAction(e -> model.cancelImport());
        model.lastReportProperty().addListener((obs, o, report) -> {
            if (report != null && model.reportWanted() && root.getScene() != null && root.getScene().getWindow() != null
                    && !Boolean.getBoolean("gazette.ui.quietImport")) {
                Dialogs.importReport(window(), report);
            }
        });

        undoLabel.setId("undo-label");
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().addAll("small", "accent");
        undo.setOnAction(e -> {
            undoTimer.stop();
            model.undoDelete();
        });
        undoBar.getChildren().setAll(new FontIcon("mdi2d-delete-outline"), undoLabel, undo);
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.setVisible(false);
        undoBar.setManaged(false);
        undoTimer.setOnFinished(e -> model.commitDelete());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label("Press ? for shortcuts");
        keys.getStyleClass().addAll("text-muted", "text-small");
        // The import's progress and the undo bar join the status bar when first needed (cold start).
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("text-muted");
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        HBox bar = new HBox(10, status, notice, spacer, keys);
        attachWhen(model.importingProperty(), bar, keys, importLabel, progress, cancel);
        statusBar = bar;
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 12, 5, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Adds nodes to parent, before the node before, the first time condition is true. */
    private static void attachWhen(javafx.beans.value.ObservableBooleanValue condition, javafx.scene.layout.Pane parent,
                                   Node before, Node... nodes) {
        Runnable attach = () -> {
            if (condition.get() && nodes[0].getParent() == null) {
                parent.getChildren().addAll(parent.getChildren().indexOf(before), List.of(nodes));
            }
        };
        condition.addListener((obs, o, n) -> attach.run());
        attach.run();
    }

    private void updateUndoBar() {
        int n = model.pendingDelete().size();
        if (n > 0 && undoBar.getParent() == null) {
            statusBar.getChildren().add(1, undoBar);
        }
        undoBar.setVisible(n > 0);
        undoBar.setManaged(n > 0);
        if (n > 0) {
            undoLabel.setText(n == 1 ? "1 article deleted." : n + " articles deleted.");
            undoTimer.playFromStart();
        }
    }

    private void updateCharts() {
        Facets f = model.facetsProperty().get();
        if (f == null) {
            return;
        }
        ArticleQuery browse = model.browseFilterProperty().get();
        if (page == Page.TIMELINE && timeline != null) {
            YearMonth sel = browse.year() != null && browse.month() != null ? YearMonth.of(browse.year(), browse.month()) : null;
            timeline.show(f.months(), sel);
        }
        if (page == Page.MAP && worldMap != null) {
            worldMap.show(f.countries(), browse.regions().isEmpty() ? null : browse.regions().get(0));
        }
    }

    private TimelineView timeline() {
        if (timeline == null) {
            timeline = new TimelineView((year, month) -> {
                model.filterByMonth(year, month);
                showPage(Page.ARTICLES);
            });
        }
        return timeline;
    }

    private WorldMapView worldMap() {
        if (worldMap == null) {
            worldMap = new WorldMapView(geography, code -> {
                model.filterByRegion(code);
                showPage(Page.ARTICLES);
            });
            worldMap.applyColours(theme == ReaderPage.Theme.DARK);
        }
        return worldMap;
    }

    // ---- keyboard ----------------------------------------------------------------------------

    /** Installs the single-key shortcuts on the scene (not while typing in a text field). */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                deleteSelection();
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            boolean used = true;
            switch (e.getCharacter()) {
                case "/" -> {
                    search.requestFocus();
                    search.selectAll();
                }
                case "j" -> move(1);
                case "k" -> move(-1);
                case "t" -> {
                    if (model.selectedProperty().get() != null) {
                        if (table.getSelectionModel().getSelectedItems().size() > 1) {
                            tagSelection();
                        } else {
                            tagInput.requestFocus();
                        }
                    }
                }
                case "s" -> toggleStar();
                case "u" -> toggleRead();
                case "o" -> openOriginal();
                case "?" -> Dialogs.shortcuts(window());
                default -> used = false;
            }
            if (used) {
                e.consume();
            }
        });
    }

    private void move(int by) {
        if (page != Page.ARTICLES) {
            showPage(Page.ARTICLES);
        }
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(size - 1, at + by));
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(Math.max(0, next - 3));
        table.requestFocus();
    }

    // ---- actions -----------------------------------------------------------------------------

    private List<Long> selectedIds() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .filter(a -> a != null && a.id() >= 0).map(ArticleSummary::id).toList();
        if (ids.isEmpty() && model.selectedProperty().get() != null) {
            return List.of(model.selectedProperty().get().id());
        }
        return ids;
    }

    private void toggleStar() {
        ArticleView v = model.selectedProperty().get();
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.setStarred(ids, v == null || !v.state().starred());
        }
    }

    private void toggleRead() {
        ArticleView v = model.selectedProperty().get();
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.setRead(ids, v != null && !v.state().read());
        }
    }

    private void deleteSelection() {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            model.delete(ids);
        }
    }

    private void tagSelection() {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            Dialogs.tagArticles(window(), model, ids);
        }
    }

    private void correctRegions() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            Dialogs.correctRegions(window(), model, v);
        }
    }

    private void correctDate() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            Dialogs.correctDate(window(), model, v);
        }
    }

    private void openOriginal() {
        ArticleView v = model.selectedProperty().get();
        if (v != null) {
            model.loadOriginal(v, file -> Dialogs.original(window(), file));
        }
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

    /** How long the undo bar stays before a delete is final. */
    void setUndoDuration(Duration d) {
        undoTimer.setDuration(d);
    }

    /** Selects the first article of the list (for screenshots and demos). */
    void selectFirst() {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
        }
    }

    TableView<ArticleSummary> table() {
        return table;
    }

    TreeView<SidebarItem> sidebar() {
        return sidebarView.root();
    }
}

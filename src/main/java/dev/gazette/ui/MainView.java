package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Facets;
import dev.gazette.service.ArticleView;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static dev.gazette.ui.MenuItems.item;

/**
 * The main window's content, assembled from its parts: {@link MainMenus}, {@link ToolbarView},
 * {@link SidebarView}, {@link FilterChipsView} with {@link ArticleListView}, the reader
 * ({@link ReaderHeaderView} over the web view), the timeline and the world map, and
 * {@link StatusBarView}. It places them, keeps the window's own settings (theme, text size,
 * page, dividers) and wires the keyboard; the parts bind to {@link MainViewModel} and decide
 * for themselves. Use on the JavaFX thread.
 */
public final class MainView {

    /** Where the notes pane starts, as a share of the room right of the list. */
    private static final double NOTES_AT = 0.68;

    private final MainViewModel model;
    /** Where a clicked link goes: the system browser (a test may watch it instead). */
    private Consumer<String> linkOpener;
    /** The link last handed on and when, so that one click is not handed on twice. */
    private String lastLink;
    private long lastLinkAt;
    private boolean notesShown;
    private final ReaderViewModel readerModel;
    private final BorderPane root = new BorderPane();
    private final SidebarView sidebarView;
    private final ArticleListView list;
    private final TableView<ArticleSummary> table;
    private final WindowActions actions;
    private final MainMenus menus;
    private final ToolbarView toolbar;
    private final ReaderHeaderView header;
    private final StatusBarView statusBar;
    private final StackPane readerStack = new StackPane();
    private final VBox emptyReader = new VBox(10);
    private final SplitPane outer = new SplitPane();
    private HighlightFeature highlights;
    private final SplitPane listAndReader = new SplitPane();
    private final StackPane centre = new StackPane();
    private WebView reader;
    private TimelineView timeline;
    private WorldMapView worldMap;
    private WindowPage page = WindowPage.ARTICLES;
    private ReaderPage.Theme theme = ReaderPage.Theme.LIGHT;
    private int fontPercent = 100;
    private Consumer<ReaderPage.Theme> onTheme = t -> { };
    private String shownHtml;

    public MainView(MainViewModel model, HostServices hostServices) {
        this.model = model;
        this.linkOpener = hostServices == null ? url -> { } : hostServices::showDocument;
        this.readerModel = model.reader();
        readerModel.pageProperty().addListener((obs, o, p) -> loadPage(p));
        this.sidebarView = new SidebarView(model);
        this.actions = new WindowActions(model, this::selectedRows, this::window);
        this.list = new ArticleListView(model, model.geography(), new ArticleListView.Actions(actions::tagSelection,
                actions::toggleStar, actions::toggleRead, actions::deleteSelection, actions::chooseFolder));
        this.table = list.table();
        this.statusBar = new StatusBarView(model, this::window);
        LibraryFileActions files = new LibraryFileActions(model.libraryFiles(), this::window, hostServices);
        this.menus = new MainMenus(model, actions, files, new MainMenus.ViewControls(() -> theme, this::setTheme,
                by -> setFontPercent(fontPercent + by), this::showPage, this::setNotesShown, this::undo, this::copy,
                this::selectAll, this::find, () -> window().hide()));
        this.toolbar = new ToolbarView(model, actions, this::showPage, table::requestFocus);
        this.header = new ReaderHeaderView(model, actions, new ReaderHeaderView.Controls(
                () -> setFontPercent(fontPercent - 10), () -> setFontPercent(fontPercent + 10),
                () -> setTheme(ReaderPage.Theme.values()[(theme.ordinal() + 1) % 3]), table::requestFocus),
                table::refresh);
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
        menus.notesItem().setSelected(shown);
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

    public WindowPage page() {
        return page;
    }

    public void showPage(WindowPage p) {
        page = p;
        Node n = switch (p) {
            case ARTICLES -> listAndReader;
            case TIMELINE -> timeline();
            case MAP -> worldMap();
        };
        centre.getChildren().setAll(n);
        if (p == WindowPage.ARTICLES) {
            table.requestFocus();
        } else {
            n.requestFocus();
        }
        toolbar.selectPage(p);
        updateCharts();
    }

    // ---- the reader --------------------------------------------------------------------------

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
        reader.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                openLink(ReaderPage.linkTarget(linkAt(e.getX(), e.getY())));
            }
        });
        reader.getEngine().locationProperty().addListener((obs, old, location) -> {
            if (location == null || location.isEmpty() || location.startsWith("about:")) {
                return; // the article itself (loadContent)
            }
            // nothing but the article is ever loaded: any other location is refused at once
            reader.getEngine().getLoadWorker().cancel();
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
        menus.highlights().getItems().setAll(items);
        menus.highlights().setDisable(false);
        installReaderMenu();
        placeNotes();
        showArticle(model.selectedProperty().get());
    }

    /**
     * The reader's context menu: copy the selected text, highlight it, write a note, open the
     * original. The web view's own menu stays off (it offers to reload and to open links).
     */
    private void installReaderMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("reader-menu");
        MenuItem copy = item("Copy", "mdi2c-content-copy", e -> copyReaderSelection());
        copy.setId("reader-copy");
        MenuItem highlight = item("Highlight", "mdi2m-marker", e -> highlights.highlight(HighlightFeature.colours().get(0), null));
        highlight.setId("reader-highlight");
        MenuItem note = item("Note…", "mdi2n-note-text-outline", e -> setNotesShownAndFocus());
        note.setId("reader-note");
        MenuItem original = item("Open Original", "mdi2o-open-in-new", e -> actions.openOriginal());
        original.setId("reader-original");
        menu.getItems().setAll(copy, highlight, note, new SeparatorMenuItem(), original);
        MenuItems.iconsOnShowing(menu, menu.getItems());
        reader.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            boolean selection = !readerSelection().isEmpty();
            copy.setDisable(!selection);
            highlight.setDisable(!selection);
            menu.show(reader, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        reader.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> menu.hide());
    }

    private void setNotesShownAndFocus() {
        setNotesShown(true);
        highlights.notesPane().editor().requestFocus();
    }

    /** The text selected in the reader, or "". */
    private String readerSelection() {
        return highlights == null ? "" : highlights.controller().selectedText().orElse("");
    }

    private void copyReaderSelection() {
        copyText(readerSelection());
    }

    private static void copyText(String text) {
        if (!text.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        }
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
        root.setTop(new VBox(menus.root(), toolbar.root()));
        listAndReader.getItems().setAll(new FilterChipsView(model, table).root(), readerPane());
        listAndReader.setDividerPositions(0.52);
        centre.getChildren().setAll(listAndReader);
        outer.getItems().setAll(sidebarView.root(), centre);
        outer.setDividerPositions(0.19);
        SplitPane.setResizableWithParent(sidebarView.root(), false);
        root.setCenter(outer);
        root.setBottom(statusBar.root());
        enableDrop();
        model.facetsProperty().addListener((obs, old, f) -> updateCharts());
        model.selectedProperty().addListener((obs, o, n) -> showArticle(n));
        model.highlightWordsProperty().addListener((obs, o, n) -> showArticle(model.selectedProperty().get()));
    }

    private Node readerPane() {
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
        header.show(v);
        if (v == null) {
            readerModel.show(null, theme, fontPercent, null);
            emptyReader.setVisible(true);
            if (reader != null) {
                reader.setVisible(false);
            }
            shownHtml = null;
            return;
        }
        emptyReader.setVisible(false);
        if (header.root().getParent() == null) {
            ((VBox) readerStack.getParent()).getChildren().add(0, header.root());
        }
        if (reader != null) {
            reader.setVisible(true);
            // marked, rendered off this thread; the page arrives through loadPage
            readerModel.show(v, theme, fontPercent, model.highlightWordsProperty().get());
        }
    }

    private void updateCharts() {
        Facets f = model.facetsProperty().get();
        if (f == null) {
            return;
        }
        ArticleQuery browse = model.browseFilterProperty().get();
        // The sidebar counts each kind without its own filter (so another year can be chosen);
        // the charts follow every active filter, their own kind's too.
        if (page == WindowPage.TIMELINE && timeline != null) {
            YearMonth sel = browse.year() != null && browse.month() != null ? YearMonth.of(browse.year(), browse.month()) : null;
            timeline.show(f.months().stream().filter(m -> browse.year() == null
                    || m.key().startsWith(browse.year() + (browse.month() == null ? "-" : String.format("-%02d", browse.month()))))
                    .toList(), sel);
        }
        if (page == WindowPage.MAP && worldMap != null) {
            Geography g = model.geography();
            worldMap.show(f.countries().stream().filter(c -> browse.regions().isEmpty() || browse.regions().stream()
                    .anyMatch(r -> r.equalsIgnoreCase(c.key()) || r.equalsIgnoreCase(g.subRegion(c.key()))
                            || r.equalsIgnoreCase(g.continent(c.key())))).toList(),
                    browse.regions().isEmpty() ? null : browse.regions().get(0));
        }
    }

    private TimelineView timeline() {
        if (timeline == null) {
            timeline = new TimelineView((year, month) -> {
                model.filterByMonth(year, month);
                showPage(WindowPage.ARTICLES);
            });
        }
        return timeline;
    }

    private WorldMapView worldMap() {
        if (worldMap == null) {
            worldMap = new WorldMapView(model.geography(), code -> {
                model.filterByRegion(code);
                showPage(WindowPage.ARTICLES);
            });
            worldMap.applyColours(theme == ReaderPage.Theme.DARK);
        }
        return worldMap;
    }

    // ---- keyboard and the Edit menu ----------------------------------------------------------

    /** Installs the single-key shortcuts on the scene (not while typing in a text field). */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                actions.deleteSelection();
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            boolean used = true;
            switch (e.getCharacter()) {
                case "/" -> find();
                case "j" -> move(1);
                case "k" -> move(-1);
                case "t" -> {
                    if (model.selectedProperty().get() != null) {
                        if (table.getSelectionModel().getSelectedItems().size() > 1) {
                            actions.tagSelection();
                        } else {
                            header.focusTagInput();
                        }
                    }
                }
                case "s" -> actions.toggleStar();
                case "u" -> actions.toggleRead();
                case "o" -> actions.openOriginal();
                case "?" -> actions.shortcuts();
                default -> used = false;
            }
            if (used) {
                e.consume();
            }
        });
    }

    private void move(int by) {
        if (page != WindowPage.ARTICLES) {
            showPage(WindowPage.ARTICLES);
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

    /** Edit → Undo, Ctrl+Z: the last delete still open for undo, or the last tag removed. */
    private void undo() {
        statusBar.undone();
        model.undo();
    }

    /** Edit → Copy: the text field's selection, the reader's, or the selected rows' headlines. */
    private void copy() {
        if (focusOwner() instanceof TextInputControl t) {
            t.copy();
        } else if (focusOwner() == reader && !readerSelection().isEmpty()) {
            copyReaderSelection();
        } else {
            copyText(String.join("\n", table.getSelectionModel().getSelectedItems().stream()
                    .filter(a -> a != null && a.id() >= 0).map(ArticleSummary::title).toList()));
        }
    }

    /** Edit → Select All: the text field's text, or every row of the list. */
    private void selectAll() {
        if (focusOwner() instanceof TextInputControl t) {
            t.selectAll();
        } else {
            table.getSelectionModel().selectAll();
            table.requestFocus();
        }
    }

    /** Edit → Find, "/": the search box. */
    private void find() {
        toolbar.focusSearch();
    }

    private List<ArticleSummary> selectedRows() {
        return table.getSelectionModel().getSelectedItems();
    }

    private Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    // ---- files -------------------------------------------------------------------------------

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
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** How long the undo bar stays before a delete is final. */
    void setUndoDuration(Duration d) {
        statusBar.setUndoDuration(d);
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

package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import static dev.gazette.ui.MenuItems.item;

/**
 * The window's menu bar: File (import, export, back up, restore, the library's folder, another
 * library), Edit (undo, copy, select all, find), Article, Tags, Highlights, View and Help. Each
 * item hands over to {@link WindowActions}, {@link LibraryFileActions} or a {@link ViewControls}
 * callback; it builds menus and decides nothing. Use on the JavaFX thread.
 */
final class MainMenus {

    /** What the View and Edit menus ask of the window around them. */
    record ViewControls(Supplier<ReaderPage.Theme> theme, Consumer<ReaderPage.Theme> setTheme, IntConsumer fontBy,
                        Consumer<MainView.Page> showPage, Consumer<Boolean> setNotes, Runnable undo, Runnable copy,
                        Runnable selectAll, Runnable find, Runnable quit) {
    }

    /** The Highlights menu; its items come from {@link HighlightFeature} once the reader exists. */
    private final Menu highlights = new Menu("Highlights");
    private final CheckMenuItem notes = new CheckMenuItem("Notes and Highlights");
    private final MenuBar bar;

    MainMenus(MainViewModel model, WindowActions actions, LibraryFileActions files, ViewControls view) {
        Menu file = new Menu("File", null,
                shortcut(item("Import Files…", "mdi2f-file-import-outline", e -> actions.chooseFiles()), KeyCode.O),
                shortcut(item("Import Folder…", "mdi2f-folder-download-outline", e -> actions.chooseFolder()), KeyCode.O,
                        KeyCombination.SHIFT_DOWN),
                new SeparatorMenuItem(),
                id(item("Export…", "mdi2e-export", e -> files.export()), "menu-export"),
                id(item("Back Up…", "mdi2b-backup-restore", e -> files.backUp()), "menu-backup"),
                id(item("Restore…", "mdi2f-file-restore-outline", e -> files.restore()), "menu-restore"),
                new SeparatorMenuItem(),
                id(item("Show Library Folder", "mdi2f-folder-open-outline", e -> files.showLibraryFolder()), "menu-library-folder"),
                id(item("Open Another Library…", "mdi2b-bookshelf", e -> files.openAnotherLibrary()), "menu-other-library"),
                new SeparatorMenuItem(),
                shortcut(item("Quit", null, e -> view.quit().run()), KeyCode.Q));

        MenuItem undo = id(shortcut(item("Undo", "mdi2u-undo", e -> view.undo().run()), KeyCode.Z), "menu-undo");
        Menu edit = new Menu("Edit", null, undo, new SeparatorMenuItem(),
                id(shortcut(item("Copy", "mdi2c-content-copy", e -> view.copy().run()), KeyCode.C), "menu-copy"),
                id(shortcut(item("Select All", "mdi2s-select-all", e -> view.selectAll().run()), KeyCode.A), "menu-select-all"),
                new SeparatorMenuItem(),
                id(shortcut(item("Find", "mdi2m-magnify", e -> view.find().run()), KeyCode.F), "menu-find"));
        edit.setOnShowing(e -> {
            undo.setText(model.undoLabel().isEmpty() ? "Undo" : "Undo " + model.undoLabel());
            undo.setDisable(model.undoLabel().isEmpty());
        });

        Menu viewMenu = viewMenu(model, view);

        Menu article = new Menu("Article", null,
                item("Star / Unstar", "mdi2s-star-outline", e -> actions.toggleStar()),
                item("Mark Read / Unread", "mdi2e-email-open-outline", e -> actions.toggleRead()),
                item("Tag Selected…", "mdi2t-tag-plus-outline", e -> actions.tagSelection()),
                new SeparatorMenuItem(),
                item("Correct Regions…", "mdi2m-map-marker-outline", e -> actions.correctRegions()),
                item("Correct Published Date…", "mdi2c-calendar-edit", e -> actions.correctDate()),
                new SeparatorMenuItem(),
                item("Open Original", "mdi2o-open-in-new", e -> actions.openOriginal()),
                item("Delete", "mdi2d-delete-outline", e -> actions.deleteSelection()));
        Menu tags = new Menu("Tags", null, item("Manage Tags…", "mdi2t-tag-multiple-outline", e -> actions.tagManager()));
        Menu help = new Menu("Help", null,
                item("Keyboard Shortcuts", "mdi2k-keyboard-outline", e -> actions.shortcuts()),
                item("Search Syntax", "mdi2m-magnify", e -> actions.searchSyntax()),
                new SeparatorMenuItem(),
                id(item("About Gazette", "mdi2i-information-outline", e -> files.about()), "menu-about"));
        highlights.setDisable(true); // filled once the reader exists (MainView.createReader)
        for (Menu m : List.of(file, edit, article, tags, viewMenu, help)) {
            MenuItems.iconsOnShowing(m, m.getItems());
        }
        bar = new MenuBar(file, edit, article, tags, highlights, viewMenu, help);
    }

    MenuBar root() {
        return bar;
    }

    Menu highlights() {
        return highlights;
    }

    /** View → Notes and Highlights, ticked while the pane is shown. */
    CheckMenuItem notesItem() {
        return notes;
    }

    private Menu viewMenu(MainViewModel model, ViewControls view) {
        ToggleGroup themes = new ToggleGroup();
        Menu menu = new Menu("View");
        for (ReaderPage.Theme t : ReaderPage.Theme.values()) {
            RadioMenuItem mi = new RadioMenuItem(switch (t) {
                case LIGHT -> "Light";
                case DARK -> "Dark";
                case SEPIA -> "Sepia";
            });
            mi.setToggleGroup(themes);
            mi.setOnAction(e -> view.setTheme().accept(t));
            mi.setUserData(t);
            menu.getItems().add(mi);
        }
        MenuItem bigger = shortcut(item("Larger Text", "mdi2f-format-font-size-increase", e -> view.fontBy().accept(10)),
                KeyCode.EQUALS);
        MenuItem smaller = shortcut(item("Smaller Text", "mdi2f-format-font-size-decrease", e -> view.fontBy().accept(-10)),
                KeyCode.MINUS);
        MenuItem articles = shortcut(item("Articles", "mdi2f-format-list-bulleted",
                e -> view.showPage().accept(MainView.Page.ARTICLES)), KeyCode.DIGIT1, KeyCombination.SHIFT_DOWN);
        MenuItem tl = shortcut(item("Timeline", "mdi2c-chart-bar",
                e -> view.showPage().accept(MainView.Page.TIMELINE)), KeyCode.DIGIT2, KeyCombination.SHIFT_DOWN);
        MenuItem map = shortcut(item("World Map", "mdi2e-earth",
                e -> view.showPage().accept(MainView.Page.MAP)), KeyCode.DIGIT3, KeyCombination.SHIFT_DOWN);
        notes.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        notes.setOnAction(e -> view.setNotes().accept(notes.isSelected()));
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
        menu.setOnShowing(e -> {
            themes.getToggles().forEach(t -> t.setSelected(t.getUserData() == view.theme().get()));
            sorts.getToggles().forEach(t -> t.setSelected(t.getUserData() == model.sortProperty().get()));
        });
        menu.getItems().addAll(new SeparatorMenuItem(), bigger, smaller, new SeparatorMenuItem(), sortMenu, notes,
                new SeparatorMenuItem(), articles, tl, map);
        return menu;
    }

    private static MenuItem shortcut(MenuItem mi, KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        mi.setAccelerator(new KeyCodeCombination(key, all));
        return mi;
    }

    private static MenuItem id(MenuItem mi, String id) {
        mi.setId(id);
        return mi;
    }
}

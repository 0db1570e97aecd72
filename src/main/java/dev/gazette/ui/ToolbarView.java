package dev.gazette.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The row under the menus: Articles / Timeline / Map, the search box (searching as the person
 * types, once typing pauses), its syntax help and warning, and Import. Hands the text to
 * {@link MainViewModel#search}; lays out only. Use on the JavaFX thread.
 */
final class ToolbarView {

    /** How long typing in the search box pauses before the list follows it. */
    static final Duration SEARCH_PAUSE = Duration.millis(250);

    private final MainViewModel model;
    private final TextField search = new TextField();
    private final PauseTransition searchPause = new PauseTransition(SEARCH_PAUSE);
    private final ToggleGroup pages = new ToggleGroup();
    private final HBox bar;

    ToolbarView(MainViewModel model, WindowActions actions, Consumer<MainView.Page> showPage, Runnable backToList) {
        this.model = model;
        HBox switcher = new HBox();
        switcher.getStyleClass().add("segmented");
        for (MainView.Page p : MainView.Page.values()) {
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
            b.getStyleClass().add(p == MainView.Page.ARTICLES ? "left-pill" : p == MainView.Page.MAP ? "right-pill" : "center-pill");
            b.setOnAction(e -> showPage.accept(p));
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
                backToList.run();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        Button help = new Button(null, new FontIcon("mdi2h-help-circle-outline"));
        help.getStyleClass().addAll("flat", "button-icon");
        MenuItems.tip(help, "Search syntax");
        help.setOnAction(e -> actions.searchSyntax());
        Label warning = new Label();
        warning.setId("search-warning");
        warning.textProperty().bind(model.searchWarningProperty());
        warning.getStyleClass().add("warning");
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        Button importButton = new Button("Import", new FontIcon("mdi2i-inbox-arrow-down"));
        importButton.setOnAction(e -> actions.chooseFolder());
        MenuItems.tip(importButton, "Import a folder of saved articles (Ctrl+Shift+O); drop files anywhere");
        bar = new HBox(10, switcher, search, help, warning, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("toolbar-row");
    }

    Node root() {
        return bar;
    }

    /** Puts the caret in the search box with its text selected (/, Edit → Find). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Shows which page is on screen. */
    void selectPage(MainView.Page p) {
        for (var t : pages.getToggles()) {
            if (t.getUserData() == p) {
                pages.selectToggle(t);
            }
        }
    }

    /** Runs the search box's text now, unless the list already shows it. */
    private void searchNow() {
        searchPause.stop();
        if (!search.getText().equals(model.searchTextProperty().get())) {
            model.search(search.getText());
        }
    }
}

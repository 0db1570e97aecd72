package dev.gazette.ui;

import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader's header above the page: regions and date with their "Correct" links, the star,
 * open-original, text size and theme buttons, the "Also saved from" line, and the tag chips with
 * the box to add tags (commas separate tags) and its suggestions. What it says comes from
 * {@link ReaderHeaderViewModel}; what it does goes to {@link MainViewModel} and
 * {@link WindowActions}. Use on the JavaFX thread.
 */
final class ReaderHeaderView {

    /** What the header's buttons ask of the window around it. */
    record Controls(Runnable smaller, Runnable bigger, Runnable nextTheme, Runnable backToList) {
    }

    private final MainViewModel model;
    private final ReaderHeaderViewModel says;
    private final WindowActions actions;
    private final Controls controls;
    private final VBox header = new VBox(8);
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final TextField tagInput = new TextField();
    /** Made on first use (a popup window costs the cold start); see {@link #tagSuggestions()}. */
    private ContextMenu tagSuggestions;
    private final Label regions = new Label();
    private final Label date = new Label();
    private final Button starButton = new Button();
    private CopiesModel copies;

    ReaderHeaderView(MainViewModel model, WindowActions actions, Controls controls, Runnable refreshList) {
        this.model = model;
        this.says = new ReaderHeaderViewModel(model.geography());
        this.actions = actions;
        this.controls = controls;
        build(refreshList);
    }

    Node root() {
        return header;
    }

    /** The chips' row: a tag chip per tag, then the tag box (other features may add to it). */
    FlowPane tagChips() {
        return tagChips;
    }

    /** Puts the caret in the tag box (the t key). */
    void focusTagInput() {
        tagInput.requestFocus();
    }

    private void build(Runnable refreshList) {
        tagInput.setId("tag-input");
        tagInput.setPromptText("Add tags…");
        tagInput.setPrefColumnCount(9);
        tagInput.getStyleClass().add("small");
        MenuItems.tip(tagInput, "Type a tag and press Enter; commas separate tags");
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
                controls.backToList().run();
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

        regions.setId("reader-regions");
        regions.getStyleClass().add("reader-meta");
        regions.setGraphic(new FontIcon("mdi2m-map-marker-outline"));
        date.setId("reader-date");
        date.getStyleClass().add("reader-meta");
        date.setGraphic(new FontIcon("mdi2c-calendar-outline"));
        Hyperlink fixRegions = new Hyperlink("Correct");
        fixRegions.setId("fix-regions");
        fixRegions.setOnAction(e -> actions.correctRegions());
        MenuItems.tip(fixRegions, "Set the countries this story is about");
        Hyperlink fixDate = new Hyperlink("Correct");
        fixDate.setOnAction(e -> actions.correctDate());
        MenuItems.tip(fixDate, "Set the date this story was published");

        starButton.setId("star");
        starButton.getStyleClass().addAll("flat", "button-icon");
        starButton.setOnAction(e -> actions.toggleStar());
        Button original = iconButton("mdi2o-open-in-new",
                "Open original (o): the saved file, safely, with nothing loaded from the web", actions::openOriginal);
        Button smaller = iconButton("mdi2f-format-font-size-decrease", "Smaller text (Ctrl+-)", controls.smaller());
        Button bigger = iconButton("mdi2f-format-font-size-increase", "Larger text (Ctrl+=)", controls.bigger());
        Button themeButton = iconButton("mdi2t-theme-light-dark", "Light, sepia, dark", controls.nextTheme());

        for (Control c : List.of(regions, date, fixRegions, fixDate)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox regionsBox = new HBox(6, regions, fixRegions);
        regionsBox.setAlignment(Pos.CENTER_LEFT);
        HBox dateBox = new HBox(6, date, fixDate);
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
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("reader-header");
        header.getChildren().setAll(topRow, copiesBar(refreshList), tagChips);
        header.setVisible(false);
        header.setManaged(false);
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        MenuItems.tip(b, tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The reader's copies line, and the list's badges kept in step with the rows (docs/copies.md). */
    private CopiesBar copiesBar(Runnable refreshList) {
        copies = model.copies();
        CopiesBar bar = new CopiesBar(copies, c -> model.selectId(c.articleId()), model::refresh);
        model.articles().addListener((ListChangeListener<Object>) ch -> {
            while (ch.next()) {
                if (!ch.wasUpdated()) {
                    copies.forgetCounts();
                    return;
                }
            }
        });
        copies.counts().addListener((MapChangeListener<Long, Integer>) ch -> refreshList.run());
        return bar;
    }

    /** Shows an article's header, or hides it when v is null. */
    void show(ArticleView v) {
        if (copies != null) {
            copies.show(v == null ? -1 : v.id());
        }
        header.setVisible(v != null);
        header.setManaged(v != null);
        if (v == null) {
            return;
        }
        regions.setText(says.regionsText(v));
        regions.setTooltip(new Tooltip(says.regionsTooltip(v)));
        date.setText(says.dateText(v));
        FontIcon starIcon = new FontIcon(v.state().starred() ? "mdi2s-star" : "mdi2s-star-outline");
        if (v.state().starred()) {
            starIcon.getStyleClass().add("star-icon");
        }
        starButton.setGraphic(starIcon);
        starButton.setTooltip(new Tooltip(says.starTooltip(v)));
        tagChips.getChildren().clear();
        tagChips.getChildren().add(new Label(null, new FontIcon("mdi2t-tag-outline")));
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
        remove.setTooltip(new Tooltip("Remove the tag “" + tag + "” (Ctrl+Z brings it back)"));
        remove.setOnAction(e -> model.removeTag(v.id(), tag));
        name.setOnMouseClicked(e -> model.filterByTag(tag));
        name.setTooltip(new Tooltip("Show every article tagged “" + tag + "”"));
        HBox chip = new HBox(2, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("tag-chip");
        chip.setId("chip-" + tag);
        says.chipColour(tag, model.tags()).ifPresent(c -> chip.setStyle("-fx-border-color: " + c + ";"));
        return chip;
    }

    private ContextMenu tagSuggestions() {
        if (tagSuggestions == null) {
            tagSuggestions = new ContextMenu();
        }
        return tagSuggestions;
    }

    private void suggestTags(String typed) {
        ArticleView v = model.selectedProperty().get();
        List<TagInfo> found = tagInput.isFocused() ? says.suggestions(v, typed, model.tags()) : List.of();
        List<MenuItem> items = new ArrayList<>();
        for (TagInfo tag : found) {
            CustomMenuItem mi = new CustomMenuItem(new Label(tag.name() + "  (" + tag.count() + ")"), true);
            mi.setOnAction(e -> {
                model.addTag(v.id(), ReaderHeaderViewModel.complete(tagInput.getText(), tag.name()));
                tagInput.clear();
            });
            items.add(mi);
        }
        tagSuggestions().getItems().setAll(items);
        if (items.isEmpty()) {
            tagSuggestions().hide();
        } else if (!tagSuggestions().isShowing()) {
            tagSuggestions().show(tagInput, Side.BOTTOM, 0, 2);
        }
    }
}

package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The row of filter chips above the article list: one chip per active filter (a year, a region,
 * a tag …) with a button that removes it, and "Clear" for all of them; hidden when no filter is
 * active, so a filter brought back on start is never silent. Binds to
 * {@link MainViewModel#browseFiltersProperty}; lays out only. Use on the JavaFX thread.
 */
final class FilterChipsView {

    private final MainViewModel model;
    private final FlowPane chips = new FlowPane(6, 4);
    private final VBox box;

    FilterChipsView(MainViewModel model, TableView<ArticleSummary> table) {
        this.model = model;
        chips.setId("filter-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setPadding(new Insets(6, 8, 6, 8));
        chips.getStyleClass().add("filter-chips");
        VBox.setVgrow(table, Priority.ALWAYS);
        box = new VBox(chips, table);
        model.browseFiltersProperty().addListener((obs, o, n) -> redraw(n));
        redraw(model.browseFiltersProperty().get());
    }

    Node root() {
        return box;
    }

    private void redraw(BrowseFilters filters) {
        chips.getChildren().clear();
        chips.setVisible(!filters.isEmpty());
        chips.setManaged(!filters.isEmpty());
        if (filters.isEmpty()) {
            return;
        }
        Label head = new Label("Showing:");
        head.getStyleClass().add("text-muted");
        chips.getChildren().add(head);
        for (String key : filters.keys()) {
            String text = BrowseFilters.label(key, model.geography());
            Label name = new Label(text);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip("Remove the filter “" + text + "”"));
            remove.setOnAction(e -> model.removeFilter(key));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().addAll("tag-chip", "filter-chip");
            chip.setId("filter-" + key);
            chips.getChildren().add(chip);
        }
        Hyperlink clear = new Hyperlink("Clear");
        clear.setId("filter-clear");
        clear.setOnAction(e -> model.clearFilters());
        chips.getChildren().add(clear);
    }
}

package dev.gazette.ui;

import dev.gazette.model.TagSuggestion;
import dev.gazette.service.ArticleView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/**
 * The suggested tags of the shown article as ghost chips in the reader's tag bar, after its own
 * tags and before the tag box: a dashed chip per suggestion, best first (at most three). A click
 * on one adds the tag; its × refuses it for this article. With the caret in the empty tag box
 * ({@code t}), Tab or Enter adds the first. What to offer comes from {@link SuggestedTagsModel};
 * this class only draws it. Use on the JavaFX thread.
 */
final class GhostTagChips {

    private final SuggestedTagsModel model;
    private ArticleView shown;
    private List<TagSuggestion> offers = List.of();

    /** Listens to the tag box for Tab and Enter while it is empty. */
    GhostTagChips(SuggestedTagsModel model, TextField tagInput) {
        this.model = model;
        tagInput.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean accept = e.getCode() == KeyCode.TAB && !e.isShiftDown() || e.getCode() == KeyCode.ENTER;
            if (accept && tagInput.getText().isBlank() && shown != null && !offers.isEmpty()) {
                model.accept(shown.id(), offers.get(0).tag());
                e.consume();
            }
        });
    }

    /** Adds the article's ghost chips to the bar, before the box (the bar holds its own tags already). */
    void show(Pane bar, TextField tagInput, ArticleView v) {
        shown = v;
        offers = model.offersFor(v);
        bar.getChildren().removeIf(n -> n.getStyleClass().contains("ghost-chip"));
        int at = bar.getChildren().indexOf(tagInput);
        at = at < 0 ? bar.getChildren().size() : at;
        for (TagSuggestion o : offers) {
            bar.getChildren().add(at++, chip(bar, tagInput, v, o));
        }
        tagInput.setPromptText(offers.isEmpty() ? "Add tags…" : "Tab to add");
    }

    private HBox chip(Pane bar, TextField tagInput, ArticleView v, TagSuggestion o) {
        Button add = new Button(o.tag(), new FontIcon("mdi2p-plus"));
        add.getStyleClass().addAll("flat", "ghost-chip-add");
        add.setFocusTraversable(false);
        add.setTooltip(new Tooltip(String.format(Locale.ROOT, "Suggested from your tagging (%.0f%% sure): add “%s”",
                o.score() * 100, o.tag())));
        add.setOnAction(e -> model.accept(v.id(), o.tag()));
        Button refuse = new Button(null, new FontIcon("mdi2c-close"));
        refuse.getStyleClass().addAll("flat", "chip-remove");
        refuse.setFocusTraversable(false);
        refuse.setTooltip(new Tooltip("Not this tag for this article (it will not be suggested for it again)"));
        refuse.setOnAction(e -> {
            model.refuse(v.id(), o.tag());
            show(bar, tagInput, v); // gone at once; the model no longer offers it
        });
        HBox chip = new HBox(0, add, refuse);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("ghost-chip");
        chip.setId("ghost-" + o.tag());
        return chip;
    }
}

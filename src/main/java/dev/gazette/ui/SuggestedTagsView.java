package dev.gazette.ui;

import dev.gazette.model.TagSuggestion;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.Locale;

/**
 * The "Suggested tags" sheet (Tags → Suggested Tags…): the untagged articles with the tags
 * learned from the library's tagging, each offer a tick box (ticked when offered); "Add ticked
 * tags" puts them on. The list and the commands are {@link SuggestedTagsModel}'s; this class
 * only draws them. Use on the JavaFX thread.
 */
final class SuggestedTagsView {

    private SuggestedTagsView() {
    }

    /** Opens the sheet over the window and starts working out its list. */
    static Dialog<Void> open(Window owner, SuggestedTagsModel model) {
        ListView<SuggestedTagsModel.Row> list = new ListView<>(model.rows());
        list.setId("suggested-tags-list");
        list.setPrefSize(640, 420);
        list.setPlaceholder(new Label("No suggestions: every article has tags, or no tag has two articles yet."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SuggestedTagsModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(r.title());
                title.getStyleClass().add("text-bold");
                title.setMaxWidth(420);
                Label date = new Label(r.published() == null ? "" : DateLabels.longDate(r.published()));
                date.getStyleClass().add("text-muted");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                FlowPane offers = new FlowPane(10, 4);
                for (TagSuggestion o : r.offers()) {
                    CheckBox box = new CheckBox(String.format(Locale.ROOT, "%s  %.2f", o.tag(), o.score()));
                    box.setSelected(r.ticked().contains(o.tag()));
                    box.setId("suggested-" + r.id() + "-" + o.tag());
                    box.selectedProperty().addListener((obs, was, on) -> model.tick(r.id(), o.tag(), on));
                    offers.getChildren().add(box);
                }
                HBox top = new HBox(8, title, spacer, date);
                top.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(new VBox(4, top, offers));
            }
        });
        Label help = new Label("Tags learned from the articles you have tagged, for the articles without tags. "
                + "Untick what does not fit, then add the rest; Edit → Undo takes them off again.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(640);
        Label working = new Label("Learning from your tags…");
        working.visibleProperty().bind(model.loadingProperty());
        working.managedProperty().bind(model.loadingProperty());
        VBox box = new VBox(10, working, list, help);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle("Suggested tags");
        d.setHeaderText("Suggested tags");
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("suggested-tags");
        ButtonType addType = new ButtonType("Add ticked tags", ButtonBar.ButtonData.APPLY);
        d.getDialogPane().getButtonTypes().addAll(addType, ButtonType.CLOSE);
        Button add = (Button) d.getDialogPane().lookupButton(addType);
        add.setId("suggested-tags-add");
        add.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            model.acceptTicked();
            e.consume(); // the sheet stays open for the rest
        });
        add.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        model.load();
        d.show();
        return d;
    }
}

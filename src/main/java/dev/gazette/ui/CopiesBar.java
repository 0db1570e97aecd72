package dev.gazette.ui;

import dev.gazette.model.StoryCopy;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The reader's line about a story's other texts: "Also saved from: Lowlands Courier
 * (14 May 2024), …", the earlier versions of the shown text, and "Not the same story" to split
 * it off. Each name opens that text in the reader. Hidden when the story has one text. Binds
 * to a {@link CopiesModel}; lays out only.
 */
final class CopiesBar extends FlowPane {

    private final CopiesModel model;
    private final Consumer<StoryCopy> open;
    private final Runnable changed;

    /**
     * @param open     opens a copy in the reader
     * @param changed  runs after a split, so the list and counts are read again
     */
    CopiesBar(CopiesModel model, Consumer<StoryCopy> open, Runnable changed) {
        super(4, 2);
        this.model = model;
        this.open = open;
        this.changed = changed;
        setId("copies-bar");
        getStyleClass().add("copies-bar");
        setAlignment(Pos.CENTER_LEFT);
        model.storyProperty().addListener((obs, o, n) -> redraw());
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        boolean several = model.inStory();
        setVisible(several);
        setManaged(several);
        if (!several) {
            return;
        }
        List<CopiesModel.Link> others = model.alsoSavedFrom();
        if (!others.isEmpty()) {
            Label head = new Label("Also saved from:");
            head.getStyleClass().add("text-muted");
            getChildren().add(head);
            addLinks(others, "copy-link");
        }
        List<CopiesModel.Link> versions = model.versions();
        if (!versions.isEmpty()) {
            Label head = new Label(others.isEmpty() ? "This site also:" : "· Same site:");
            head.getStyleClass().add("text-muted");
            getChildren().add(head);
            addLinks(versions, "version-link");
        }
        Hyperlink split = new Hyperlink("Not the same story");
        split.setId("split-story");
        split.setTooltip(new Tooltip("Take this text out of the story; Gazette will not group them again"));
        split.setOnAction(e -> model.splitShown(changed));
        getChildren().add(split);
    }

    private void addLinks(List<CopiesModel.Link> links, String styleClass) {
        for (int i = 0; i < links.size(); i++) {
            CopiesModel.Link link = links.get(i);
            Hyperlink h = new Hyperlink(link.label() + (i < links.size() - 1 ? "," : ""));
            h.getStyleClass().add(styleClass);
            h.setId(styleClass + "-" + link.copy().articleId());
            h.setTooltip(new Tooltip(link.copy().url() != null ? link.copy().url() : "Open this text"));
            h.setOnAction(e -> open.accept(link.copy()));
            getChildren().add(h);
        }
    }
}

package dev.gazette.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The status bar's note ("Opened story.html", "Could not open fake.html") with a "Details" link
 * when the view-model has more to say. Takes no room and no clicks while there is no note: an
 * emptied note once kept its size and lay over the Undo button beside it. The details open in
 * a window of their own that never blocks the main one. Use on the JavaFX thread.
 */
final class NoticeView {

    private final MainViewModel model;
    private final HBox box = new HBox(6);

    NoticeView(MainViewModel model) {
        this.model = model;
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("text-muted");
        notice.textProperty().bind(model.noticeProperty());
        notice.setMouseTransparent(true);
        Hyperlink details = new Hyperlink("Details");
        details.setId("notice-details");
        details.visibleProperty().bind(model.noticeDetailsProperty().isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> showDetails());
        box.getChildren().setAll(notice, details);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(notice.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
    }

    Node root() {
        return box;
    }

    private void showDetails() {
        TextArea text = new TextArea(model.noticeDetailsProperty().get());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        Label head = new Label(model.noticeProperty().get());
        head.getStyleClass().add("title-4");
        VBox content = new VBox(10, head, text);
        content.setPadding(new Insets(14));
        content.setId("notice-details-sheet");
        Stage stage = new Stage();
        stage.initModality(Modality.NONE);
        if (box.getScene() != null) {
            stage.initOwner(box.getScene().getWindow());
            content.getStylesheets().addAll(box.getScene().getStylesheets());
        }
        stage.setTitle("Details");
        Scene scene = new Scene(content, 520, 240);
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
    }
}

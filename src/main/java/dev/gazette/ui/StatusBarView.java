package dev.gazette.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Supplier;

/**
 * The window's bottom line: the article count, a short note (a file opened, the samples added),
 * the import's progress with Cancel, and after a delete the undo bar ("1 article deleted. Undo")
 * until it times out and the delete is final. Binds to {@link MainViewModel}; lays out only.
 * Use on the JavaFX thread.
 */
final class StatusBarView {

    private final MainViewModel model;
    private final Supplier<Window> window;
    private final HBox bar = new HBox(10);
    private final HBox undoBar = new HBox(10);
    private final Label undoLabel = new Label();
    private final PauseTransition undoTimer = new PauseTransition(Duration.seconds(8));

    StatusBarView(MainViewModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
        build();
        model.pendingDelete().addListener((ListChangeListener<Long>) c -> updateUndoBar());
    }

    Node root() {
        return bar;
    }

    /** How long the undo bar stays before a delete is final. */
    void setUndoDuration(Duration d) {
        undoTimer.setDuration(d);
    }

    /** Stops the undo bar's clock: the person undid from the menu or the keyboard. */
    void undone() {
        undoTimer.stop();
    }

    private void build() {
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
            if (report != null && model.reportWanted() && window.get() != null
                    && !Boolean.getBoolean("gazette.ui.quietImport")) {
                Dialogs.importReport(window.get(), report);
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
        Node notice = new NoticeView(model).root();
        bar.getChildren().setAll(status, notice, spacer, keys);
        // The import's progress and the undo bar join the status bar when first needed (cold start).
        attachWhen(model.importingProperty(), bar, keys, importLabel, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 12, 5, 12));
        bar.getStyleClass().add("status-bar");
    }

    /** Adds nodes to parent, before the node before, the first time condition is true. */
    private static void attachWhen(ObservableBooleanValue condition, Pane parent, Node before, Node... nodes) {
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
            bar.getChildren().add(1, undoBar);
        }
        undoBar.setVisible(n > 0);
        undoBar.setManaged(n > 0);
        if (n > 0) {
            undoLabel.setText(n == 1 ? "1 article deleted." : n + " articles deleted.");
            undoTimer.playFromStart();
        } else {
            undoTimer.stop();
        }
    }
}

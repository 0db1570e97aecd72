package dev.gazette.ui;

import dev.gazette.model.ImportOutcome;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ImportReport;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The window's dialogs and sheets. Use on the JavaFX thread. */
final class Dialogs {

    /** Single-key shortcuts, as the sheet shows them. */
    static final String[][] SHORTCUTS = {
            {"/", "Search"}, {"j  /  k", "Next / previous article"}, {"t", "Tag the article (or the selection)"},
            {"s", "Star / unstar"}, {"u", "Mark read / unread"}, {"o", "Open the original file"},
            {"Delete", "Delete (with undo)"}, {"?", "This sheet"}, {"Esc", "Leave the search or tag box"},
            {"Esc  /  Ctrl+W", "Close the original's window"},
            {"Ctrl+O  /  Ctrl+Shift+O", "Import files / a folder"}, {"Ctrl+Shift+1  2  3", "Articles, timeline, map"},
            {"Ctrl+1 … 4  /  Ctrl+5", "Highlight the selected text / with a note"}, {"Ctrl+Shift+N", "Show or hide notes and highlights"},
            {"Ctrl+=  /  Ctrl+-", "Larger / smaller text"},
    };

    /** The search syntax, as the help shows it. */
    static final String[][] SYNTAX = {
            {"harbour bridge", "articles with both words"}, {"\"harbour bridge\"", "the exact phrase"},
            {"tag:energy", "tagged energy  (-tag:energy: not tagged)"}, {"region:germany  region:europe", "about a country, sub-region or continent"},
            {"year:2019  month:2019-04", "published then"}, {"from:2019-01-01  to:2019-06-30", "published in a range"},
            {"source:reuters  site:example", "from a source or site"}, {"is:unread  is:starred", "your own marks"},
    };

    private Dialogs() {
    }

    static void shortcuts(Window owner) {
        sheet(owner, "Keyboard shortcuts", SHORTCUTS, "shortcuts-sheet");
    }

    static void searchSyntax(Window owner) {
        sheet(owner, "Search syntax", SYNTAX, "syntax-sheet");
    }

    private static void sheet(Window owner, String title, String[][] rows, String id) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("key-cap");
            Label what = new Label(rows[i][1]);
            grid.addRow(i, key, what);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }

    static void importReport(Window owner, ImportReport report) {
        Alert a = new Alert(report.anyFailed() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Import finished");
        long imported = report.count(ImportOutcome.Status.IMPORTED);
        a.setHeaderText(report.cancelled() ? "Import cancelled" : imported == 1 ? "1 article imported" : imported + " articles imported");
        StringBuilder text = new StringBuilder(report.summary()).append('.');
        StringBuilder details = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.FAILED) {
                details.append("Failed     ").append(MainViewModel.shortName(o.file())).append(" — ").append(o.message()).append('\n');
            }
        }
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.SKIPPED) {
                details.append("Skipped    ").append(MainViewModel.shortName(o.file())).append(" — ").append(o.message()).append('\n');
            }
        }
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.DUPLICATE) {
                details.append("Duplicate  ").append(MainViewModel.shortName(o.file()))
                        .append(o.title() != null ? " — already in the library as “" + o.title() + "”" : "").append('\n');
            }
        }
        a.setContentText(text.toString());
        if (details.length() > 0) {
            TextArea area = new TextArea(details.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(8);
            a.getDialogPane().setExpandableContent(area);
            a.getDialogPane().setExpanded(report.anyFailed());
        }
        a.getDialogPane().setId("import-report");
        a.show();
    }

    static void tagArticles(Window owner, MainViewModel model, List<Long> ids) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle("Tag articles");
        d.setHeaderText(ids.size() == 1 ? "Add a tag to the article" : "Add a tag to " + ids.size() + " articles");
        d.setContentText("Tag:");
        d.getDialogPane().setId("bulk-tag");
        d.showAndWait().ifPresent(tag -> model.tagAll(ids, tag));
    }

    static void correctRegions(Window owner, MainViewModel model, ArticleView v) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Correct regions");
        d.setHeaderText("Which countries is this story about?");
        TextField field = new TextField(String.join(", ", v.regionNames()));
        field.setId("regions-field");
        field.setPrefColumnCount(32);
        Label help = new Label("Country names or codes, most important first, separated by commas.\n"
                + "Leave it empty to go back to the detected regions.");
        help.getStyleClass().add("text-muted");
        Label error = new Label();
        error.getStyleClass().add("warning");
        d.getDialogPane().setContent(new VBox(8, field, help, error));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().setId("correct-regions");
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            for (String name : names(field.getText())) {
                if (model.geography().countryCode(name).isEmpty()) {
                    error.setText("“" + name + "” is not a country Gazette knows.");
                    e.consume();
                    return;
                }
            }
        });
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.correctRegions(v.id(), names(field.getText())));
    }

    static List<String> names(String text) {
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void correctDate(Window owner, MainViewModel model, ArticleView v) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Correct published date");
        d.setHeaderText("When was this story published?");
        DatePicker picker = new DatePicker();
        picker.setId("date-field");
        if (v.published() != null && v.published().length() >= 10) {
            try {
                picker.setValue(LocalDate.parse(v.published().substring(0, 10)));
            } catch (RuntimeException e) {
                picker.setValue(null);
            }
        }
        Button reset = new Button("Use the detected date");
        reset.setOnAction(e -> picker.setValue(null));
        Label help = new Label("Empty: Gazette uses the date it found in the file.");
        help.getStyleClass().add("text-muted");
        d.getDialogPane().setContent(new VBox(8, new HBox(8, picker, reset), help));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b ->
                model.correctPublished(v.id(), picker.getValue() == null ? null : picker.getValue().toString()));
    }

    /**
     * A user style sheet for the original's viewer: links, image maps and forms take no clicks,
     * so nothing in a saved page can start a navigation or a submission. A user sheet's
     * {@code !important} wins over the page's own, whatever the page says.
     */
    static final String INERT_SHEET = "a,area,form,input,button,select,textarea,label{pointer-events:none!important;cursor:default!important}";

    static void makeLinksInert(javafx.scene.web.WebEngine engine) {
        engine.setUserStyleSheetLocation("data:text/css;charset=utf-8;base64,"
                + java.util.Base64.getEncoder().encodeToString(INERT_SHEET.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Shows the saved original in its own window without touching the network: HTML in a
     * WebView with JavaScript off and a Content-Security-Policy that blocks every load except
     * inline styles and data: images; anything else as plain text.
     */
    static void original(Window owner, OriginalFile file) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(file.title());
        Node content;
        if (file.missing()) {
            content = new Label("The original file is not in the library.");
        } else if (file.html() != null) {
            WebView web = new WebView();
            web.getEngine().setJavaScriptEnabled(false);
            web.setContextMenuEnabled(false);
            makeLinksInert(web.getEngine());
            web.getEngine().locationProperty().addListener((obs, o, n) -> {
                if (n != null && !n.isEmpty() && !n.startsWith("about:")) {
                    web.getEngine().getLoadWorker().cancel();
                }
            });
            web.getEngine().loadContent(dev.gazette.service.PagePolicy.page(file.html()));
            content = web;
        } else {
            TextArea area = new TextArea(file.text());
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add("monospace");
            content = area;
        }
        Label note = new Label("The file as it was saved. Nothing is loaded from the web; scripts are off. "
                + "Esc or Ctrl+W closes it.");
        note.getStyleClass().add("text-muted");
        note.setPadding(new Insets(6, 10, 6, 10));
        VBox box = new VBox(note, content);
        box.setId("original-viewer");
        VBox.setVgrow(content, Priority.ALWAYS);
        Scene scene = new Scene(box, 900, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
    }

    private static final javafx.scene.input.KeyCombination CLOSE_WINDOW =
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** Esc and Ctrl+W (Cmd+W) close a window of its own, whatever inside it has the focus. */
    static void closeOnEscapeOrCtrlW(Stage stage, Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE || CLOSE_WINDOW.match(e)) {
                e.consume();
                stage.close();
            }
        });
    }

    /** Rename, merge, recolour and delete tags. */
    static void tagManager(Window owner, MainViewModel model) {
        ListView<TagInfo> list = new ListView<>(model.tags());
        list.setId("tag-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("No tags yet. Select an article and press t to tag it."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TagInfo t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Circle dot = new Circle(6, colour(t.colour()));
                Label count = new Label(String.valueOf(t.count()));
                count.getStyleClass().add("text-muted");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(8, dot, new Label(t.name()), spacer, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        list.setPrefSize(380, 320);
        TextField name = new TextField();
        name.setPromptText("New name");
        ColorPicker picker = new ColorPicker();
        Button rename = new Button("Rename");
        Button merge = new Button("Merge into…");
        Button recolour = new Button("Set colour");
        Button delete = new Button("Delete");
        delete.getStyleClass().add("danger");
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (t != null) {
                name.setText(t.name());
                picker.setValue(colour(t.colour()));
            }
        });
        rename.setOnAction(e -> {
            TagInfo t = list.getSelectionModel().getSelectedItem();
            if (t != null && !name.getText().isBlank() && !name.getText().strip().equals(t.name())) {
                model.renameTag(t.name(), name.getText());
            }
        });
        merge.setOnAction(e -> {
            List<TagInfo> sel = List.copyOf(list.getSelectionModel().getSelectedItems());
            if (sel.isEmpty() || name.getText().isBlank()) {
                return;
            }
            model.mergeTags(sel.stream().map(TagInfo::name).toList(), name.getText());
        });
        recolour.setOnAction(e -> {
            for (TagInfo t : List.copyOf(list.getSelectionModel().getSelectedItems())) {
                model.setTagColour(t.name(), hex(picker.getValue()));
            }
        });
        delete.setOnAction(e -> {
            for (TagInfo t : List.copyOf(list.getSelectionModel().getSelectedItems())) {
                model.deleteTag(t.name());
            }
        });
        Label help = new Label("Select one tag to rename or recolour it; select several and type a name to merge them "
                + "into it. Deleting a tag leaves its articles in place.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(380);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, name, rename, merge);
        form.addRow(1, picker, recolour, delete);
        VBox box = new VBox(10, list, form, help);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle("Tags");
        d.setHeaderText("Manage tags");
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("tag-manager");
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }

    static Color colour(String css) {
        try {
            return css == null ? Color.web("#8c959f") : Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.web("#8c959f");
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}

package dev.gazette.ui;

import javafx.application.HostServices;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The File and Help menus' commands on the library as a whole: each asks for a file or folder
 * and hands it to {@link LibraryFilesModel}, which does the work off the JavaFX thread and tells
 * the outcome in the status bar. Use on the JavaFX thread.
 */
final class LibraryFileActions {

    private final LibraryFilesModel files;
    private final Supplier<Window> window;
    private final HostServices host;

    LibraryFileActions(LibraryFilesModel files, Supplier<Window> window, HostServices host) {
        this.files = files;
        this.window = window;
        this.host = host;
    }

    void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the library");
        chooser.setInitialFileName("gazette-export.json");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Gazette export (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("Gazette export with the original files (zip)", "*.zip"));
        File f = chooser.showSaveDialog(window.get());
        if (f != null) {
            files.export(f.toPath());
        }
    }

    void backUp() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Back up the library into a new or empty folder");
        File dir = chooser.showDialog(window.get());
        if (dir != null) {
            files.backUp(dir.toPath());
        }
    }

    void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore articles from an export");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gazette export", "*.json", "*.zip"));
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            files.restore(f.toPath());
        }
    }

    void showLibraryFolder() {
        if (host != null) {
            host.showDocument(files.libraryFolder().toUri().toString());
        }
    }

    /** Opens a library in a window of its own (a new Gazette beside this one). */
    void openAnotherLibrary() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open another library (a folder)");
        File dir = chooser.showDialog(window.get());
        if (dir == null) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.gazette.Launcher", "--library", dir.getAbsolutePath()));
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            files.failed("Could not open the library " + dir.getName(), e);
        }
    }

    /** Help → About Gazette: the version and the library's folder, in a window that blocks nothing. */
    void about() {
        Label text = new Label(files.about());
        text.setId("about-text");
        text.setWrapText(true);
        VBox box = new VBox(10, text);
        box.setPadding(new Insets(18));
        Stage stage = new Stage();
        stage.initModality(Modality.NONE);
        if (window.get() != null) {
            stage.initOwner(window.get());
            box.getStylesheets().addAll(window.get().getScene().getStylesheets());
        }
        stage.setTitle("About Gazette");
        Scene scene = new Scene(box, 460, 170);
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
    }
}

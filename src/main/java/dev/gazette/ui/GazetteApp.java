package dev.gazette.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gazette.service.LibraryService;
import dev.gazette.service.SampleArticles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application: opens the library, shows the main window, fills a brand-new library
 * with the sample articles. Started through {@link dev.gazette.Launcher}, which sets the library
 * folder and the files to open with {@link #configure}.
 */
public final class GazetteApp extends Application {

    private static volatile Path libraryDir;
    private static volatile List<Path> filesToOpen = List.of();

    private LibraryService service;
    private MainViewModel model;
    private WindowState windowState;

    /** Sets what the next launch opens. */
    public static void configure(Path library, List<Path> files) {
        libraryDir = library;
        filesToOpen = List.copyOf(files);
    }

    @Override
    public void start(Stage stage) {
        try {
            service = LibraryService.open(libraryDir);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Gazette could not open the library at\n" + libraryDir
                    + "\n\n" + e.getMessage());
            alert.setHeaderText("The library cannot be opened");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        windowState = WindowState.load(service.directory());
        Application.setUserAgentStylesheet(windowState.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(service);
        MainView view = new MainView(model, getHostServices());
        if (windowState.dark()) {
            view.setTheme(ReaderPage.Theme.DARK);
        }
        Scene scene = new Scene(view.root(), windowState.width(), windowState.height());
        scene.getStylesheets().add(GazetteApp.class.getResource("gazette.css").toExternalForm());
        stage.setTitle("Gazette");
        stage.setScene(scene);
        windowState.applyTo(stage);
        stage.show();
        model.refresh();
        List<Path> open = filesToOpen;
        CompletableFuture.runAsync(() -> SampleArticles.offerOnFirstStart(service))
                .whenComplete((r, e) -> Platform.runLater(() -> {
                    if (e != null) {
                        System.err.println("gazette: could not add the sample articles: " + e.getMessage());
                    }
                    model.refresh();
                    if (!open.isEmpty()) {
                        model.importPaths(open);
                    }
                }));
    }

    @Override
    public void stop() {
        if (windowState != null && model != null) {
            windowState.save();
        }
        if (model != null) {
            model.shutdown();
        }
        if (service != null) {
            service.close();
        }
    }
}

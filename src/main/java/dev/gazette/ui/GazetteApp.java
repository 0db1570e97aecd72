package dev.gazette.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gazette.service.LibraryService;
import dev.gazette.service.SampleArticles;
import dev.gazette.service.SingleInstance;
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
    private SingleInstance instance;

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
        FileOpener opener = new FileOpener(model, stage);
        instance = SingleInstance.listen(service.directory(), files -> Platform.runLater(() -> opener.open(files))).orElse(null);
        registerDesktopOpenHandler(opener);
        List<Path> open = filesToOpen;
        CompletableFuture.runAsync(() -> SampleArticles.offerOnFirstStart(service))
                .whenComplete((r, e) -> Platform.runLater(() -> {
                    if (e != null) {
                        System.err.println("gazette: could not add the sample articles: " + e.getMessage());
                    }
                    model.refresh();
                    if (!open.isEmpty()) {
                        opener.open(open);
                    }
                }));
    }

    /** macOS sends "open this file" events to the running app rather than new arguments. */
    private static void registerDesktopOpenHandler(FileOpener opener) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
                java.awt.Desktop.getDesktop().setOpenFileHandler(e -> {
                    List<Path> files = e.getFiles().stream().map(java.io.File::toPath).toList();
                    Platform.runLater(() -> opener.open(files));
                });
            }
        } catch (RuntimeException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            // no desktop integration here (Linux, headless): arguments and hand-over still work
        }
    }

    /** The window's view-model, for tests that drive the real window. */
    MainViewModel viewModel() {
        return model;
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.close();
        }
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

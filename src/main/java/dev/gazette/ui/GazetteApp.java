package dev.gazette.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gazette.service.LibraryService;
import dev.gazette.service.SingleInstance;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application: opens the library, shows the main window, fills a brand-new library
 * with the sample articles. Started through {@link dev.gazette.Launcher}, which sets the library
 * folder and the files to open with {@link #configure}.
 *
 * <p>Cold start: the window is shown before anything slow happens. The reader's WebView (whose
 * native library JavaFX checksums on every start) is created only after the first frame, with
 * that library loaded on a background thread meanwhile.
 *
 * <p>System properties for screenshots and demos: {@code gazette.ui.view} (articles, timeline,
 * map), {@code gazette.ui.theme} (light, dark, sepia), {@code gazette.ui.select} (select the
 * first article), {@code gazette.ui.startupLog} (print how long the window took to show).
 */
public final class GazetteApp extends Application {

    private static volatile Path libraryDir;
    private static volatile List<Path> filesToOpen = List.of();
    /** The library, opening on a background thread while JavaFX starts up. */
    private static volatile CompletableFuture<LibraryService> opening;

    private LibraryService service;
    private MainViewModel model;
    private MainView view;
    private WindowState windowState;
    private SingleInstance instance;

    /** Sets what the next launch opens. */
    public static void configure(Path library, List<Path> files) {
        StartupLog.mark("main");
        libraryDir = library;
        filesToOpen = List.copyOf(files);
        NativePreload.webkitInBackground();
        opening = CompletableFuture.supplyAsync(() -> LibraryService.open(library));
    }

    @Override
    public void start(Stage stage) {
        StartupLog.mark("app start");
        try {
            service = opening != null ? opening.join() : LibraryService.open(libraryDir);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Gazette could not open the library at\n" + libraryDir
                    + "\n\n" + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            alert.setHeaderText("The library cannot be opened");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        StartupLog.mark("library open");
        windowState = WindowState.load(service.directory());
        FirstFrameGate results = new FirstFrameGate();
        model = new MainViewModel(service, results);
        view = new MainView(model, getHostServices());
        view.onThemeChange(GazetteApp::applyAppTheme);
        ReaderPage.Theme theme = themeOverride().orElse(windowState.theme());
        view.setTheme(theme);
        view.setFontPercent(windowState.fontPercent());
        StartupLog.mark("view built");
        Scene scene = new Scene(view.root(), windowState.width(), windowState.height());
        scene.getStylesheets().add(GazetteApp.class.getResource("gazette.css").toExternalForm());
        view.installShortcuts(scene);
        stage.setTitle("Gazette");
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setScene(scene);
        windowState.applyTo(stage);
        view.setDividers(windowState.sidebarDivider(), windowState.listDivider());
        view.setNotesShown(windowState.notes());
        stage.setOnShown(e -> {
            StartupLog.mark("window shown");
            NextFrame.after(scene, () -> {
                StartupLog.mark("first frame");
                StartupLog.flush();
                if (StartupLog.exitAfter("frame")) {
                    Platform.exit();
                    return;
                }
                // After the first frame: the results, then the WebView (a moment's work each).
                results.open();
                NextFrame.after(scene, view::createReader);
            });
        });
        whenFirstFilled(scene);
        stage.show();
        view.table().requestFocus();
        model.restoreFilters(windowState.browseKey());
        view.showPage(pageOverride().orElse(windowState.page()));
        FileOpener opener = new FileOpener(model, stage);
        instance = SingleInstance.listen(service.directory(), files -> Platform.runLater(() -> opener.open(files))).orElse(null);
        registerDesktopOpenHandler(opener);
        List<Path> open = filesToOpen;
        model.offerSamples()
                .whenComplete((r, e) -> Platform.runLater(() -> {
                    if (e != null) {
                        System.err.println("gazette: could not add the sample articles: " + e.getMessage());
                    }
                    if (StartupLog.exitAfter("filled")) {
                        // a training or benchmark run: leave once these results are drawn
                        afterRefresh(() -> NextFrame.after(scene, () -> {
                            StartupLog.mark("exit");
                            Platform.exit();
                        }));
                    }
                    if (Boolean.getBoolean("gazette.ui.select")) {
                        afterRefresh(view::selectFirst); // once there are rows to select
                    } else if (open.isEmpty() && windowState.article() >= 0) {
                        long last = windowState.article(); // the article that was open last time
                        afterRefresh(() -> opener.show(last));
                    }
                    model.refresh();
                    if (!open.isEmpty()) {
                        opener.open(open);
                    }
                }));
    }

    /** macOS sends "open this file" events to the running app rather than new arguments. */
    private static void registerDesktopOpenHandler(FileOpener opener) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return; // elsewhere files come as arguments; starting AWT here only slows the first frame
        }
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

    /** The library, for tests that look at it beside the window. */
    LibraryService service() {
        return service;
    }

    /** The window's view-model, for tests that drive the real window. */
    MainViewModel viewModel() {
        return model;
    }

    /** Notes when the first results (list, counts, sidebar) are drawn. */
    private void whenFirstFilled(Scene scene) {
        if (!StartupLog.enabled()) {
            return;
        }
        afterRefresh(() -> NextFrame.after(scene, () -> StartupLog.mark("list filled")));
    }

    /** Runs then on the JavaFX thread once the model has published results again. */
    private void afterRefresh(Runnable then) {
        long before = model.refreshes();
        model.refreshCountProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable obs) {
                if (model.refreshes() > before) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    static void applyAppTheme(ReaderPage.Theme theme) {
        Application.setUserAgentStylesheet(theme == ReaderPage.Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static java.util.Optional<ReaderPage.Theme> themeOverride() {
        String t = System.getProperty("gazette.ui.theme");
        try {
            return t == null ? java.util.Optional.empty() : java.util.Optional.of(ReaderPage.Theme.valueOf(t.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<MainView.Page> pageOverride() {
        String p = System.getProperty("gazette.ui.view");
        if (p == null) {
            return java.util.Optional.empty();
        }
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "timeline" -> java.util.Optional.of(MainView.Page.TIMELINE);
            case "map" -> java.util.Optional.of(MainView.Page.MAP);
            case "articles" -> java.util.Optional.of(MainView.Page.ARTICLES);
            default -> java.util.Optional.empty();
        };
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.close();
        }
        if (view != null && view.highlights() != null) {
            view.highlights().shutdown();
        }
        if (windowState != null && view != null) {
            var open = model.selectedProperty().get();
            windowState.remember(view, model.browseFiltersProperty().get().encode(), open == null ? -1 : open.id());
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

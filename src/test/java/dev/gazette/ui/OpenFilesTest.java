package dev.gazette.ui;

import dev.gazette.TestFiles;
import dev.gazette.service.ArticleView;
import dev.gazette.service.SingleInstance;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** "Open with Gazette": files given at launch, handed over to a running window, or unreadable. */
class OpenFilesTest {

    @TempDir
    Path tmp;

    private GazetteApp app;

    private GazetteApp launch(Path library, List<Path> files) throws Exception {
        Files.createDirectories(library);
        // A library that was already offered the samples stays as the test made it.
        Files.writeString(library.resolve(".samples-offered"), "test\n");
        FxToolkit.registerPrimaryStage();
        GazetteApp.configure(library, files);
        app = (GazetteApp) FxToolkit.setupApplication(GazetteApp::new);
        return app;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static ArticleView shown(GazetteApp app) {
        return app.viewModel().selectedProperty().get();
    }

    @Test
    void aFileGivenAtLaunchIsImportedShownAndSelected() throws Exception {
        Path file = TestFiles.samples().resolve("2019-04-nairobi-water-rationing.html");
        GazetteApp a = launch(tmp.resolve("lib"), List.of(file));
        waitFor(() -> shown(a) != null);
        assertThat(shown(a).title()).contains("Nairobi");
        TableView<?> table = (TableView<?>) lookup("#articles");
        waitFor(() -> table.getSelectionModel().getSelectedIndex() >= 0);
    }

    @Test
    void aSecondLaunchHandsItsFileToTheRunningWindow() throws Exception {
        Path lib = tmp.resolve("lib");
        GazetteApp a = launch(lib, List.of());
        waitFor(() -> Files.exists(lib.resolve("instance.properties")));
        Path file = TestFiles.samples().resolve("2023-02-perth-desalination.html");
        assertThat(SingleInstance.handOver(lib, List.of(file))).isTrue();
        waitFor(() -> shown(a) != null && shown(a).title() != null && shown(a).title().contains("Perth"));
        // Handing it over again finds it in the library instead of adding it twice.
        assertThat(SingleInstance.handOver(lib, List.of(file))).isTrue();
        Thread.sleep(500);
        waitFor(() -> !a.viewModel().importingProperty().get());
        assertThat(a.viewModel().service().count(dev.gazette.model.ArticleQuery.ALL)).isEqualTo(1);
    }

    @Test
    void anUnreadableFileOpensTheWindowWithAMessageNamingIt() throws Exception {
        Path missing = tmp.resolve("gone away.html");
        launch(tmp.resolve("lib"), List.of(missing));
        waitFor(() -> lookup("#open-problems") != null);
        Node pane = lookup("#open-problems");
        String text = ((javafx.scene.control.DialogPane) pane).getContentText();
        assertThat(text).contains("gone away.html").contains("does not exist");
    }

    private static Node lookup(String id) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getScene() != null) {
                Node n = s.getScene().lookup(id);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }
}

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
        List<String> onUiThread = dev.gazette.service.ThreadCheck.violations();
        dev.gazette.service.ThreadCheck.clear();
        assertThat(onUiThread).as("library work or HTML parsing on the JavaFX thread").isEmpty();
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
        // no report to click away: a note in the status bar says what happened
        waitFor(() -> lookup("#notice") instanceof javafx.scene.control.Label l && !l.getText().isEmpty());
        assertThat(((javafx.scene.control.Label) lookup("#notice")).getText())
                .isEqualTo("Opened 2019-04-nairobi-water-rationing.html (new in the library)");
        assertThat(lookup("#import-report")).as("a modal import report").isNull();
    }

    @Test
    void theArticleOpenAtCloseIsOpenAgainAtTheNextStart() throws Exception {
        Path lib = tmp.resolve("lib");
        Path file = TestFiles.samples().resolve("2023-02-perth-desalination.html");
        GazetteApp a = launch(lib, List.of(file));
        waitFor(() -> shown(a) != null && shown(a).title().contains("Perth"));
        long id = shown(a).id();
        FxToolkit.cleanupApplication(a);
        FxToolkit.cleanupStages();
        assertThat(Files.readString(lib.resolve("window.properties"))).contains("article=" + id);

        GazetteApp again = launch(lib, List.of());
        waitFor(() -> shown(again) != null);
        assertThat(shown(again).id()).isEqualTo(id);
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
        assertThat(a.service().count(dev.gazette.model.ArticleQuery.ALL)).isEqualTo(1);
        // a file that cannot be opened: the launching process hears so (its exit status is 1)
        Path fake = tmp.resolve("fake.html");
        Files.write(fake, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(SingleInstance.handOff(lib, List.of(fake))).isEqualTo(SingleInstance.HandOver.NOT_OPENED);
        assertThat(SingleInstance.handOff(lib, List.of(file))).isEqualTo(SingleInstance.HandOver.OPENED);
    }

    @Test
    void anUnreadableFileOpensTheWindowWithAMessageNamingIt() throws Exception {
        Path missing = tmp.resolve("gone away.html");
        GazetteApp app = launch(tmp.resolve("lib"), List.of(missing));
        // a note in the status bar, the reason behind its Details link: no dialog stays behind
        waitFor(() -> lookup("#notice") instanceof javafx.scene.control.Label l && l.getText().contains("gone away.html"));
        assertThat(app.viewModel().noticeDetailsProperty().get()).contains("gone away.html").contains("does not exist");
        assertThat(lookup("#open-problems")).isNull();
    }

    @Test
    void openingAHostilePageMakesNoNetworkRequest() throws Exception {
        var hits = new java.util.concurrent.atomic.AtomicInteger();
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String page = """
                    <html><head><title>Harbour news</title>
                    <base href="BASE/base/">
                    <meta http-equiv="refresh" content="0; url=BASE/refresh">
                    <link rel="stylesheet" href="BASE/style.css">
                    <link rel="preload" href="BASE/font.woff2" as="font">
                    <style>@import url(BASE/import.css); body{background:url(BASE/bg.png)}</style>
                    <script src="BASE/script.js"></script>
                    <script>new Image().src='BASE/inline-script';</script>
                    </head><body onload="fetch('BASE/onload')">
                    <article><h1>Harbour news</h1>
                    <p style="background-image:url(BASE/inline-style.png)">A fictional story about the harbour of Valparaíso in Chile, written to test that reading stays private.</p>
                    <img src="BASE/pixel.gif" srcset="BASE/pixel2.gif 2x" width="1" height="1">
                    <picture><source srcset="BASE/source.webp"><img src="relative.png"></picture>
                    <p>The second paragraph mentions Santiago and the port workers who kept the cranes turning all night.</p>
                    <iframe src="BASE/frame"></iframe><object data="BASE/object"></object><embed src="BASE/embed">
                    <video src="BASE/video.mp4" poster="BASE/poster.jpg"></video><audio src="BASE/audio.mp3"></audio>
                    <svg><image href="BASE/svg-image.png"/><script>fetch('BASE/svg-script')</script></svg>
                    <a href="javascript:fetch('BASE/js-link')">a link</a> <a href="BASE/plain-link">a plain link</a>
                    <form action="BASE/form"><input type="image" src="BASE/input.png"></form>
                    <p>A third paragraph closes the story with a quote from a harbour pilot about the fog that rolls in each morning.</p>
                    </article></body></html>""".replace("BASE", base);
            Path file = Files.writeString(tmp.resolve("hostile page.html"), page);
            GazetteApp a = launch(tmp.resolve("lib"), List.of(file));
            waitFor(() -> shown(a) != null);
            Thread.sleep(1500);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(hits.get()).as("requests that reached the local server").isZero();
        } finally {
            server.stop(0);
        }
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

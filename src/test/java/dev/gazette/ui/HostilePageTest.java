package dev.gazette.ui;

import dev.gazette.model.ImportOutcome;
import dev.gazette.robust.CountingServer;
import dev.gazette.robust.HostilePages;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile saved pages rendered in a real (headless) WebView set up as the reader pane is: no
 * script runs and no request reaches the local server the pages try to call. A control run
 * loads the same pages raw into a WebView with JavaScript on, as a browser would, to show the
 * server does see what a page manages to request; that count is what the reader blocks.
 */
@ExtendWith(ApplicationExtension.class)
class HostilePageTest {

    /** How long a page gets to make its requests after loading. */
    private static final long SETTLE_MS = 1500;

    @TempDir
    Path dir;

    private WebView reader;
    private WebView browser;
    private CountingServer server;

    @Start
    void start(Stage stage) {
        reader = new WebView();
        // the same settings as MainView.buildReader
        reader.getEngine().setJavaScriptEnabled(false);
        reader.setContextMenuEnabled(false);
        browser = new WebView();
        stage.setScene(new Scene(new javafx.scene.layout.HBox(reader, browser), 800, 400));
        stage.show();
    }

    @BeforeEach
    void startServer() throws Exception {
        server = new CountingServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theReaderRunsNoScriptAndMakesNoRequestForAnyHostilePage() throws Exception {
        Map<String, String> pages = HostilePages.pages(server.origin());
        Path folder = Files.createDirectories(dir.resolve("hostile"));
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Files.writeString(folder.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
        }
        List<String> rendered = new ArrayList<>();
        try (LibraryService service = LibraryService.open(dir.resolve("library"))) {
            ImportReport report = service.importPaths(List.of(folder));
            for (ImportOutcome o : report.outcomes()) {
                assertThat(o.articleId()).as(o.toString()).isPositive();
                rendered.add(ReaderPage.render(service.article(o.articleId()).orElseThrow(), ReaderPage.Theme.LIGHT, 100));
            }
        }
        assertThat(rendered).hasSize(pages.size());
        List<String> ran = new ArrayList<>();
        for (String html : rendered) {
            load(reader, html);
            String title = WaitForAsyncUtils.asyncFx(() -> reader.getEngine().getTitle()).get(10, TimeUnit.SECONDS);
            boolean pwned = WaitForAsyncUtils.asyncFx(() -> reader.getEngine().getDocument() != null
                    && reader.getEngine().getDocument().getElementById("pwned") != null).get(10, TimeUnit.SECONDS);
            if ("PWNED".equals(title) || pwned) {
                ran.add(html);
            }
        }
        Thread.sleep(SETTLE_MS);
        assertThat(ran).as("pages whose script ran").isEmpty();
        assertThat(server.requests()).as("requests that reached the server").isEmpty();

        // control: the raw pages in an ordinary WebView (JavaScript on) do reach the server
        for (String raw : pages.values()) {
            load(browser, raw);
        }
        Thread.sleep(SETTLE_MS);
        List<String> attempted = server.requests();
        System.out.println("hostile pages: " + pages.size() + "; requests the raw pages made in a plain WebView: "
                + attempted.size() + " " + attempted + "; requests from the reader: 0");
        Files.createDirectories(Path.of("target/robust"));
        Files.write(Path.of("target/robust/hostile-requests.txt"), attempted);
        assertThat(attempted).as("the control shows the server is reachable").isNotEmpty();
    }

    @Test
    void theOriginalsViewerTakesNoClickOnALinkOrForm() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Dialogs.makeLinksInert(browser.getEngine())).get(10, TimeUnit.SECONDS);
        load(browser, "<html><head><style>a,input{pointer-events:auto!important}</style></head><body>"
                + "<p><a id='l' href='" + server.origin() + "/link'>a link</a></p>"
                + "<form action='" + server.origin() + "/form'><input id='i' type='submit'></form></body></html>");
        for (String id : List.of("l", "i")) {
            Object events = WaitForAsyncUtils.asyncFx(() -> browser.getEngine().executeScript(
                    "getComputedStyle(document.getElementById('" + id + "')).pointerEvents")).get(10, TimeUnit.SECONDS);
            assertThat(events).as(id).isEqualTo("none");
        }
    }

    private static void load(WebView view, String html) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.getEngine().loadContent(html)).get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            boolean running = WaitForAsyncUtils.asyncFx(() -> view.getEngine().getLoadWorker().isRunning()).get(10, TimeUnit.SECONDS);
            if (!running) {
                break;
            }
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

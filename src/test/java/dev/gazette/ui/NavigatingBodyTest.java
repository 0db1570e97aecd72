package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.service.LibraryService;
import dev.gazette.service.PagePolicy;
import dev.gazette.store.Library;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored body built to navigate (meta refresh, base, form, frame, remote image, event
 * handler) shown in the real (headless) web view set up as the reader is: a local socket must
 * see no connection at all. The body reaches the library the two ways it could: a restore
 * (which cleans it) and, as from an older library or a future bug, stored uncleaned, so the
 * reader's own policy is what is tested. A control shows the same body, with the policy the
 * reader had before, does connect.
 */
@ExtendWith(ApplicationExtension.class)
class NavigatingBodyTest {

    private static final long SETTLE_MS = 1500;

    @TempDir
    Path dir;

    private WebView reader;
    private ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @Start
    void start(Stage stage) {
        reader = new WebView();
        // the same settings as MainView's reader
        reader.getEngine().setJavaScriptEnabled(false);
        reader.setContextMenuEnabled(false);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(reader), 600, 400));
        stage.show();
    }

    @BeforeEach
    void listen() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p id=pwned>reached</p>")
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        }, "navigating-body-socket");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        socket.close();
        acceptor.join(5000);
    }

    private String origin() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private String navigatingBody() {
        String o = origin();
        return "<meta http-equiv=\"refresh\" content=\"0;url=" + o + "/refresh\">"
                + "<base href=\"" + o + "/base/\"><p>Words of the article.</p>"
                + "<form action=\"" + o + "/form\"><input type=submit></form>"
                + "<iframe src=\"" + o + "/frame\"></iframe><img src=\"" + o + "/img.png\">"
                + "<img src=\"relative.png\"><p style=\"background:url(" + o + "/bg.png)\">styled</p>";
    }

    private String export(String title, String bodyHash, String body) {
        return "{\"format\":\"gazette-library\",\"version\":1,\"articles\":[{\"title\":\"" + title + "\","
                + "\"bodyHash\":\"" + bodyHash + "\",\"bodyText\":\"Words of the article.\",\"bodyHtml\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(body) + "}]}";
    }

    @Test
    void aBodyBuiltToNavigateMakesNoConnectionFromTheReader() throws Exception {
        Path lib = dir.resolve("library");
        // stored uncleaned, as an older library or a bug would hold it (the store's own entry, no checks)
        try (Library raw = Library.open(lib)) {
            raw.importJson(new ByteArrayInputStream(export("Stored raw", "a".repeat(64), navigatingBody())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        String restoredPage;
        String rawPage;
        try (LibraryService service = LibraryService.open(lib)) {
            Path file = Files.writeString(dir.resolve("restore.json"), export("Restored", "b".repeat(64), navigatingBody()));
            assertThat(service.restore(file).imported()).isEqualTo(1);
            long restored = service.list(ArticleQuery.ALL, 0, 10).stream()
                    .filter(s -> "Restored".equals(s.title())).findFirst().orElseThrow().id();
            long stored = service.list(ArticleQuery.ALL, 0, 10).stream()
                    .filter(s -> "Stored raw".equals(s.title())).findFirst().orElseThrow().id();
            assertThat(service.article(restored).orElseThrow().article().content().bodyHtml())
                    .doesNotContain("refresh", "<base", "<form", "<iframe", socket.getLocalPort() + "/img");
            assertThat(service.article(stored).orElseThrow().article().content().bodyHtml()).contains("refresh");
            restoredPage = ReaderPage.render(service.article(restored).orElseThrow(), ReaderPage.Theme.LIGHT, 100);
            rawPage = ReaderPage.render(service.article(stored).orElseThrow(), ReaderPage.Theme.LIGHT, 100);
        }
        assertThat(rawPage).contains("Words of the article.", PagePolicy.CSP)
                .doesNotContain("http-equiv=\"refresh\"", "<base", "<form", "<iframe", "/img.png", "/bg.png");
        for (String page : new String[] {restoredPage, rawPage}) {
            load(page);
        }
        Thread.sleep(SETTLE_MS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connections.get()).as("connections from the reader").isZero();
        String location = WaitForAsyncUtils.asyncFx(() -> reader.getEngine().getLocation()).get(10, TimeUnit.SECONDS);
        assertThat(location).doesNotContain("127.0.0.1");

        // control: the page as the reader built it before (its policy, the body as stored) does connect
        load("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                + " style-src 'unsafe-inline'\"></head><body>" + navigatingBody() + "</body></html>");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (connections.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        System.out.println("navigating body: connections from the reader 0; from the former page "
                + connections.get());
        assertThat(connections.get()).as("the control shows the socket is reachable").isPositive();
    }

    private void load(String html) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> reader.getEngine().loadContent(html)).get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            boolean running = WaitForAsyncUtils.asyncFx(() -> reader.getEngine().getLoadWorker().isRunning())
                    .get(10, TimeUnit.SECONDS);
            if (!running) {
                break;
            }
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

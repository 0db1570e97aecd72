package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.service.LibraryService;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Not a test: a command that shows the highlight feature in a real window over the sample
 * articles and writes screenshots into a folder (docs/), including pages of a dossier EPUB as
 * a reader shows them. Run under a display (xvfb-run):
 * {@code xvfb-run -a mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.ui.HighlightDemo -Dexec.args=docs}
 */
public final class HighlightDemo extends Application {

    private static Path out;
    private LibraryService service;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs").toAbsolutePath();
        Application.launch(HighlightDemo.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path lib = Files.createTempDirectory("gazette-demo");
        service = LibraryService.open(lib);
        service.importPaths(List.of(Path.of("samples")));
        ArticleSummary article = service.list(service.parseSearch("Valparaiso").query(), 0, 1).get(0);
        String body = service.article(article.id()).orElseThrow().article().content().bodyText();
        String[] paragraphs = body.split("\\n\\s*\\n");
        var annotations = service.annotations();
        annotations.highlightText(article.id(), firstWords(paragraphs[1], 12), "yellow", "The key figure for the dossier.");
        annotations.highlightText(article.id(), firstWords(paragraphs[2], 9), "green", null);
        annotations.highlightText(article.id(), firstWords(paragraphs[Math.min(4, paragraphs.length - 1)], 7), "blue",
                "Compare with 2016 figures.");
        annotations.setNote(article.id(), "## Why this matters\n\nThe funicular story shows how the city keeps old"
                + " transport alive. Follow up with the **2020** budget.");
        for (ArticleSummary s : service.list(ArticleQuery.ALL, 0, 50)) {
            if (s.id() != article.id()) {
                String b = service.article(s.id()).orElseThrow().article().content().bodyText();
                String[] ps = b.split("\\n\\s*\\n");
                annotations.highlightText(s.id(), firstWords(ps[Math.min(1, ps.length - 1)], 8),
                        Highlight.COLOURS.get((int) (s.id() % 4)), s.id() % 2 == 0 ? "Check the source." : null);
            }
        }

        MainViewModel model = new MainViewModel(service);
        WebView reader = new WebView();
        reader.getEngine().setJavaScriptEnabled(false);
        Runnable[] rerender = new Runnable[1];
        HighlightFeature feature = HighlightFeature.install(model, reader, () -> rerender[0].run());
        ReaderViewModel pages = model.reader();
        pages.pageProperty().addListener((obs, o, p) -> {
            if (p != null) {
                reader.getEngine().loadContent(p.html());
            }
        });
        rerender[0] = () -> pages.show(model.selectedProperty().get(), ReaderPage.Theme.LIGHT, 100, null);
        model.selectedProperty().addListener((obs, o, v) -> rerender[0].run());
        Label status = new Label();
        status.textProperty().bind(feature.statusProperty());
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(feature.menu()));
        SplitPane split = new SplitPane(reader, feature.notesPane().root());
        split.setDividerPositions(0.68);
        root.setCenter(split);
        root.setBottom(status);
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.setTitle("Gazette — highlights");
        stage.show();
        model.select(article);

        steps.add(() -> {
            // a person's selection: drag the mouse across part of the first paragraph
            fireDrag(reader, 300, 257, 640, 257);
            System.out.println("selection copied from the reader: " + feature.controller().selectedText().orElse("(none)"));
            feature.highlight("pink", null);
        });
        steps.add(() -> System.out.println("after drag-select + highlight: " + feature.statusProperty().get()));
        steps.add(() -> shoot(scene, "highlights-reader.png"));
        steps.add(() -> {
            boolean scrolled = feature.controller().scrollTo(annotations.highlights(article.id()).get(2).id());
            System.out.println("scrollTo third highlight: " + scrolled);
        });
        steps.add(() -> shoot(scene, "highlights-reader-scrolled.png"));
        steps.add(() -> {
            feature.showHighlights(stage);
            feature.highlightsView().search("");
        });
        steps.add(() -> {
            Stage hs = (Stage) feature.highlightsView().root().getScene().getWindow();
            shoot(hs.getScene(), "highlights-view.png");
        });
        steps.add(() -> {
            try {
                Path epub = out.resolve("../target/dossier-demo.epub").normalize();
                Files.createDirectories(epub.getParent());
                service.dossiers().writeDossier("year:2019", "Dossier: 2019", epub, true);
                Path unpacked = unzip(epub, epub.getParent().resolve("dossier-demo"));
                showPage(stage, unpacked.resolve("OEBPS/nav.xhtml"), "dossier-epub-contents.png", () ->
                        showPage(stage, unpacked.resolve("OEBPS/chapter-002.xhtml"), "dossier-epub-chapter.png", () -> {
                            feature.shutdown();
                            service.close();
                            Platform.exit();
                        }));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        next(1500);
    }

    private void next(int millis) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> {
            Runnable step = steps.poll();
            if (step != null) {
                step.run();
                next(1200);
            }
        });
        p.play();
    }

    /** Shows an e-book page in a reading-sized window (as an e-reader would) and snapshots it. */
    private void showPage(Stage owner, Path page, String name, Runnable then) {
        Stage s = new Stage();
        WebView view = new WebView();
        view.getEngine().setJavaScriptEnabled(false);
        Scene scene = new Scene(view, 640, 860);
        s.setScene(scene);
        s.show();
        view.getEngine().getLoadWorker().stateProperty().addListener((obs, o, st) -> {
            if (st == Worker.State.SUCCEEDED) {
                PauseTransition p = new PauseTransition(Duration.millis(900));
                p.setOnFinished(e -> {
                    shoot(scene, name);
                    s.close();
                    then.run();
                });
                p.play();
            }
        });
        view.getEngine().load(page.toUri().toString());
    }

    private static void fireDrag(WebView view, double x1, double y1, double x2, double y2) {
        var p1 = view.localToScreen(x1, y1);
        var p2 = view.localToScreen(x2, y2);
        Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_PRESSED, x1, y1, p1.getX(), p1.getY(), MouseButton.PRIMARY,
                1, false, false, false, false, true, false, false, true, false, false, null));
        for (int i = 1; i <= 10; i++) {
            double x = x1 + (x2 - x1) * i / 10;
            double y = y1 + (y2 - y1) * i / 10;
            var p = view.localToScreen(x, y);
            Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_DRAGGED, x, y, p.getX(), p.getY(), MouseButton.PRIMARY,
                    1, false, false, false, false, true, false, false, true, false, false, null));
        }
        Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_RELEASED, x2, y2, p2.getX(), p2.getY(), MouseButton.PRIMARY,
                1, false, false, false, false, false, false, false, true, false, false, null));
    }

    private static void shoot(Scene scene, String name) {
        try {
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.resolve(name).toFile());
            System.out.println("wrote " + out.resolve(name));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static Path unzip(Path zip, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, z.readAllBytes());
            }
        }
        return dir;
    }

    private static String firstWords(String paragraph, int n) {
        String[] w = paragraph.strip().split("\\s+");
        return String.join(" ", List.of(w).subList(0, Math.min(n, w.length)));
    }
}

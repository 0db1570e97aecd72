package dev.gazette.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileCollectorTest {

    @TempDir
    Path dir;

    private final FileCollector collector = new FileCollector();

    @Test
    void expandsFoldersRecursivelyInNameOrderAndSurvivesLinkLoops() throws IOException {
        touch("news/b.html");
        touch("news/a.txt");
        touch("news/Zeta.md");
        touch("news/deeper/c.mhtml");
        touch("news/deeper/picture.png");
        touch("news/report.pdf");
        touch("news/.DS_Store");
        touch("news/page.htm");
        touch("news/page_files/frame.html");
        touch("news/page_files/logo.png");
        touch("news/.git/config.txt");
        Files.createSymbolicLink(dir.resolve("news/deeper/loop"), dir.resolve("news"));
        Files.createSymbolicLink(dir.resolve("news/deeper/self"), dir.resolve("news/deeper/self"));
        Files.createSymbolicLink(dir.resolve("news/dangling.html"), dir.resolve("nowhere.html"));

        FileCollector.Result result = collector.collect(List.of(dir.resolve("news")));

        assertThat(result.files()).extracting(p -> dir.relativize(p).toString())
                .containsExactly("news/Zeta.md", "news/a.txt", "news/b.html", "news/deeper/c.mhtml", "news/page.htm");
        assertThat(result.skipped()).extracting(e -> dir.relativize(e.path()) + ": " + e.reason())
                .contains("news/.DS_Store: hidden file",
                        "news/.git: hidden folder",
                        "news/deeper/picture.png: not an article file (.png)",
                        "news/report.pdf: not an article file (.pdf)",
                        "news/page_files: resource folder of a saved page (page)",
                        "news/deeper/loop: folder already searched (a link back to it)");
        assertThat(result.unreadable()).extracting(e -> dir.relativize(e.path()).toString())
                .contains("news/dangling.html", "news/deeper/self");
    }

    @Test
    void mixedSelectionKeepsOrderAndDropsDuplicates() throws IOException {
        Path one = touch("one.html");
        Path two = touch("sub/two.txt");
        Files.createSymbolicLink(dir.resolve("alias.html"), one);
        FileCollector.Result result = collector.collect(List.of(one, dir.resolve("sub"), dir.resolve("alias.html"),
                dir.resolve("missing.html"), one));
        assertThat(result.files()).containsExactly(one, two);
        assertThat(result.skippedCount()).isEqualTo(2);
        assertThat(result.unreadable()).extracting(FileCollector.Entry::reason).containsExactly("does not exist");
    }

    @Test
    void folderThatMerelyStartsWithAPageNameIsSearched() throws IOException {
        touch("news.html");
        Path inside = touch("news_2019/story.html");
        touch("news-Dateien/bild.htm");
        FileCollector.Result result = collector.collect(List.of(dir));
        assertThat(result.files()).contains(inside);
        assertThat(result.skipped()).extracting(e -> e.path().getFileName().toString()).contains("news-Dateien");
    }

    @Test
    void jsonThatIsNotAnArrayIsSkipped() throws IOException {
        Path export = dir.resolve("export.json");
        Files.writeString(export, "\n [ {\"url\": \"u\", \"content\": \"c\"} ]");
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{\"theme\": \"dark\"}");
        FileCollector.Result result = collector.collect(List.of(dir));
        assertThat(result.files()).containsExactly(export);
        assertThat(result.skipped()).extracting(FileCollector.Entry::path).containsExactly(settings);
    }

    @Test
    void unreadableFolderIsReported() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        touch("locked/x.html");
        locked.toFile().setReadable(false);
        try {
            if (Files.isReadable(locked)) {
                return; // running as root: permissions are not enforced
            }
            FileCollector.Result result = collector.collect(List.of(dir));
            assertThat(result.unreadable()).extracting(FileCollector.Entry::path).contains(locked);
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void sameTreeGivesSameResultEveryTime() throws IOException {
        for (int i = 0; i < 30; i++) {
            touch("t/" + (char) ('a' + i % 26) + i + ".html");
        }
        assertThat(collector.collect(List.of(dir)).files()).isEqualTo(collector.collect(List.of(dir)).files());
    }

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<p>invented</p>");
        return p;
    }
}

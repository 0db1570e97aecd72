package dev.gazette.ingest;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void readsPlainHtmlPage() throws IOException {
        Path file = Fixtures.path("plain-article.html");
        List<SourceDocument> docs = loader.load(file);
        assertThat(docs).hasSize(1);
        SourceDocument doc = docs.get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.fileName()).isEqualTo("plain-article.html");
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.content()).contains("Café owners", "“the busiest in living memory”");
        assertThat(doc.url()).isNull();
        assertThat(doc.savedAt()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
        assertThat(doc.resources()).isEmpty();
    }

    @Test
    void readsSingleFileHeader() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("singlefile-page.html")).get(0);
        assertThat(doc.url()).isEqualTo("https://courier.example/2019/04/06/lantern-parade");
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(doc.statedSaveTime()).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
    }

    @Test
    void singleFileDateWithOffsetIsConverted() throws IOException {
        String html = "<html><!--\n Page saved with SingleFile \n url: https://a.example/x \n"
                + " saved date: Mon Dec 02 2024 18:05:09 GMT+0100 (Central European Standard Time)\n-->"
                + "<body><p>Invented text.</p></body></html>";
        SourceDocument doc = loader.load(write("sf.html", html.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2024-12-02T17:05:09Z"));
    }

    @Test
    void readsCompleteSaveWithItsResourceFolder() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("complete/Harbour Festival.html")).get(0);
        assertThat(doc.url()).isEqualTo("https://harbour.example/news/festival-opens.html");
        assertThat(doc.charset()).isEqualTo("windows-1252");
        assertThat(doc.resources()).extracting(EmbeddedResource::location)
                .containsExactly("./Harbour%20Festival_files/boats.png");
        EmbeddedResource boats = doc.resources().get(0);
        assertThat(boats.mediaType()).isEqualTo("image/png");
        assertThat(boats.data()).startsWith((byte) 0x89, (byte) 'P');
    }

    @Test
    void resourcesNeverComeFromOutsideTheResourceFolder() throws IOException {
        Path page = write("story.html", ("<html><body><p>Invented.</p><img src=\"story_files/link.png\">"
                + "<img src=\"story_files/../../etc/passwd\"><img src=\"/etc/passwd\"></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("story_files"));
        Path outside = write("outside.png", Files.readAllBytes(Fixtures.path("complete/secret.png")));
        Files.createSymbolicLink(dir.resolve("story_files/link.png"), outside);
        assertThat(loader.load(page).get(0).resources()).isEmpty();
    }

    @Test
    void resourcesAreCappedInTotal() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(Files.readAllBytes(Fixtures.path("complete/secret.png")), 0, big, 0, 8);
        Files.createDirectories(dir.resolve("big_files"));
        StringBuilder html = new StringBuilder("<html><body><p>Invented.</p>");
        for (int i = 0; i < 5; i++) {
            Files.write(dir.resolve("big_files/p" + i + ".png"), big);
            html.append("<img src=\"big_files/p").append(i).append(".png\">");
        }
        Path page = write("big.html", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        List<EmbeddedResource> resources = loader.load(page).get(0).resources();
        assertThat(resources).hasSize(3);
        assertThat(resources.stream().mapToLong(r -> r.data().length).sum()).isLessThanOrEqualTo(20L * 1024 * 1024);
    }

    @Test
    void readsGzippedHtml() throws IOException {
        byte[] html = Files.readAllBytes(Fixtures.path("plain-article.html"));
        Path file = write("story.html.gz", gzip(html));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.fileName()).isEqualTo("story.html.gz");
        assertThat(doc.content()).contains("Lantern Parade Draws Record Crowd");
        assertThat(loader.load(write("story.htm.gz", gzip(html))).get(0).content()).contains("Millbrook");
    }

    @Test
    void readsPlainText() throws IOException {
        Path file = write("note.txt", "A fictional note about a town fair.\nSecond line.".getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(doc.content()).isEqualTo("A fictional note about a town fair.\nSecond line.");
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void savedAtFallsBackToFileTime() throws IOException {
        Path file = write("old.txt", "Invented text.".getBytes(StandardCharsets.UTF_8));
        Instant when = Instant.parse("2020-02-03T04:05:06Z");
        Files.setLastModifiedTime(file, FileTime.from(when));
        assertThat(loader.load(file).get(0).savedAt()).isEqualTo(when);
        // a file's time is no save time: relative dates ("2 hours ago") are not counted from it
        assertThat(loader.load(file).get(0).statedSaveTime()).isNull();
    }

    @Test
    void readsFilesWithUnusualNames() throws IOException {
        for (String name : List.of("name with spaces.html", "line\nbreak.txt", "Новости дня.html", "新聞 記事.htm",
                "ειδήσεις.txt", "UPPER.HTML")) {
            Path file = write(name, "<p>Invented text for a test.</p>".getBytes(StandardCharsets.UTF_8));
            assertThat(loader.isSupported(file)).as(name).isTrue();
            SourceDocument doc = loader.load(file).get(0);
            assertThat(doc.fileName()).isEqualTo(name);
        }
    }

    @Test
    void recognisesSupportedNames() {
        for (String name : List.of("a.html", "a.htm", "a.xhtml", "a.shtml", "a.html.gz", "a.htm.gz", "a.mhtml",
                "a.mht", "a.txt", "a.md", "a.markdown", "a.eml", "a.json", "A.MHT")) {
            assertThat(loader.isSupported(Path.of(name))).as(name).isTrue();
        }
        for (String name : List.of("a.pdf", "a.gz", "a.png", "html", ".txt", "a.html.bak", "a.zip")) {
            assertThat(loader.isSupported(Path.of(name))).as(name).isFalse();
        }
    }

    @Test
    void articleKeyIsNameWithoutExtensions() {
        assertThat(DocumentLoader.articleKey("story.html.gz")).isEqualTo("story");
        assertThat(DocumentLoader.articleKey("story.md")).isEqualTo("story");
        assertThat(DocumentLoader.articleKey("noext")).isEqualTo("noext");
    }

    @Test
    void loadsFromTwoThreadsAtOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = (i % 2 == 0 ? SampleTexts.RUSSIAN : SampleTexts.JAPANESE) + " #" + i;
            files.add(write("t" + i + ".html", SampleTexts.page("T" + i, text, null)
                    .getBytes(i % 2 == 0 ? "windows-1251" : "Shift_JIS")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SourceDocument>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> loader.load(f).get(0)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertThat(results.get(i).get().content()).contains(" #" + i + "<");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}

package dev.gazette.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadInputTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @ParameterizedTest
    @ValueSource(strings = {"a.html", "a.htm", "a.txt", "a.md", "a.mhtml", "a.eml", "a.json", "a.html.gz"})
    void zeroByteFileIsRefused(String name) throws IOException {
        Path file = write(name, new byte[0]);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.html", "a.txt"})
    void whitespaceOnlyFileIsRefused(String name) throws IOException {
        Path file = write(name, " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class);
    }

    @Test
    void pngRenamedToHtmlIsRefused() throws IOException {
        Path file = write("photo.html", Files.readAllBytes(Fixtures.path("complete/secret.png")));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class)
                .hasMessage("binary file (PNG image), not an article");
    }

    @Test
    void pdfRenamedToTxtIsRefused() throws IOException {
        Path file = write("paper.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.load(file)).hasMessage("binary file (PDF document), not an article");
    }

    @Test
    void zipRenamedToHtmlIsRefused() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
        Path file = write("archive.html", zip);
        assertThatThrownBy(() -> loader.load(file)).hasMessage("binary file (ZIP archive), not an article");
    }

    @Test
    void unknownBinaryIsRefused() throws IOException {
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 % 7);
        }
        Path file = write("blob.txt", data);
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("binary file");
    }

    @Test
    void truncatedGzipGivesReason() throws IOException {
        byte[] gz = DocumentLoaderTest.gzip(SampleTexts.page("t", SampleTexts.GERMAN.repeat(20), "utf-8")
                .getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("truncated");
    }

    @Test
    void damagedGzipGivesReason() throws IOException {
        byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, (byte) 0xff, 1, 2, 3, 4, 5, 6, 7, 8};
        Path file = write("bad.html.gz", bytes);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("compressed file");
    }

    @Test
    void uncompressedPageNamedGzIsReadAsItIs() throws IOException {
        Path file = write("plain.html.gz", "<p>Not compressed after all.</p>".getBytes(StandardCharsets.US_ASCII));
        assertThat(loader.load(file).get(0).content()).contains("Not compressed after all.");
    }

    @Test
    void tooLargeFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(65L * 1024 * 1024); // sparse: no real disk used
        }
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("too large").hasMessageContaining("64 MB");
    }

    @Test
    void gzipBombIsRefused() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            byte[] block = "<p>aaaa</p>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= 65L * 1024 * 1024; written += block.length) {
                gz.write(block);
            }
        }
        Path file = write("bomb.html.gz", out.toByteArray());
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("64 MB");
    }

    @Test
    void singleHugeLineIsRead() throws IOException {
        String line = "word ".repeat(2_000_000);
        Path file = write("line.txt", line.getBytes(StandardCharsets.US_ASCII));
        assertThat(loader.load(file).get(0).content()).hasSize(line.length());
        Path html = write("line.html", ("<html><body><p>" + line + "</p></body></html>").getBytes(StandardCharsets.US_ASCII));
        assertThat(loader.load(html).get(0).content()).contains(line);
    }

    @Test
    void folderIsRefused() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("folder.html"));
        assertThatThrownBy(() -> loader.load(sub)).isInstanceOf(IOException.class).hasMessageContaining("folder");
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> loader.load(dir.resolve("gone.html"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void linkLoopIsRefusedWithReason() throws IOException {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> loader.load(a)).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()));
    }

    @Test
    void unsupportedNameIsRefused() throws IOException {
        Path file = write("doc.pdf", "x".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("not a supported");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}

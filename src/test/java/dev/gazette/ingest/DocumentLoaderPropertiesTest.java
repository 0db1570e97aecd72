package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever bytes a file holds, load() gives documents or an IOException, never anything else. */
class DocumentLoaderPropertiesTest {

    /** Beginnings that lead random bytes deeper into each format's parser. */
    private static final List<String> PREFIXES = List.of(
            "", "<html><head><meta charset=\"utf-8\">", "<?xml version=\"1.0\" encoding=\"koi8-r\"?>",
            "---\ntitle: x\ntags: [", "---\n", "From: a@b.example\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n",
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-16\r\nContent-Transfer-Encoding: base64\r\n\r\n",
            "[{\"url\":\"u\",\"content\":", "[", "{", "\u00ef\u00bb\u00bf", "\u00ff\u00fe", "\u001f\u008b\u0008\u0000");

    private static Path dir;
    private static final AtomicInteger counter = new AtomicInteger();
    private final DocumentLoader loader = new DocumentLoader();

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("gazette-ingest-props");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of(DocumentLoader.supportedEndings());
    }

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> texty = Arbitraries.strings().ofMaxLength(1500)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<String> prefix = Arbitraries.of(PREFIXES);
        return Arbitraries.oneOf(random, texty).flatMap(body -> prefix.map(p -> concat(
                p.getBytes(StandardCharsets.ISO_8859_1), body)));
    }

    @Property(tries = 600)
    void loadGivesDocumentsOrIOException(@ForAll("endings") String ending, @ForAll("contents") byte[] bytes)
            throws IOException {
        Path file = dir.resolve("f" + counter.incrementAndGet() + ending);
        Files.write(file, bytes);
        try {
            List<SourceDocument> docs = loader.load(file);
            assertThat(docs).isNotEmpty();
            for (SourceDocument doc : docs) {
                assertThat(doc.content()).isNotNull();
                assertThat(doc.fileName()).isEqualTo(file.getFileName().toString());
            }
        } catch (IOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

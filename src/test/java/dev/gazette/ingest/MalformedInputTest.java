package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every file in {@code src/test/resources/ingest/malformed/} loads or fails with an IOException. */
class MalformedInputTest {

    private final DocumentLoader loader = new DocumentLoader();

    @TestFactory
    Stream<DynamicTest> everyMalformedFileGivesDocumentsOrIOException() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Fixtures.path("malformed"))) {
            files = s.sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    try {
                        List<SourceDocument> docs = loader.load(file);
                        assertThat(docs).isNotEmpty().allSatisfy(d -> assertThat(d.content()).isNotNull());
                    } catch (IOException e) {
                        assertThat(e.getMessage()).isNotBlank();
                    }
                })));
    }

    @Test
    void utf16DeclarationInAsciiBytesIsIgnored() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("malformed/meta-utf16.html")).get(0);
        assertThat(doc.content()).contains("ASCII bytes, UTF-16 declared.");
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void compressedLatin1PageIsDetected() throws IOException {
        assertThat(loader.load(Fixtures.path("malformed/latin1.html.gz")).get(0).content()).contains("Café inventé");
    }

    @Test
    void compressedImageIsRefusedAsBinary() {
        assertThatThrownBy(() -> loader.load(Fixtures.path("malformed/gzip-of-png.html.gz")))
                .hasMessage("binary file (PNG image), not an article");
    }

    @Test
    void singleObjectJsonIsNotAnExport() {
        assertThatThrownBy(() -> loader.load(Fixtures.path("malformed/object-with-content.json")))
                .hasMessageContaining("not a supported export");
    }

    @Test
    void oddlyTypedWallabagFieldsAreTolerated() throws IOException {
        List<SourceDocument> docs = loader.load(Fixtures.path("malformed/wallabag-odd-types.json"));
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).content()).isEqualTo("<p>ok</p>");
        assertThat(docs.get(0).tags()).containsExactly("3");
    }

    @Test
    void nulBytesInAPageAreKept() throws IOException {
        assertThat(loader.load(Fixtures.path("malformed/nul-bytes.html")).get(0).content()).contains("Invented");
    }
}

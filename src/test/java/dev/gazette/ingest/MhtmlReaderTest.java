package dev.gazette.ingest;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MhtmlReaderTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void readsChromeMhtmlWithQuotedPrintableHtmlAndBase64Images() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("chrome-page.mhtml")).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.MHTML);
        assertThat(doc.content()).contains("River Ferry Returns After Winter Break", "café on board – “a real improvement”")
                .doesNotContain("=E2=80");
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.url()).isEqualTo("https://saltmere.example/news/ferry-returns");
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2019-04-08T07:30:00Z"));
        assertThat(doc.resources()).extracting(EmbeddedResource::location)
                .containsExactly("https://saltmere.example/img/ferry.png", "cid:chart@saltmere.example");
        assertThat(doc.resources().get(0).mediaType()).isEqualTo("image/png");
        assertThat(doc.resources().get(0).data()).isEqualTo(Files.readAllBytes(Fixtures.path("complete/secret.png")));
    }

    @Test
    void readsInternetExplorerMhtWithBase64AndMimeCharset() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("ie-page.mht")).get(0);
        assertThat(doc.content()).contains("Новый мост через реку", "Всё в этой статье выдумано");
        assertThat(doc.charset()).isEqualTo("windows-1251");
        assertThat(doc.url()).isEqualTo("http://severolesye.example/most.html");
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2019-04-09T09:00:00Z"));
        assertThat(doc.resources()).isEmpty();
    }

    @Test
    void recoversWhenTheBoundaryParameterIsMissing() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("no-boundary.mhtml")).get(0);
        assertThat(doc.content()).contains("River Ferry Returns After Winter Break").doesNotContain("MultipartBoundary");
        assertThat(doc.resources()).hasSize(2);
    }

    @Test
    void mhtmlWithoutAnyHtmlPartIsRefused() throws IOException {
        Path file = dir.resolve("nothing.mhtml");
        Files.writeString(file, "From: <Saved by Blink>\r\nContent-Type: multipart/related\r\n\r\njust words, no parts\r\n",
                StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("no HTML page");
    }

    @Test
    void cutMhtmlStillGivesTheHtmlPart() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.path("chrome-page.mhtml"));
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("Content-Type: image/png");
        Path file = dir.resolve("cut.mht");
        Files.write(file, java.util.Arrays.copyOf(whole, cut));
        assertThat(loader.load(file).get(0).content()).contains("River Ferry Returns");
    }
}

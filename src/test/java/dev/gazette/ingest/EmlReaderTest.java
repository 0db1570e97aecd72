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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmlReaderTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void prefersTheHtmlBodyAndReadsHeadersAsHints() throws IOException {
        Path file = Fixtures.path("newsletter.eml");
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.EML);
        assertThat(doc.content()).contains("<h1>The Weekly Lantern</h1>", "Entry is free – bring a friend!");
        assertThat(doc.hints())
                .containsEntry("title", "Library reopens – issue 12")
                .containsEntry("sender", "Weekly Lantern (Jo Testwell)")
                .containsEntry("site", "lantern.example")
                .containsEntry("published", "2019-04-12T09:15:00+02:00");
        assertThat(doc.savedAt()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
        assertThat(doc.resources()).extracting(EmbeddedResource::location).containsExactly("cid:logo@lantern.example");
    }

    @Test
    void plainTextMailBecomesTextDocument() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("plain-newsletter.eml")).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(doc.content()).contains("La fête du port imaginaire de Saltmère");
        assertThat(doc.hints()).containsEntry("title", "Harbour notes").containsEntry("sender", "Ana Example")
                .containsEntry("site", "harbour.example").containsEntry("published", "2019-04-13T18:00:00Z");
    }

    @Test
    void rawUtf8SubjectIsReadAsUtf8() throws IOException {
        Path file = dir.resolve("raw.eml");
        Files.write(file, ("From: Редакция <news@vesti.example>\r\nSubject: Новости недели\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nВыдуманный текст письма.\r\n").getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.hints()).containsEntry("title", "Новости недели");
        assertThat(doc.content()).contains("Выдуманный текст письма.");
    }

    @Test
    void mailWithOnlyAnAttachmentIsRefused() throws IOException {
        Path file = dir.resolve("attach.eml");
        Files.writeString(file, "Subject: x\r\nContent-Type: application/octet-stream\r\n\r\nAAAA\r\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class).hasMessageContaining("no text");
    }

    @Test
    void headerlessTextIsReadAsPlainBody() throws IOException {
        Path file = dir.resolve("nohead.eml");
        Files.writeString(file, "Just a pasted paragraph about an invented fair.\n", StandardCharsets.UTF_8);
        assertThat(loader.load(file).get(0).content()).contains("invented fair");
    }
}

package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallabagReaderTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void readsOneDocumentPerEntryWithContent() throws IOException {
        List<SourceDocument> docs = loader.load(Fixtures.path("wallabag-export.json"));
        assertThat(docs).hasSize(2);
        SourceDocument tram = docs.get(0);
        assertThat(tram.format()).isEqualTo(SourceFormat.WALLABAG_JSON);
        assertThat(tram.fileName()).isEqualTo("wallabag-export.json");
        assertThat(tram.content()).isEqualTo("<p>The fictional Eastport council voted 12 to 3 for a new tram line.</p>");
        assertThat(tram.url()).isEqualTo("https://eastport.example/tram-vote");
        assertThat(tram.savedAt()).isEqualTo(Instant.parse("2024-02-10T08:00:00Z"));
        assertThat(tram.tags()).containsExactly("politics", "Eastport");
        assertThat(tram.hints())
                .containsEntry("title", "Council Votes on New Tram Line")
                .containsEntry("author", "Mira Inventa, Tomas Madeup")
                .containsEntry("published", "2024-02-09T18:30:00+01:00")
                .containsEntry("language", "en")
                .containsEntry("read", "true")
                .containsEntry("starred", "false");

        SourceDocument museum = docs.get(1);
        assertThat(museum.tags()).containsExactly("culture");
        assertThat(museum.hints()).containsEntry("read", "false").containsEntry("starred", "true")
                .doesNotContainKeys("author", "published");
    }

    @Test
    void otherJsonIsNotASupportedExport() {
        assertThatThrownBy(() -> loader.load(Fixtures.path("not-wallabag.json")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a supported export");
    }

    @Test
    void arrayOfOtherThingsIsNotASupportedExport() throws IOException {
        Path file = dir.resolve("list.json");
        Files.writeString(file, "[{\"name\": \"x\"}, 3, \"y\"]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("not a supported export");
        Files.writeString(file, "[]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("not a supported export");
    }

    @Test
    void invalidJsonIsNotASupportedExport() throws IOException {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "[{\"url\": \"https://a.example\", \"content\": \"<p>cut", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a supported export");
    }
}

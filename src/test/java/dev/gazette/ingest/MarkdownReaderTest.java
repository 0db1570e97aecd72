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

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void readsObsidianStyleFrontMatter() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("clipping.md")).get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(doc.content()).startsWith("# Night Market Opens in Old Quarter").doesNotContain("source:");
        assertThat(doc.url()).isEqualTo("https://eastport.example/2024/05/night-market");
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2024-05-04T06:30:00Z"));
        assertThat(doc.tags()).containsExactly("clippings", "food");
        assertThat(doc.hints())
                .containsEntry("title", "Night Market Opens in Old Quarter")
                .containsEntry("author", "Mira Inventa, Tomas Madeup")
                .containsEntry("published", "2024-05-03")
                .containsEntry("description", "A fictional night market opens its stalls.");
    }

    @Test
    void readsCommaSeparatedTagsAndQuotedValues() throws IOException {
        SourceDocument doc = loader.load(Fixtures.path("clipping-comma-tags.md")).get(0);
        assertThat(doc.tags()).containsExactly("weather", "farming", "local");
        assertThat(doc.url()).isEqualTo("https://valley.example/rain-delays");
        assertThat(doc.hints()).containsEntry("title", "Rain Delays Harvest Festival")
                .containsEntry("author", "Pat Fictional")
                .containsEntry("published", "Friday, 7 June 2024");
        assertThat(doc.savedAt()).isEqualTo(Instant.parse("2024-06-08T00:00:00Z"));
        assertThat(doc.content()).isEqualTo("Rain delayed the imaginary valley's harvest festival by a week.\n");
    }

    // issue 26: one tag grammar everywhere; a list item is not a tag of its own when it holds commas
    @Test
    void aCommaInsideAListItemSeparatesTagsAsItDoesEverywhereElse() throws IOException {
        Path file = dir.resolve("list-with-commas.md");
        Files.writeString(file, "---\ntitle: Dry Season\ntags:\n  - \"#water, #drought\"\n  - energy\n  - \" \"\n---\n"
                + "The dry season came early to the fictional valley.\n", StandardCharsets.UTF_8);
        assertThat(loader.load(file).get(0).tags()).containsExactly("water", "drought", "energy");
    }

    @Test
    void brokenFrontMatterKeepsTheWholeFile() throws IOException {
        Path file = Fixtures.path("broken-front-matter.md");
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).isEqualTo(Files.readString(file));
        // no front matter: only the mark that savedAt is the file's time, no save time stated
        assertThat(doc.hints()).containsOnlyKeys(SourceDocument.HINT_SAVED_FROM);
        assertThat(doc.statedSaveTime()).isNull();
        assertThat(doc.tags()).isEmpty();
    }

    @Test
    void unclosedFrontMatterKeepsTheWholeFile() throws IOException {
        Path file = dir.resolve("open.md");
        Files.writeString(file, "---\ntitle: never closed\n\nBody text of an invented story.\n", StandardCharsets.UTF_8);
        assertThat(loader.load(file).get(0).content()).startsWith("---\ntitle: never closed");
    }

    @Test
    void frontMatterThatIsNotAMappingKeepsTheWholeFile() throws IOException {
        Path file = dir.resolve("list.md");
        Files.writeString(file, "---\n- just\n- a list\n---\nBody.\n", StandardCharsets.UTF_8);
        assertThat(loader.load(file).get(0).content()).startsWith("---\n- just");
    }

    @Test
    void markdownWithoutFrontMatterIsAllBody() throws IOException {
        Path file = dir.resolve("plain.markdown");
        Files.writeString(file, "# Heading\n\nA fictional paragraph.\n\n---\n\nAfter a rule.\n", StandardCharsets.UTF_8);
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).startsWith("# Heading").contains("After a rule.");
        assertThat(doc.url()).isNull();
    }

    @Test
    void yamlAliasBombIsHarmless() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? "," : "").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("title: bomb\n---\nBody.\n");
        Path file = dir.resolve("bomb.md");
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        assertThat(loader.load(file)).hasSize(1);
    }
}

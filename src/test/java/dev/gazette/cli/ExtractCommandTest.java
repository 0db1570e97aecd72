package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsReadOnEveryCoreAndPrintedInFileOrderWithItsErrors() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = String.format("story-%02d", i);
            if (i == 5) {
                Files.write(dir.resolve(name + ".html"), new byte[0]); // nothing to find
            } else {
                Files.writeString(dir.resolve(name + ".html"), "<html><head><title>Story number " + i + "</title></head><body>"
                        + "<article><h1>Story number " + i + "</h1><p>The ferry to the island ran again on Tuesday after"
                        + " the storm, the harbour master said, and story " + i + " has the details.</p></article></body></html>");
            }
            expected.add(name);
        }
        CliRun run = CliRun.run("extract", "--json", dir.toString());
        int status = run.status();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(expected);
        assertThat(status).isEqualTo(1);
        assertThat(json.get("story-05").has("error")).isTrue();
        for (int i = 0; i < 12; i++) {
            if (i != 5) {
                assertThat(json.get(expected.get(i)).get("title").asText()).isEqualTo("Story number " + i);
            }
        }
    }
}

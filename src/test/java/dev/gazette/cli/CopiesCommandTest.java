package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same story saved from two sites, on the command line: import, list, show, copies. */
class CopiesCommandTest {

    @TempDir
    Path tmp;

    private Path page(String folder, String site, String url) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/similar/stories/comet-sighting.txt"), StandardCharsets.UTF_8);
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            body.append("<p>").append(paragraphs[i].strip()).append("</p>\n");
        }
        String html = "<html><head><title>" + paragraphs[0] + "</title><link rel=\"canonical\" href=\"" + url + "\">"
                + "<meta property=\"og:site_name\" content=\"" + site + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-10T20:00:00Z\"></head><body>"
                + "<nav>" + site + " home</nav><article><h1>" + paragraphs[0] + "</h1>" + body + "</article></body></html>";
        Path p = tmp.resolve(folder).resolve("comet.html");
        Files.createDirectories(p.getParent());
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importReportsTheCopyListCountsItShowListsItAndSplitUndoesIt() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun first = CliRun.run("--library", lib, "import", page("a", "Sky Notes", "https://skynotes.example/comet").toString());
        assertThat(first.out()).contains("imported").contains("-> #1 ");
        CliRun second = CliRun.run("--library", lib, "import", page("b", "Star Gazette", "https://stargazette.example/comet").toString());
        assertThat(second.status()).isZero();
        assertThat(second.out()).startsWith("copy ").contains("-> #2, copy of #1 ");

        JsonNode list = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out());
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(list.get(0).get("copies").asInt()).isEqualTo(2);

        CliRun show = CliRun.run("--library", lib, "show", "1");
        assertThat(show.out()).contains("copies:").contains("#1").contains("Sky Notes").contains("#2").contains("Star Gazette");
        JsonNode shown = new ObjectMapper().readTree(CliRun.run("--library", lib, "show", "--json", "2").out());
        assertThat(shown.get("copies").size()).isEqualTo(2);
        assertThat(shown.get("copies").get(0).get("shown").asBoolean()).isTrue();

        CliRun split = CliRun.run("--library", lib, "copies", "--split", "2");
        assertThat(split.status()).isZero();
        JsonNode after = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out());
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.findValuesAsText("copies")).containsOnly("1");

        CliRun.run("--library", lib, "copies", "1", "--merge", "2");
        assertThat(new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).size()).isEqualTo(1);
    }
}

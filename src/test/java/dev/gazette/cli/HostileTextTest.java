package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's other ways in (issue 22): a title built to drive the terminal, a file name
 * with a newline, search terms starting with a dash, binary bytes under a text name, a file with
 * no article text.
 */
class HostileTextTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.inLibrary(dir.resolve("library"), args);
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f);
    }

    @Test
    void titlesAndFileNamesCannotDriveTheTerminalAndJsonStaysExact() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String body = "<p>" + "Harbour pilots in the port described the new rules to the council. ".repeat(8) + "</p>";
        Files.writeString(in.resolve("a.html"), "<html><head><title>Clear&#27;[2J screen&#27;]0;owned&#7; now</title>"
                + "</head><body><article><h1>Clear&#27;[2J screen&#27;]0;owned&#7; now</h1>" + body
                + "</article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("line\nbreak.txt"), "A plain headline\n\n" + "Words of a plain text file. ".repeat(20));
        CliRun imported = run("import", in.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(hasControl(imported.out().replace("\n", ""))).as(imported.out()).isFalse();
        assertThat(imported.out().lines().filter(l -> !l.isBlank())).hasSize(2);
        assertThat(imported.out()).contains("line\\nbreak.txt", "\\e[2J");

        CliRun list = run("list");
        assertThat(hasControl(list.out())).as(list.out()).isFalse();
        assertThat(list.out()).contains("Clear\\e[2J screen\\e]0;owned\\x07 now");
        JsonNode json = new ObjectMapper().readTree(run("list", "--json").out());
        long id = -1;
        for (JsonNode n : json) {
            if (n.get("title").asText().startsWith("Clear")) {
                assertThat(n.get("title").asText()).isEqualTo("Clear\u001b[2J screen\u001b]0;owned\u0007 now");
                id = n.get("id").asLong();
            }
        }
        CliRun show = run("show", String.valueOf(id));
        assertThat(hasControl(show.out())).as(show.out()).isFalse();
        assertThat(show.out()).doesNotContain("null");
    }

    @Test
    void searchTermsStartingWithADashAreTerms() {
        Path in = TestFilesAccess.samples();
        assertThat(run("import", in.toString()).status()).isZero();
        long all = run("list").out().lines().count();
        CliRun notes = run("list", "-has:note");
        assertThat(notes.status()).as(notes.err()).isZero();
        assertThat(notes.out()).doesNotContain("Usage:");
        assertThat(notes.out().lines().count()).isEqualTo(all);
        assertThat(run("tag", "1", "--add", "x").status()).isZero();
        CliRun notX = run("list", "-tag:x");
        assertThat(notX.status()).as(notX.err()).isZero();
        assertThat(notX.err()).doesNotContain("Unknown option");
        assertThat(notX.out().lines().count()).isEqualTo(all - 1);
        assertThat(run("list", "--json", "-tag:x").status()).isZero();
        assertThat(run("list", "--", "-tag:x").out().lines().count()).isEqualTo(all - 1);
        CliRun export = run("export", "-tag:x");
        assertThat(export.status()).as(export.err()).isZero();
        Path md = dir.resolve("not-x.md");
        CliRun dossier = run("dossier", "--query", "-tag:x", "--out", md.toString());
        assertThat(dossier.status()).as(dossier.err()).isZero();
        assertThat(dossier.out()).contains((all - 1) + " articles");
        assertThat(run("list", "--limit", "2", "-has:note").out().lines().count()).isEqualTo(2);
        assertThat(run("list", "--bogus").err()).contains("Unknown option");
    }

    @Test
    void binaryBytesAndFilesWithoutTextAreNotArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("odd"));
        byte[] random = new byte[20_000];
        new Random(22).nextBytes(random);
        for (int i = 0; i < random.length; i += 7) {
            random[i] = 0;
        }
        Files.write(in.resolve("notes.md"), random);
        Files.writeString(in.resolve("script-only.html"), "<html><head><title></title><script>var x = 1;</script>"
                + "</head><body><script>document.write('hi')</script></body></html>");
        CliRun r = run("import", in.toString());
        assertThat(r.out()).contains("notes.md  (binary file").contains("script-only.html  (no article text found");
        assertThat(run("list", "--json").out().replaceAll("\\s", "")).isEqualTo("[]");
    }

    /** The samples folder, as the other command-line tests find it. */
    private static final class TestFilesAccess {
        static Path samples() {
            return dev.gazette.TestFiles.samples();
        }
    }
}

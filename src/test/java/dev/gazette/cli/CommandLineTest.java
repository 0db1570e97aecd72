package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line is a contract other tools and our measurements rely on. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void extractPrintsOneObjectKeyedByNameWithoutExtensions() throws Exception {
        CliRun r = CliRun.run("extract", "--json", TestFiles.samples().toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isObject()).isTrue();
        assertThat(json.has("2021-11-osaka-robot-ferry")).as("abc.html.gz -> abc").isTrue();
        assertThat(json.has("README")).as("folder notes are not articles").isFalse();
        JsonNode osaka = json.get("2021-11-osaka-robot-ferry");
        for (String field : List.of("title", "published", "source", "site", "author", "language", "url",
                "articleBody", "countries", "primaryCountry", "region")) {
            assertThat(osaka.has(field)).as(field).isTrue();
        }
        assertThat(osaka.get("countries").isArray()).isTrue();
        assertThat(osaka.get("published").asText()).startsWith("2021-11-22");
        assertThat(osaka.get("primaryCountry").asText()).isEqualTo("JP");
        assertThat(osaka.get("region").asText()).isEqualTo("Eastern Asia");
    }

    @Test
    void extractReportsAnUnreadableFileAndExitsOne() throws Exception {
        Path good = Files.writeString(tmp.resolve("fine.txt"), "A headline\n\nA paragraph of text that is long enough to count as the body of a fictional article about rain in Lima, Peru.\n");
        CliRun r = CliRun.run("extract", "--json", good.toString(), tmp.resolve("gone.html").toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("gone").get("error").asText()).isNotBlank();
        assertThat(json.has("fine")).isTrue();
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void extractGivesTheSeedsContract() throws Exception {
        assumeTrue(TestFiles.hasSeed(), "../shared/seed is absent: skipped");
        CliRun r = CliRun.run("extract", "--json", TestFiles.seed().toString());
        JsonNode seed = new ObjectMapper().readTree(r.out()).get("000_0cce6a3ea6b21fc1");
        assertThat(seed.get("published").asText()).startsWith("2019-04-06");
        assertThat(seed.get("source").asText()).isEqualTo("CBS News");
        assertThat(seed.get("primaryCountry").asText()).isEqualTo("VE");
        assertThat(seed.get("region").asText()).isEqualTo("South America");
        assertThat(r.status()).isZero();
    }

    @Test
    void importListTagAndShowWorkOnALibrary() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun imported = CliRun.run("--library", lib, "import", TestFiles.samples().toString());
        assertThat(imported.status()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("imported");
        CliRun again = CliRun.run("--library", lib, "import", TestFiles.samples().toString());
        assertThat(again.out()).contains("duplicate").doesNotContain("imported ");

        CliRun list = CliRun.run("--library", lib, "list", "--json");
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows.size()).isGreaterThanOrEqualTo(8);
        long id = rows.get(0).get("id").asLong();

        assertThat(CliRun.run("--library", lib, "tag", String.valueOf(id), "--add", "water").status()).isZero();
        JsonNode tagged = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json", "tag:water").out());
        assertThat(tagged.size()).isEqualTo(1);
        assertThat(tagged.get(0).get("id").asLong()).isEqualTo(id);

        JsonNode shown = new ObjectMapper().readTree(CliRun.run("--library", lib, "show", "--json", String.valueOf(id)).out());
        assertThat(shown.get("tags").toString()).contains("water");
        assertThat(shown.get("articleBody").asText()).isNotBlank();
    }

    @Test
    void importExitsOneWhenAFileFails() {
        CliRun r = CliRun.run("--library", tmp.resolve("lib").toString(), "import", tmp.resolve("nope.html").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("failed");
    }

    @Test
    void correctingARegionWinsOverDetection() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun.run("--library", lib, "import", TestFiles.samples().toString());
        long id = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).get(0).get("id").asLong();
        assertThat(CliRun.run("--library", lib, "correct", String.valueOf(id), "--regions", "Peru").status()).isZero();
        JsonNode shown = new ObjectMapper().readTree(CliRun.run("--library", lib, "show", "--json", String.valueOf(id)).out());
        assertThat(shown.get("countries").get(0).get("code").asText()).isEqualTo("PE");
        JsonNode peru = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json", "region:peru").out());
        assertThat(peru.size()).isEqualTo(1);
    }

    @Test
    void everyCommandAnswersDashDashHelpAndHelpCommand() {
        for (String name : GazetteCommand.commandNames()) {
            if (name.equals("help")) {
                continue;
            }
            for (String[] args : List.of(new String[]{name, "--help"}, new String[]{name, "-h"}, new String[]{"help", name})) {
                CliRun r = CliRun.run(args);
                assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isZero();
                assertThat(r.out()).as(String.join(" ", args)).contains("Usage: gazette " + name);
            }
        }
        CliRun nested = CliRun.run("highlight", "add", "--help");
        assertThat(nested.status()).isZero();
        assertThat(nested.out()).contains("Usage: gazette highlight add");
    }

    @Test
    void everySummaryIsASentenceAndNoDescriptionLineIsWrapped() {
        List<picocli.CommandLine> all = new ArrayList<>();
        collect(GazetteCommand.commandLine(), all);
        for (picocli.CommandLine c : all) {
            String[] description = c.getCommandSpec().usageMessage().description();
            if (description.length == 0 || c.getCommandSpec().userObject() instanceof picocli.CommandLine.HelpCommand) {
                continue;
            }
            String name = c.getCommandSpec().qualifiedName();
            assertThat(description[0]).as(name + " summary").endsWith(".");
            List<String> lines = c.getUsageMessage().lines().map(String::stripTrailing).toList();
            for (String line : description) {
                assertThat(lines).as(name + ": a description line printed whole, not wrapped").contains(line.stripTrailing());
            }
        }
    }

    private static void collect(picocli.CommandLine c, List<picocli.CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, into));
    }

    @Test
    void countsAreInPlainEnglish() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun.run("--library", lib, "import", TestFiles.samples().resolve("2019-04-nairobi-water-rationing.html").toString());
        CliRun list = CliRun.run("--library", lib, "list");
        assertThat(list.err()).contains("1 article").doesNotContain("1 of 1").doesNotContain("articles");
        long id = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).get(0).get("id").asLong();
        CliRun tag = CliRun.run("--library", lib, "tag", String.valueOf(id), "--add", "water");
        assertThat(tag.out()).contains("tagged 1 article").doesNotContain("(s)");
    }

    @Test
    void aBadDateIsAUsageErrorInPlainWords() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun.run("--library", lib, "import", TestFiles.samples().resolve("2019-04-nairobi-water-rationing.html").toString());
        long id = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).get(0).get("id").asLong();
        CliRun r = CliRun.run("--library", lib, "correct", String.valueOf(id), "--published", "2022-13-45");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("2022-13-45 is not a date").contains("YYYY-MM-DD").doesNotContain("could not be parsed");
    }

    @Test
    void tagsSplitOnCommasLikeRegionsAndNothingToDoIsAnError() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun.run("--library", lib, "import", TestFiles.samples().resolve("2019-04-nairobi-water-rationing.html").toString());
        long id = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).get(0).get("id").asLong();
        assertThat(CliRun.run("--library", lib, "tag", String.valueOf(id), "--add", "venezuela,cli-test").status()).isZero();
        JsonNode shown = new ObjectMapper().readTree(CliRun.run("--library", lib, "show", "--json", String.valueOf(id)).out());
        List<String> tags = new ArrayList<>();
        shown.get("tags").forEach(t -> tags.add(t.asText()));
        assertThat(tags).containsExactlyInAnyOrder("venezuela", "cli-test");

        CliRun nothing = CliRun.run("--library", lib, "tag", String.valueOf(id));
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to do");
        assertThat(nothing.out()).doesNotContain("tagged");
    }

    @Test
    void importNamesEveryFileItPassesOverWithTheReason() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("saved"));
        Files.copy(TestFiles.samples().resolve("2019-04-nairobi-water-rationing.html"), folder.resolve("story.html"));
        Files.writeString(folder.resolve("session.log"), "started\n");
        Files.write(folder.resolve("picture.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        CliRun r = CliRun.run("--library", tmp.resolve("lib").toString(), "import", folder.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 skipped");
        assertThat(r.out().lines().filter(l -> l.startsWith("skipped")).toList())
                .anyMatch(l -> l.contains("session.log") && l.contains("(.log)"))
                .anyMatch(l -> l.contains("picture.png") && l.contains("(.png)"))
                .hasSize(2);
    }

    @Test
    void exportThenRestoreIntoAnEmptyLibraryKeepsTagsAndOriginals() throws Exception {
        String lib = tmp.resolve("lib").toString();
        CliRun.run("--library", lib, "import", TestFiles.samples().toString());
        long id = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out()).get(0).get("id").asLong();
        CliRun.run("--library", lib, "tag", String.valueOf(id), "--add", "keep me");
        Path zip = tmp.resolve("all.zip");
        assertThat(CliRun.run("--library", lib, "export", "--originals", "--out", zip.toString()).status()).isZero();

        String other = tmp.resolve("other").toString();
        CliRun restored = CliRun.run("--library", other, "restore", zip.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
        JsonNode before = new ObjectMapper().readTree(CliRun.run("--library", lib, "list", "--json").out());
        JsonNode after = new ObjectMapper().readTree(CliRun.run("--library", other, "list", "--json").out());
        assertThat(after.size()).isEqualTo(before.size());
        JsonNode tagged = new ObjectMapper().readTree(CliRun.run("--library", other, "list", "--json", "tag:\"keep me\"").out());
        assertThat(tagged.size()).isEqualTo(1);
        CliRun md = CliRun.run("--library", lib, "export", "--markdown", String.valueOf(id));
        assertThat(md.out()).startsWith("---");
    }
}

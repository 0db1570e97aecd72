package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.TestFiles;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user tripped over on the command line (issue 26): one tag grammar with the window,
 * messages that give their reason, and the README's examples returning something on the samples.
 */
class FirstHourCommandsTest {

    @TempDir
    Path tmp;
    private String lib;

    private CliRun run(String... args) {
        return CliRun.inLibrary(Path.of(lib), args);
    }

    @BeforeEach
    void importSamples() {
        lib = tmp.resolve("lib").toString();
        assertThat(run("import", TestFiles.samples().toString()).status()).isZero();
    }

    private long firstId() throws Exception {
        return new ObjectMapper().readTree(run("list", "--json").out()).get(0).get("id").asLong();
    }

    private JsonNode tags(long id) throws Exception {
        return new ObjectMapper().readTree(run("show", "--json", String.valueOf(id)).out()).get("tags");
    }

    @Test
    void commasSeparateTagsAndATagIsRemovedByTheNameListShows() throws Exception {
        long id = firstId();
        assertThat(run("tag", String.valueOf(id), "--add", "water, drought").status()).isZero();
        assertThat(tags(id).toString()).contains("\"water\"").contains("\"drought\"").doesNotContain("water, drought");
        assertThat(run("tag", String.valueOf(id), "--remove", "water, drought").status()).isZero();
        assertThat(tags(id).toString()).doesNotContain("\"water\"").doesNotContain("drought");

        // a tag saved with a comma in its name (an older window did that) goes by that name
        try (LibraryService service = LibraryService.open(Path.of(lib))) {
            service.tag(List.of(id), List.of("rivers"), List.of());
            service.renameTag("rivers", "rivers, lakes");
        }
        assertThat(tags(id).toString()).contains("rivers, lakes");
        assertThat(run("tag", String.valueOf(id), "--remove", "rivers, lakes").status()).isZero();
        assertThat(tags(id).toString()).doesNotContain("rivers");
    }

    // issue 26: a YAML list item and a wallabag tag object follow the same grammar: commas separate
    @Test
    void commasInImportedTagsSeparateThemSoEachIsRemovedByTheNameListShows() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("clippings"));
        String story = "The fictional river authority of Lowmere declared a dry season on Tuesday, two months"
                + " earlier than in any year its records cover. Reservoirs stand at a third of their usual level,"
                + " and farmers along the lower valley have been asked to water at night. ";
        // another story, so that the two are not filed as copies of one (tags belong to a story)
        String canal = "Holiday boats on the imaginary Grand Canal of Lowmere are moored in rows at Eastlock"
                + " while the lock keepers wait for autumn rain. The boat hire firms have offered refunds, and"
                + " the town's museum has opened its old barge to visitors instead. ";
        Files.writeString(in.resolve("dry-season.md"), "---\ntitle: Lowmere Declares an Early Dry Season\n"
                + "published: 2024-08-02\ntags:\n  - \"#water, #drought\"\n  - energy\n---\n\n" + story.repeat(3));
        Files.writeString(in.resolve("wallabag.json"), "[{\"title\": \"Canal Boats Wait for Rain in Lowmere\","
                + " \"url\": \"https://lowmere.example/canal-boats\", \"created_at\": \"2024-08-03T08:00:00+0000\","
                + " \"content\": \"<p>" + canal.repeat(3) + "</p>\","
                + " \"tags\": [{\"id\": 7, \"label\": \"rivers, lakes\", \"slug\": \"rivers-lakes\"}, \"coast\"]}]");
        CliRun imported = run("import", in.toString());
        assertThat(imported.status()).as(imported.out() + imported.err()).isZero();

        JsonNode dry = new ObjectMapper().readTree(run("list", "--json", "tag:drought").out());
        assertThat(dry).hasSize(1);
        long id = dry.get(0).get("id").asLong();
        assertThat(tags(id)).extracting(JsonNode::asText).containsExactlyInAnyOrder("water", "drought", "energy");
        JsonNode lakes = new ObjectMapper().readTree(run("list", "--json", "tag:lakes").out());
        assertThat(lakes).hasSize(1);
        assertThat(tags(lakes.get(0).get("id").asLong())).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("rivers", "lakes", "coast");

        assertThat(run("tag", String.valueOf(id), "--remove", "drought").status()).isZero();
        assertThat(tags(id)).extracting(JsonNode::asText).containsExactlyInAnyOrder("water", "energy");
    }

    @Test
    void anUnknownCountryIsAUsageErrorLikeABadDate() throws Exception {
        long id = firstId();
        CliRun narnia = run("correct", String.valueOf(id), "--regions", "Narnia");
        CliRun badDate = run("correct", String.valueOf(id), "--published", "2019-13-45");
        assertThat(narnia.status()).isEqualTo(badDate.status()).isEqualTo(2);
        assertThat(narnia.err()).contains("Narnia").contains("is not a country");
    }

    @Test
    void anIdThatIsNotANumberSaysWhatIsWanted() {
        CliRun r = run("show", "abc");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'abc' is not a number").contains("gazette list").doesNotContain("is not a long");
    }

    @Test
    void listOnAnEmptyLibrarySaysHowToFillIt() {
        CliRun r = CliRun.inLibrary(tmp.resolve("new-library"), "list");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("0 articles").contains("The library is empty").contains("gazette import FOLDER");
        assertThat(run("list").err()).doesNotContain("The library is empty");
    }

    @Test
    void aDossierOfNoArticlesIsRefused() {
        Path out = tmp.resolve("empty.epub");
        CliRun r = run("dossier", "--query", "region:AQ year:1901", "--out", out.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("no article matches");
        assertThat(out).doesNotExist();
    }

    @Test
    void highlightListHelpDescribesLimit() {
        CliRun r = run("highlight", "list", "--help");
        assertThat(r.out()).contains("--limit=N").containsPattern("--limit=N\\s+Show at most N highlights");
    }

    @Test
    void theReadmesExamplesReturnSomethingOnTheSamples() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher list = Pattern.compile("gazette(?:\\.jar)? list --json ([^#\\n]+?)\\s+#").matcher(readme);
        assertThat(list.find()).isTrue();
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(list.group(1).strip().split(" ")));
        CliRun r = run(args.toArray(String[]::new));
        assertThat(new ObjectMapper().readTree(r.out()).size()).as(String.join(" ", args)).isPositive();

        // the commands that name an article take one the samples have (the README used 12 of 11)
        Matcher byId = Pattern.compile("(?m)^target/gazette ((?:show|tag|correct) \\d[^#\\n]*?)\\s*(?:#.*)?$").matcher(readme);
        int named = 0;
        while (byId.find()) {
            CliRun c = run(byId.group(1).split(" "));
            assertThat(c.status()).as(byId.group(1) + ": " + c.err()).isZero();
            named++;
        }
        assertThat(named).as("show, tag and correct examples").isEqualTo(3);

        Matcher dossier = Pattern.compile("gazette(?:\\.jar)? dossier --query \"([^\"]+)\"").matcher(readme);
        assertThat(dossier.find()).isTrue();
        Path out = tmp.resolve("readme.epub");
        CliRun d = run("dossier", "--query", dossier.group(1), "--out", out.toString());
        assertThat(d.status()).as(d.err()).isZero();
        assertThat(d.out()).doesNotContain(": 0 articles");
    }

    @Test
    void copiesShowsTheCorrectedDateAsListAndShowDo() throws Exception {
        long id = firstId();
        assertThat(run("correct", String.valueOf(id), "--published", "2001-02-03").status()).isZero();
        CliRun copies = run("copies", String.valueOf(id));
        assertThat(copies.status()).as(copies.err()).isZero();
        assertThat(copies.out()).contains("2001-02-03");
    }

    @Test
    void aCorrectionsPromptUnderTheStoryIsNotPartOfIt() throws Exception {
        for (String sample : List.of("2016-09-sao-paulo-metro-strike.html", "2019-04-nairobi-water-rationing.html",
                "2022-05-aswan-solar-cooperative.mhtml")) {
            CliRun r = CliRun.run("extract", "--json", TestFiles.samples().resolve(sample).toString());
            JsonNode body = new ObjectMapper().readTree(r.out()).elements().next().get("articleBody");
            assertThat(body.asText()).as(sample).isNotBlank().doesNotContain("Spotted an error").doesNotContain("corrections@");
        }
    }
}

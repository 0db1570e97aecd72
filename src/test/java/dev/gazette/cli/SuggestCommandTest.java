package dev.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.TopicStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gazette import --json} ties files to articles; {@code gazette suggest} offers learned tags. */
class SuggestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(JSON.readTree(line)); // one object a line: each line is JSON on its own
        }
        return nodes;
    }

    @Test
    void importJsonPrintsOneObjectAFileWithItsStatusIdAndReason() throws Exception {
        String lib = tmp.resolve("lib").toString();
        List<Path> files = TopicStories.write(tmp.resolve("stories"), 2);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        List<String> args = new ArrayList<>(List.of("--library", lib, "import", "--json"));
        files.forEach(f -> args.add(f.toString()));
        args.add(empty.toString());
        CliRun first = run(args.toArray(String[]::new));
        List<JsonNode> outcomes = lines(first.out());
        assertThat(outcomes).hasSize(files.size() + 1);
        Map<String, JsonNode> byFile = new HashMap<>();
        outcomes.forEach(o -> byFile.put(o.get("file").asText(), o));
        for (Path f : files) {
            JsonNode o = byFile.get(f.toString());
            assertThat(o.get("status").asText()).isEqualTo("imported");
            assertThat(o.get("id").isIntegralNumber()).isTrue();
            assertThat(o.has("reason")).isTrue();
        }
        JsonNode bad = byFile.get(empty.toString());
        assertThat(bad.get("status").asText()).isIn("skipped", "failed");
        assertThat(bad.get("id").isNull()).isTrue();
        assertThat(bad.get("reason").asText()).isNotBlank();
        assertThat(first.status()).isEqualTo(outcomes.stream().anyMatch(o -> o.get("status").asText().equals("failed")) ? 1 : 0);

        // the same file again: a duplicate, tied to the article it already is
        CliRun again = run("--library", lib, "import", "--json", files.get(0).toString());
        JsonNode dup = lines(again.out()).get(0);
        assertThat(dup.get("status").asText()).isEqualTo("duplicate");
        assertThat(dup.get("id").asLong()).isEqualTo(byFile.get(files.get(0).toString()).get("id").asLong());
        assertThat(dup.get("reason").asText()).isNotBlank();
    }

    @Test
    void suggestJsonOffersTheLearnedTagForEveryUntaggedArticleBestFirst() throws Exception {
        String lib = tmp.resolve("lib").toString();
        List<Path> files = TopicStories.write(tmp.resolve("stories"), 7);
        List<String> args = new ArrayList<>(List.of("--library", lib, "import", "--json"));
        files.forEach(f -> args.add(f.toString()));
        Map<String, List<Long>> idsByTopic = new HashMap<>();
        for (JsonNode o : lines(run(args.toArray(String[]::new)).out())) {
            String topic = Path.of(o.get("file").asText()).getFileName().toString().replaceAll("-\\d+\\.txt$", "");
            idsByTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(o.get("id").asLong());
        }
        // before any tag: nothing to offer, and it says why
        CliRun none = run("--library", lib, "suggest");
        assertThat(none.status()).isZero();
        assertThat(none.err()).contains("0 articles").contains("tag a few");

        Map<Long, String> untagged = new HashMap<>();
        for (Map.Entry<String, List<Long>> e : idsByTopic.entrySet()) {
            List<Long> ids = new ArrayList<>(e.getValue());
            ids.sort(null);
            List<String> tag = new ArrayList<>(List.of("--library", lib, "tag"));
            ids.subList(0, 4).forEach(id -> tag.add(id.toString()));
            tag.addAll(List.of("--add", e.getKey()));
            assertThat(run(tag.toArray(String[]::new)).status()).isZero();
            ids.subList(4, ids.size()).forEach(id -> untagged.put(id, e.getKey()));
        }

        CliRun suggest = run("--library", lib, "suggest", "--json");
        assertThat(suggest.status()).isZero();
        JsonNode root = JSON.readTree(suggest.out());
        int right = 0;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            assertThat(untagged).containsKey(Long.parseLong(id)); // only articles without tags
            JsonNode offers = root.get(id);
            assertThat(offers).isNotEmpty();
            double previous = 1;
            for (JsonNode o : offers) {
                assertThat(o.get("score").asDouble()).isBetween(0.0, previous);
                previous = o.get("score").asDouble();
            }
            right += offers.get(0).get("tag").asText().equals(untagged.get(Long.parseLong(id))) ? 1 : 0;
        }
        assertThat(right).isEqualTo(untagged.size());

        // a search narrows it to the articles it matches, tagged or not
        long tagged = idsByTopic.get("chess").stream().sorted().findFirst().orElseThrow();
        JsonNode chess = JSON.readTree(run("--library", lib, "suggest", "--json", "chess").out());
        assertThat(chess.has(Long.toString(tagged))).isFalse(); // it has its one tag: nothing more to offer
        CliRun plain = run("--library", lib, "suggest", "tag:orchard");
        assertThat(plain.status()).isZero();
        // a term that starts with a dash is the search's "not", as in list
        CliRun notChess = run("--library", lib, "suggest", "--json", "-tag:chess");
        assertThat(notChess.status()).as(notChess.err()).isZero();
        assertThat(JSON.readTree(notChess.out()).has(Long.toString(tagged))).isFalse();
    }
}

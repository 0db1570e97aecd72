package dev.gazette.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the scorecard on the shared corpora inside {@code mvn verify} and fails when a figure
 * falls below its floor in {@code src/test/resources/scorecard-floors.json} (keys as in
 * {@code target/scorecard.json}). A key {@code corpus:figure} floors the whole corpus,
 * {@code corpus:figure@validation} its validation part ({@link ValidationSplit}), {@code @dev} its
 * dev part. Only the sections that have a floor are run. Skipped where
 * {@code ../shared/corpus} is absent (a user's fresh clone); CI always has it.
 */
class ScorecardFloorsTest {

    private static final Map<String, String> SECTION_OF_CORPUS = Map.of(
            "extraction-dev", "html", "text-dev", "text", "metadata-dev", "metadata", "dates-dev", "dates",
            "snippets-dev", "snippets", "wire-dev", "wire", "bodies-dev", "bodies");

    @Test
    void everyFigureIsAtLeastItsFloor() throws IOException {
        Path shared = Path.of(System.getProperty("gazette.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")),
                "../shared/corpus is absent (" + shared.toAbsolutePath() + "): scorecard floors not checked");
        Map<String, Double> floors = floors();
        Set<String> sections = new LinkedHashSet<>();
        for (String key : floors.keySet()) {
            String corpus = key.substring(0, key.indexOf(':')).split("/")[0];
            sections.add(SECTION_OF_CORPUS.getOrDefault(corpus, corpus));
        }
        Scorecard.Card card = Scorecard.run(shared, sections, 3);
        Scorecard.write(card, Path.of("target/scorecard-floors-run.json"), 0);
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            int at = floor.getKey().indexOf('@');
            String key = at < 0 ? floor.getKey() : floor.getKey().substring(0, at);
            Scorecard.Part part = at < 0 ? Scorecard.Part.ALL
                    : Scorecard.Part.valueOf(floor.getKey().substring(at + 1).toUpperCase(java.util.Locale.ROOT));
            Scorecard.Figure f = card.figures().get(key);
            if (f == null) {
                // its corpus is not in this checkout of ../shared: nothing to compare
                continue;
            }
            double figure = f.of(part);
            if (figure < floor.getValue()) {
                below.add(String.format("%s %.4f < floor %.3f", floor.getKey(), figure, floor.getValue()));
            }
        }
        assertTrue(below.isEmpty(), "scorecard figures below their floors (see target/scorecard-floors-run.json"
                + " for the worst pages):\n  " + String.join("\n  ", below));
    }

    @Test
    void everyFloorNamesAFigureTheScorecardComputes() throws IOException {
        for (String key : floors().keySet()) {
            int colon = key.indexOf(':');
            assertTrue(colon > 0, "floor key without corpus:figure shape: " + key);
            String corpus = key.substring(0, colon).split("/")[0];
            assertTrue(SECTION_OF_CORPUS.containsKey(corpus), "floor for an unknown corpus: " + key);
            assertTrue(key.matches("[^@]+(@(dev|validation))?"), "a floor's part is @dev or @validation: " + key);
        }
    }

    static Map<String, Double> floors() throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (InputStream in = ScorecardFloorsTest.class.getResourceAsStream("/scorecard-floors.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("_")) {
                    out.put(e.getKey(), e.getValue().asDouble());
                }
            });
        }
        return out;
    }
}

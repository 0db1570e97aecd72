package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads every page of the shared measurement corpus ({@code ${gazette.shared}/corpus}, default
 * {@code ../shared/corpus}); skipped where the corpus is absent. Nothing from it is copied here.
 */
class CorpusLoadTest {

    @Test
    void everyCorpusPageLoads() throws IOException {
        Path corpus = Path.of(System.getProperty("gazette.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        FileCollector.Result collected = new FileCollector().collect(List.of(corpus));
        DocumentLoader loader = new DocumentLoader();
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (Path file : collected.files()) {
            try {
                for (SourceDocument doc : loader.load(file)) {
                    assertThat(doc.content()).isNotBlank();
                    loaded++;
                }
            } catch (IOException e) {
                failures.add(corpus.relativize(file) + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(loaded).isPositive();
    }
}

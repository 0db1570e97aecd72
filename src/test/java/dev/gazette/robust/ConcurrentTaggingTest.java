package dev.gazette.robust;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person tags, stars and annotates articles while a background import is writing: every change
 * they made is there afterwards, and the import completes.
 */
class ConcurrentTaggingTest {

    @TempDir
    Path dir;

    @Test
    void taggingDuringABackgroundImportLosesNoTag() throws Exception {
        Path sources = CrashDrill.writeSources(dir.resolve("to-import"));
        Map<Long, Set<String>> expectedTags = new HashMap<>();
        Map<Long, String> expectedNotes = new HashMap<>();
        Set<Long> starred = new HashSet<>();
        Random random = new Random(7);
        int changes = 0;
        try (LibraryService service = LibraryService.open(dir.resolve("library"))) {
            CompletableFuture<ImportReport> background = CompletableFuture.supplyAsync(() -> service.importPaths(List.of(sources)));
            while (!background.isDone() || changes < 50) {
                List<ArticleSummary> visible = service.list(ArticleQuery.ALL, 0, 1000);
                if (visible.isEmpty()) {
                    Thread.sleep(5);
                    continue;
                }
                long id = visible.get(random.nextInt(visible.size())).id();
                String tag = "mine-" + random.nextInt(8);
                Set<String> tags = expectedTags.computeIfAbsent(id, k -> new HashSet<>());
                if (!tags.isEmpty() && random.nextInt(4) == 0) {
                    String drop = new ArrayList<>(tags).get(0);
                    service.tag(List.of(id), List.of(), List.of(drop));
                    tags.remove(drop);
                } else {
                    service.tag(List.of(id), List.of(tag), List.of());
                    tags.add(tag);
                }
                if (random.nextInt(3) == 0) {
                    String note = "note " + changes;
                    service.setNotes(id, note);
                    expectedNotes.put(id, note);
                }
                if (random.nextInt(5) == 0) {
                    service.setStarred(List.of(id), true);
                    starred.add(id);
                }
                changes++;
            }
            ImportReport report = background.get(5, TimeUnit.MINUTES);
            assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(CrashDrill.ARTICLES);
            for (Map.Entry<Long, Set<String>> e : expectedTags.entrySet()) {
                assertThat(Set.copyOf(service.article(e.getKey()).orElseThrow().state().tags()))
                        .as("tags of article " + e.getKey()).isEqualTo(e.getValue());
            }
            for (Map.Entry<Long, String> e : expectedNotes.entrySet()) {
                assertThat(service.article(e.getKey()).orElseThrow().state().notes()).isEqualTo(e.getValue());
            }
            for (long id : starred) {
                assertThat(service.article(id).orElseThrow().state().starred()).isTrue();
            }
            // the search index follows the tags too
            for (Map.Entry<Long, Set<String>> e : expectedTags.entrySet()) {
                for (String t : e.getValue()) {
                    assertThat(service.list(service.parseSearch(t).query(), 0, 1000).stream().map(ArticleSummary::id))
                            .as("search for " + t).contains(e.getKey());
                }
            }
        }
        System.out.println("changes made during the import: " + changes);
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            assertThat(audit.integrity()).isEqualTo("ok");
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.incompleteArticles()).isEmpty();
        }
    }
}

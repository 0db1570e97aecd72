package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void ofArticlesChosenQuicklyOnlyTheLastIsReadMarkedAndShown() {
        try (LibraryService service = LibraryService.open(dir.resolve("library"))) {
            service.importPaths(List.of(Path.of("samples")));
            List<ArticleSummary> unread = service.list(ArticleQuery.ALL.withRead(false), 0, 3);
            assertThat(unread).hasSize(3);
            QueuedExecutor worker = new QueuedExecutor();
            List<String> shown = new ArrayList<>();
            List<Long> prepared = new ArrayList<>();
            ArticleLoader loader = new ArticleLoader(service, worker, Runnable::run, prepared::add);
            for (ArticleSummary a : unread) {
                loader.load(a.id(), (view, markedNow) -> shown.add(view.title() + " " + markedNow + " " + view.state().read()),
                        e -> shown.add("failed"));
            }
            worker.runAll(); // the article thread was busy while j was pressed three times
            ArticleSummary last = unread.get(2);
            assertThat(shown).containsExactly(last.title() + " true true");
            assertThat(prepared).containsExactly(last.id()); // its ghost chips worked out before it is shown
            // the articles passed over were never shown, so they stay unread
            assertThat(service.article(unread.get(0).id()).orElseThrow().state().read()).isFalse();
            assertThat(service.article(unread.get(1).id()).orElseThrow().state().read()).isFalse();
            // opened again, it was already read
            loader.load(last.id(), (view, markedNow) -> shown.add("again " + markedNow), e -> shown.add("failed"));
            worker.tasks.poll().run();
            assertThat(shown).endsWith("again false");
        }
    }
}

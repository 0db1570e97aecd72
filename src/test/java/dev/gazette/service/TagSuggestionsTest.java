package dev.gazette.service;

import dev.gazette.TopicStories;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.TagSuggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions in a real library: learned from its tagging, following every change to it. */
class TagSuggestionsTest {

    @TempDir
    Path dir;
    private LibraryService service;
    /** Article ids by topic, in story order. */
    private final Map<String, List<Long>> byTopic = new HashMap<>();

    @BeforeEach
    void open() throws Exception {
        service = LibraryService.open(dir.resolve("library"));
        List<Path> files = TopicStories.write(dir.resolve("stories"), 8);
        ImportReport report = service.importPaths(files);
        assertThat(report.count(dev.gazette.model.ImportOutcome.Status.IMPORTED)).isEqualTo(24);
        for (var o : report.outcomes()) {
            String topic = Path.of(o.file()).getFileName().toString().replaceAll("-\\d+\\.txt$", "");
            byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(o.articleId());
        }
        byTopic.values().forEach(l -> l.sort(null));
        for (String topic : byTopic.keySet()) {
            service.tag(byTopic.get(topic).subList(0, 5), List.of(topic), List.of());
        }
    }

    @AfterEach
    void close() {
        service.close();
    }

    private long untagged(String topic) {
        return byTopic.get(topic).get(7);
    }

    private List<String> offered(long id) {
        return service.suggestions().suggest(id, 3).stream().map(TagSuggestion::tag).toList();
    }

    @Test
    void anUntaggedStoryIsOfferedItsTopicFirst() {
        for (String topic : byTopic.keySet()) {
            assertThat(offered(untagged(topic))).first().isEqualTo(topic);
        }
        assertThat(service.suggestions().suggest(untagged("chess"), 3)).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
    }

    @Test
    void everyUntaggedStoryWithSomethingToOfferIsListedAndNoTaggedOne() {
        Map<Long, List<TagSuggestion>> all = service.suggestions().suggestAll(ArticleQuery.ALL, true, 1000, 3);
        assertThat(all).containsKey(untagged("orchard"));
        assertThat(all).doesNotContainKey(byTopic.get("orchard").get(0));
        assertThat(all.get(untagged("orchard")).get(0).tag()).isEqualTo("orchard");
    }

    @Test
    void aTagAddedRenamedOrDeletedChangesTheSuggestionsWithoutReopening() {
        TagSuggestions s = service.suggestions();
        s.awaitLearning();
        service.deleteTag("chess");
        service.tag(byTopic.get("chess").subList(0, 2), List.of("games"), List.of());
        s.awaitLearning();
        assertThat(s.learnedTags()).contains("games").doesNotContain("chess");
        assertThat(offered(untagged("chess"))).first().isEqualTo("games");

        service.renameTag("harbour", "port");
        s.awaitLearning();
        assertThat(offered(untagged("harbour"))).first().isEqualTo("port");

        service.mergeTags(List.of("games"), "chess");
        service.deleteTag("orchard");
        s.awaitLearning();
        assertThat(s.learnedTags()).containsExactlyInAnyOrder("chess", "port");
        assertThat(offered(untagged("chess"))).first().isEqualTo("chess");
        assertThat(offered(untagged("orchard"))).doesNotContain("orchard");
    }

    @Test
    void aTagTheArticleHasIsNotOfferedAndARefusalIsRememberedAcrossOpenings() {
        long id = untagged("harbour");
        service.suggestions().refuse(id, "harbour");
        assertThat(offered(id)).doesNotContain("harbour");
        service.close();
        service = LibraryService.open(dir.resolve("library"));
        assertThat(offered(id)).doesNotContain("harbour");
        assertThat(offered(untagged("orchard"))).contains("orchard"); // only that article's refusal
        long tagged = byTopic.get("orchard").get(0);
        assertThat(offered(tagged)).doesNotContain("orchard");
    }

    @Test
    void theTagsOfAllArticlesAreReadBackAsTheSuggesterLearnsThem() {
        List<dev.gazette.model.ArticleText> texts = new ArrayList<>();
        service.suggestions().forEachArticleText(texts::add);
        assertThat(texts).hasSize(24);
        List<ArticleSummary> rows = service.list(ArticleQuery.ALL, 0, 100);
        long taggedRows = rows.stream().filter(r -> !r.tags().isEmpty()).count();
        assertThat(texts.stream().filter(t -> !t.tags().isEmpty()).count()).isEqualTo(taggedRows).isEqualTo(15);
        assertThat(texts).allSatisfy(t -> assertThat(t.title()).isNotBlank());
    }
}

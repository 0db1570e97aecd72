package dev.gazette.suggest;

import dev.gazette.TopicStories;
import dev.gazette.model.ArticleText;
import dev.gazette.model.TagSuggestion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TagLearnerTest {

    /** Ten stories of each topic; the first tagged of each topic as given, the rest untagged. */
    private static List<ArticleText> library(int taggedPerTopic) {
        List<ArticleText> out = new ArrayList<>();
        long id = 1;
        for (int t = 0; t < TopicStories.TOPICS.size(); t++) {
            for (int n = 0; n < 10; n++) {
                String[] parts = TopicStories.story(t, n).split("\n\n", 2);
                List<String> tags = n < taggedPerTopic ? List.of(TopicStories.TOPICS.get(t)[0]) : List.of();
                out.add(new ArticleText(id++, parts[0], parts[1], "Town Crier", List.of("NZ"), tags));
            }
        }
        return out;
    }

    private static ArticleText untagged(List<ArticleText> lib, int topic) {
        return lib.get(topic * 10 + 9);
    }

    @Test
    void offersEachUntaggedStoryTheTopicItsWordsShareBestFirst() {
        List<ArticleText> lib = library(6);
        TagModel model = TagLearner.of(lib, SuggestSettings.DEFAULT).learn();
        assertThat(model.tags()).containsExactly("chess", "harbour", "orchard");
        for (int t = 0; t < 3; t++) {
            List<TagSuggestion> s = model.suggest(untagged(lib, t), List.of(), 3);
            assertThat(s).isNotEmpty();
            assertThat(s.get(0).tag()).isEqualTo(TopicStories.TOPICS.get(t)[0]);
            assertThat(s.get(0).score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aTagIsOfferedOnceItHasTwoExamplesNotBefore() {
        assertThat(TagLearner.of(library(1), SuggestSettings.DEFAULT).learn().tags()).isEmpty();
        List<ArticleText> lib = library(2);
        TagModel model = TagLearner.of(lib, SuggestSettings.DEFAULT).learn();
        assertThat(model.tags()).hasSize(3);
        assertThat(model.suggest(untagged(lib, 1), List.of(), 3).get(0).tag()).isEqualTo("orchard");
    }

    @Test
    void aTagTheArticleHasOrThePersonRefusedIsNeverOffered() {
        List<ArticleText> lib = library(6);
        TagModel model = TagLearner.of(lib, SuggestSettings.DEFAULT).learn();
        List<TagSuggestion> s = model.suggest(untagged(lib, 0), List.of("HARBOUR"), 3);
        assertThat(s).extracting(TagSuggestion::tag).doesNotContain("harbour");
    }

    @Test
    void aNewTagIsLearnedAloneAndTheOthersAreKept() {
        List<ArticleText> lib = library(6);
        TagLearner learner = TagLearner.of(lib, SuggestSettings.DEFAULT);
        TagModel before = learner.learn();
        // two chess stories also get "games"
        Set<String> changed = new java.util.HashSet<>();
        changed.addAll(learner.put(lib.get(20).withTags(List.of("chess", "games"))));
        changed.addAll(learner.put(lib.get(21).withTags(List.of("chess", "games"))));
        assertThat(changed).containsExactly("games");
        TagModel after = learner.relearn(before, changed);
        assertThat(after.tags()).containsExactly("chess", "games", "harbour", "orchard");
        assertThat(after.suggest(untagged(lib, 2), List.of("chess"), 3)).extracting(TagSuggestion::tag).startsWith("games");
        assertThat(after.marginsAboveThreshold(untagged(lib, 0)).get("harbour"))
                .isEqualTo(before.marginsAboveThreshold(untagged(lib, 0)).get("harbour"));
    }

    @Test
    void retaggingFollowsARenameAndAMerge() {
        List<ArticleText> lib = library(6);
        TagLearner learner = TagLearner.of(lib, SuggestSettings.DEFAULT);
        TagModel model = learner.learn();
        java.util.Map<Long, List<String>> tags = new java.util.HashMap<>();
        for (ArticleText a : lib) {
            if (!a.tags().isEmpty()) {
                // harbour renamed "port"; orchard merged into chess (a person's odd choice, but theirs)
                String t = a.tags().get(0);
                tags.put(a.id(), List.of(t.equals("harbour") ? "port" : t.equals("orchard") ? "chess" : t));
            }
        }
        Set<String> changed = learner.retag(tags);
        assertThat(changed).contains("harbour", "port", "orchard", "chess");
        TagModel after = learner.relearn(model, changed);
        assertThat(after.tags()).containsExactly("chess", "port");
        assertThat(after.suggest(untagged(lib, 0), List.of(), 3).get(0).tag()).isEqualTo("port");
        assertThat(after.examples("chess")).isEqualTo(12);
    }

    @Test
    void theBestThresholdLetsInThePositivesAndStopsBeforeTheNegatives() {
        double[] margins = {2.0, 1.5, 0.4, 0.2, -1.0};
        boolean[] positive = {true, true, false, true, false};
        // F1 is best letting in all four top margins (tp 3, fp 1): halfway to the next
        assertThat(TagLearner.bestThreshold(margins, positive, 3)).isEqualTo(-0.4);
        boolean[] clean = {true, true, false, false, false};
        assertThat(TagLearner.bestThreshold(margins, clean, 2)).isEqualTo((1.5 + 0.4) / 2);
    }

    @Test
    void anEmptyLibraryOffersNothing() {
        TagModel model = TagLearner.of(List.of(), SuggestSettings.DEFAULT).learn();
        assertThat(model.tags()).isEmpty();
        assertThat(model.suggest(new ArticleText(1, "Chess", "rook", "", List.of(), List.of()), List.of(), 3)).isEmpty();
        assertThat(TagModel.EMPTY.suggest(new ArticleText(1, "x", "y", "", List.of(), List.of()), List.of(), 3)).isEmpty();
    }
}

package dev.gazette.similar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near-duplicate detection on the labelled set ({@link LabelledPairs}): the threshold in
 * {@link SimilarityRules#SAME_STORY} must separate copies from different stories with pairing
 * precision ≥ 0.98 and recall ≥ 0.95, through the candidate buckets as at import.
 */
class LabelledPairsTest {

    private static List<LabelledPairs.Pair> pairs;
    private static Map<LabelledPairs.Text, Fingerprint> prints;

    @BeforeAll
    static void build() {
        List<LabelledPairs.Text> texts = LabelledPairs.texts();
        pairs = LabelledPairs.pairs(texts);
        prints = new HashMap<>();
        texts.forEach(t -> prints.put(t, Fingerprint.of(t.body())));
    }

    @Test
    void theSetHasHardNegativesAndEveryKindOfCopy() {
        long positives = pairs.stream().filter(LabelledPairs.Pair::same).count();
        assertThat(positives).isGreaterThan(400);
        assertThat(LabelledPairs.originals()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(pairs).anyMatch(p -> !p.same() && p.a().story().startsWith("port-strike") && p.b().story().startsWith("port-strike"));
        assertThat(LabelledPairs.texts()).extracting(LabelledPairs.Text::variant)
                .contains("chrome-en", "paragraph-added", "paragraph-cut", "new-headline", "truncated", "truncated-chrome-fr");
    }

    @Test
    void pairingPrecisionAndRecallMeetTheTargetsThroughTheBuckets() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledPairs.Pair p : pairs) {
            Fingerprint a = prints.get(p.a());
            Fingerprint b = prints.get(p.b());
            boolean predicted = a.candidateOf(b) && a.sameStory(b) && p.a().aboutness().agreesWith(p.b().aboutness());
            if (predicted && p.same()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        assertThat(precision).as("precision (tp %d, fp %d)", tp, fp).isGreaterThanOrEqualTo(0.98);
        assertThat(recall).as("recall (tp %d, fn %d)", tp, fn).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theThresholdSitsBetweenTheHardNegativesAndTheCopies() {
        double worstNegative = 0;
        double weakestPositive = 1;
        List<Double> positives = new java.util.ArrayList<>();
        for (LabelledPairs.Pair p : pairs) {
            double c = prints.get(p.a()).containment(prints.get(p.b()));
            if (p.same()) {
                positives.add(c);
                weakestPositive = Math.min(weakestPositive, c);
            } else if (p.a().aboutness().agreesWith(p.b().aboutness())) {
                // stories about other places or names are told apart by what they are about, not by words
                worstNegative = Math.max(worstNegative, c);
            }
        }
        positives.sort(null);
        double fifthPercentile = positives.get(positives.size() / 20);
        assertThat(worstNegative).as("the most similar different stories").isLessThan(SimilarityRules.SAME_STORY);
        assertThat(fifthPercentile).as("95 % of copies").isGreaterThanOrEqualTo(SimilarityRules.SAME_STORY);
    }

    @Test
    void oneTemplateTellingTwoStoriesIsNotACopyThoughItsWordsAreShared() {
        List<LabelledPairs.Pair> templated = pairs.stream().filter(p -> !p.same()
                && p.a().story().startsWith("templated-") && p.b().story().startsWith("templated-")).toList();
        assertThat(templated).isNotEmpty();
        // the words alone would group most of them: the template is most of each text
        assertThat(templated.stream().filter(p -> prints.get(p.a()).sameStory(prints.get(p.b())))).isNotEmpty();
        assertThat(templated).allMatch(p -> !p.a().aboutness().agreesWith(p.b().aboutness()));
        // and every copy of one story still agrees with itself
        assertThat(pairs.stream().filter(LabelledPairs.Pair::same))
                .allMatch(p -> p.a().aboutness().agreesWith(p.b().aboutness()));
    }

    @Test
    void aFollowUpRepeatingABackgroundParagraphIsNotACopy() {
        Fingerprint strike = Fingerprint.of(story("port-strike"));
        Fingerprint followUp = Fingerprint.of(story("port-strike-followup"));
        assertThat(strike.sameStory(followUp)).isFalse();
        assertThat(strike.containment(followUp)).isGreaterThan(0.05); // they do share a paragraph
    }

    @Test
    void shortTextsAreNeverGrouped() {
        Fingerprint a = Fingerprint.of("Storm warning for the coast tonight.");
        assertThat(a.groupable()).isFalse();
        assertThat(a.sameStory(a)).isFalse();
    }

    private static String story(String name) {
        return LabelledPairs.originals().stream().filter(s -> s[0].equals(name)).findFirst().orElseThrow()[1];
    }
}

package dev.gazette.suggest;

import dev.gazette.model.ArticleText;
import dev.gazette.model.TagSuggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What was learned from a library's tagging: for each tag with enough examples a linear
 * separator over the {@link FeatureSpace} and the margin threshold above which it is offered.
 * Offers, for an article, the tags whose score (the margin against the tag's threshold, mapped
 * to 0..1, 0.5 at the threshold) reaches 0.5, best first; when none does, the best tag alone
 * when its margin is within {@link SuggestSettings#bestTagFloor()} of its threshold. Immutable
 * and safe across threads.
 */
public final class TagModel {

    /** A model that offers nothing (no tag has examples yet). */
    public static final TagModel EMPTY = new TagModel(null, SuggestSettings.DEFAULT, List.of(), Map.of(), Map.of(), Map.of());

    private final FeatureSpace space;
    private final SuggestSettings settings;
    private final List<String> tags;
    private final Map<String, LinearSvm.Weights> weights;
    private final Map<String, Double> thresholds;
    private final Map<String, Integer> examples;

    TagModel(FeatureSpace space, SuggestSettings settings, List<String> tags, Map<String, LinearSvm.Weights> weights,
             Map<String, Double> thresholds, Map<String, Integer> examples) {
        this.space = space;
        this.settings = settings;
        this.tags = List.copyOf(tags);
        this.weights = Map.copyOf(weights);
        this.thresholds = Map.copyOf(thresholds);
        this.examples = Map.copyOf(examples);
    }

    /** The tags this model can offer (each with enough examples), by name. */
    public List<String> tags() {
        return tags;
    }

    /** How many tagged articles taught this tag (0 for a tag it does not know). */
    public int examples(String tag) {
        return examples.getOrDefault(tag, 0);
    }

    /**
     * The tags to offer for this article, best first, at most max; tags in excluded (any case:
     * the article's own, those the person refused for it) are never offered.
     */
    public List<TagSuggestion> suggest(ArticleText article, Collection<String> excluded, int max) {
        if (tags.isEmpty() || max <= 0) {
            return List.of();
        }
        SparseVector x = space.vector(article);
        Set<String> skip = lowerCase(excluded);
        List<TagSuggestion> offered = new ArrayList<>();
        String best = null;
        double bestAbove = Double.NEGATIVE_INFINITY;
        for (String tag : tags) {
            if (skip.contains(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            double above = weights.get(tag).margin(x) - thresholds.get(tag);
            if (above >= 0) {
                offered.add(new TagSuggestion(tag, score(above)));
            }
            if (above > bestAbove) {
                bestAbove = above;
                best = tag;
            }
        }
        if (offered.isEmpty() && best != null && bestAbove >= settings.bestTagFloor()) {
            offered.add(new TagSuggestion(best, score(bestAbove)));
        }
        offered.sort(Comparator.comparingDouble(TagSuggestion::score).reversed().thenComparing(TagSuggestion::tag));
        return offered.size() > max ? List.copyOf(offered.subList(0, max)) : List.copyOf(offered);
    }

    /** Every known tag's margin above its threshold for this article (benchmarks and tests). */
    public Map<String, Double> marginsAboveThreshold(ArticleText article) {
        SparseVector x = space.vector(article);
        Map<String, Double> out = new HashMap<>();
        for (String tag : tags) {
            out.put(tag, weights.get(tag).margin(x) - thresholds.get(tag));
        }
        return out;
    }

    /** The same model with a tag renamed (its examples are the same articles). */
    public TagModel renamed(String from, String to) {
        if (!weights.containsKey(from) || weights.containsKey(to)) {
            return this;
        }
        List<String> names = new ArrayList<>(tags);
        names.set(names.indexOf(from), to);
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return new TagModel(space, settings, names, rekey(weights, from, to), rekey(thresholds, from, to),
                rekey(examples, from, to));
    }

    /** Bytes held by the weights (a measure for benchmarks). */
    public long weightBytes() {
        return (long) tags.size() * (space == null ? 0 : space.size()) * Float.BYTES;
    }

    FeatureSpace space() {
        return space;
    }

    SuggestSettings settings() {
        return settings;
    }

    LinearSvm.Weights weights(String tag) {
        return weights.get(tag);
    }

    Double threshold(String tag) {
        return thresholds.get(tag);
    }

    private static double score(double above) {
        return Math.round(1000.0 / (1 + Math.exp(-SuggestRules.SCORE_SLOPE * above))) / 1000.0;
    }

    private static Set<String> lowerCase(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String n : names) {
            if (n != null) {
                out.add(n.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static <V> Map<String, V> rekey(Map<String, V> m, String from, String to) {
        Map<String, V> out = new HashMap<>(m);
        out.put(to, out.remove(from));
        return out;
    }
}

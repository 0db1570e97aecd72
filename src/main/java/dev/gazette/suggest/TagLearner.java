package dev.gazette.suggest;

import dev.gazette.model.ArticleText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Learns a {@link TagModel} from a library, and learns again as its tagging changes.
 *
 * <p>The feature space (words, their rarity) is learned once from every article given, tagged
 * or not; each article is kept only as its vector, so memory grows with the library's words,
 * not its text. The tagged articles are the examples: for each tag, those carrying it are
 * positive and every other tagged article negative (an untagged article says nothing).
 *
 * <p>{@link #learn()} learns every tag, calibrating each tag's threshold first on the newest
 * {@link SuggestRules#CALIBRATION_SHARE} of the tagged articles with a model of the rest;
 * {@link #relearn} learns only the tags whose examples changed, keeping the rest, which is what
 * makes a tag added, removed, renamed or merged show in the suggestions at once.
 *
 * <p>Not safe across threads: one thread at a time (the service's learning thread) uses it;
 * the models it returns are immutable.
 */
public final class TagLearner {

    /** How much of a body the suggester reads: a store need not hand over more. */
    public static final int BODY_CHARS = SuggestRules.BODY_CHARS;

    private final SuggestSettings settings;
    private final FeatureSpace space;
    private final Map<Long, SparseVector> vectors = new HashMap<>();
    /** Each article's tags, by lower-case name to the name as spelled; only tagged articles. */
    private final TreeMap<Long, Map<String, String>> tagged = new TreeMap<>();

    private TagLearner(SuggestSettings settings, FeatureSpace space) {
        this.settings = settings;
        this.space = space;
    }

    /** A learner over this library (every article, tagged or not). */
    public static TagLearner of(Collection<ArticleText> library, SuggestSettings settings) {
        return of(library::forEach, settings);
    }

    /**
     * A learner over the library that source hands over, article by article; source is called
     * twice (the words' rarity first, then each article's vector), so the articles need never
     * be in memory all at once.
     */
    public static TagLearner of(Consumer<Consumer<ArticleText>> source, SuggestSettings settings) {
        TagLearner learner = new TagLearner(settings, FeatureSpace.learn(source, settings));
        source.accept(learner::put);
        return learner;
    }

    /** How many articles it knows. */
    public int size() {
        return vectors.size();
    }

    /** Whether it holds this article's words. */
    public boolean knows(long id) {
        return vectors.containsKey(id);
    }

    /**
     * Takes this article (new, or with other tags) and returns the names (lower case) of the tags
     * whose examples changed: its old and new tags when it was or becomes tagged.
     */
    public Set<String> put(ArticleText a) {
        vectors.put(a.id(), space.vector(a));
        return setTags(a.id(), a.tags());
    }

    /**
     * Gives every article its tags (articles missing from the map have none) and returns the
     * names (lower case) of the tags whose examples changed. Articles this learner does not
     * know are passed over: {@link #put} them first (see {@link #unknown}).
     */
    public Set<String> retag(Map<Long, List<String>> tags) {
        Set<String> changed = new HashSet<>();
        for (Long id : new ArrayList<>(tagged.keySet())) {
            if (!tags.containsKey(id)) {
                changed.addAll(setTags(id, List.of()));
            }
        }
        for (Map.Entry<Long, List<String>> e : tags.entrySet()) {
            if (vectors.containsKey(e.getKey())) {
                changed.addAll(setTags(e.getKey(), e.getValue()));
            }
        }
        return changed;
    }

    /** The ids among these it does not know yet. */
    public Set<Long> unknown(Collection<Long> ids) {
        Set<Long> out = new HashSet<>();
        for (Long id : ids) {
            if (!vectors.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Forgets an article (deleted). Returns the tags whose examples changed. */
    public Set<String> remove(long id) {
        Set<String> changed = setTags(id, List.of());
        vectors.remove(id);
        return changed;
    }

    private Set<String> setTags(long id, List<String> tags) {
        Map<String, String> now = new HashMap<>();
        for (String t : tags) {
            if (t != null && !t.isBlank()) {
                now.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
        Map<String, String> before = now.isEmpty() ? tagged.remove(id) : tagged.put(id, now);
        Set<String> changed = new HashSet<>();
        Map<String, String> old = before == null ? Map.of() : before;
        boolean becameTagged = old.isEmpty() != now.isEmpty();
        for (String t : now.keySet()) {
            if (!old.containsKey(t) || !old.get(t).equals(now.get(t))) {
                changed.add(t);
            }
        }
        for (String t : old.keySet()) {
            if (!now.containsKey(t)) {
                changed.add(t);
            }
        }
        if (becameTagged) {
            changed.add(ALL_NEGATIVES);
        }
        return changed;
    }

    /**
     * In a changed set: an article became tagged or untagged, so every tag gained or lost a
     * negative example. {@link #relearn} leaves the other tags as they are (one example moves a
     * separator little); the next {@link #learn()} takes it in.
     */
    public static final String ALL_NEGATIVES = "\u0000negatives";

    /** Learns every tag from scratch, thresholds calibrated (see the class comment). */
    public TagModel learn() {
        Examples all = examples(new ArrayList<>(tagged.keySet()));
        Map<String, Double> thresholds = new HashMap<>();
        for (String tag : all.names.keySet()) {
            thresholds.put(tag, settings.defaultThreshold());
        }
        if (settings.calibrate() && tagged.size() >= SuggestRules.CALIBRATION_MIN_ARTICLES) {
            thresholds.putAll(calibrate());
        }
        Map<String, LinearSvm.Weights> weights = new ConcurrentHashMap<>();
        all.names.keySet().parallelStream().forEach(t -> weights.put(t, train(all, t)));
        return model(all, weights, thresholds);
    }

    /**
     * Learns again only the changed tags (lower-case names, as {@link #put} and {@link #retag}
     * return them), keeping the rest of previous; a tag new to the model gets the default
     * threshold until the next {@link #learn()}.
     */
    public TagModel relearn(TagModel previous, Set<String> changed) {
        Examples all = examples(new ArrayList<>(tagged.keySet()));
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, LinearSvm.Weights> weights = new ConcurrentHashMap<>();
        Map<String, String> previousByLower = new HashMap<>();
        for (String t : previous.tags()) {
            previousByLower.put(t.toLowerCase(Locale.ROOT), t);
        }
        List<String> toTrain = new ArrayList<>();
        for (String tag : all.names.keySet()) {
            String before = previousByLower.get(tag);
            boolean same = before != null && previous.space() == space && !changed.contains(tag);
            if (same) {
                weights.put(tag, previous.weights(before));
                thresholds.put(tag, previous.threshold(before));
            } else {
                toTrain.add(tag);
                thresholds.put(tag, before != null ? previous.threshold(before) : settings.defaultThreshold());
            }
        }
        toTrain.parallelStream().forEach(t -> weights.put(t, train(all, t)));
        return model(all, weights, thresholds);
    }

    private TagModel model(Examples all, Map<String, LinearSvm.Weights> weights, Map<String, Double> thresholds) {
        List<String> names = new ArrayList<>();
        Map<String, LinearSvm.Weights> w = new HashMap<>();
        Map<String, Double> th = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String tag : all.names.keySet()) {
            String name = all.names.get(tag);
            names.add(name);
            w.put(name, weights.get(tag));
            th.put(name, thresholds.get(tag));
            counts.put(name, all.count(tag));
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return new TagModel(space, settings, names, w, th, counts);
    }

    /** The examples of these tagged articles: vectors and which carry each teachable tag. */
    private Examples examples(List<Long> ids) {
        List<SparseVector> xs = new ArrayList<>(ids.size());
        Map<String, List<Integer>> positives = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            xs.add(vectors.get(ids.get(i)));
            for (Map.Entry<String, String> t : tagged.get(ids.get(i)).entrySet()) {
                positives.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(i);
                names.putIfAbsent(t.getKey(), t.getValue());
            }
        }
        Map<String, String> teachable = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> e : positives.entrySet()) {
            if (e.getValue().size() >= SuggestRules.MIN_EXAMPLES) {
                teachable.put(e.getKey(), names.get(e.getKey()));
            }
        }
        return new Examples(xs, positives, teachable);
    }

    private record Examples(List<SparseVector> xs, Map<String, List<Integer>> positives, Map<String, String> names) {
        int count(String tag) {
            return positives.getOrDefault(tag, List.of()).size();
        }
    }

    private LinearSvm.Weights train(Examples ex, String tag) {
        boolean[] y = new boolean[ex.xs.size()];
        for (int i : ex.positives.getOrDefault(tag, List.of())) {
            y[i] = true;
        }
        double boost = ex.count(tag) < SuggestRules.RARE_EXAMPLES ? SuggestRules.RARE_POSITIVE_BOOST : 1.0;
        return LinearSvm.learn(ex.xs, y, space.size(), settings.cost() * boost, settings.cost());
    }

    /**
     * Each tag's threshold: learned on the older tagged articles, the one that gives the best F1
     * on the newest, pulled to the default by {@link SuggestRules#THRESHOLD_PRIOR} and kept within
     * {@link SuggestRules#THRESHOLD_SPREAD} of it.
     */
    private Map<String, Double> calibrate() {
        List<Long> ids = new ArrayList<>(tagged.keySet());
        int cut = (int) Math.round(ids.size() * (1 - SuggestRules.CALIBRATION_SHARE));
        Examples inner = examples(ids.subList(0, cut));
        List<Long> held = ids.subList(cut, ids.size());
        Map<String, Double> out = new ConcurrentHashMap<>();
        inner.names.keySet().parallelStream().forEach(tag -> {
            LinearSvm.Weights w = train(inner, tag);
            double[] margins = new double[held.size()];
            boolean[] positive = new boolean[held.size()];
            int p = 0;
            for (int i = 0; i < held.size(); i++) {
                margins[i] = w.margin(vectors.get(held.get(i)));
                positive[i] = tagged.get(held.get(i)).containsKey(tag);
                p += positive[i] ? 1 : 0;
            }
            if (p > 0) {
                out.put(tag, shrink(bestThreshold(margins, positive, p), p));
            }
        });
        return out;
    }

    private double shrink(double best, int positives) {
        double d = settings.defaultThreshold();
        double t = (positives * best + SuggestRules.THRESHOLD_PRIOR * d) / (positives + SuggestRules.THRESHOLD_PRIOR);
        return Math.max(d - SuggestRules.THRESHOLD_SPREAD, Math.min(d + SuggestRules.THRESHOLD_SPREAD, t));
    }

    /** The threshold giving the best F1 over these margins: halfway below the last margin let in. */
    static double bestThreshold(double[] margins, boolean[] positive, int positives) {
        Integer[] order = new Integer[margins.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(margins[b], margins[a]));
        int tp = 0;
        int fp = 0;
        double bestF1 = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < order.length; k++) {
            if (positive[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1) {
                bestF1 = f1;
                double next = k + 1 < order.length ? margins[order[k + 1]] : margins[order[k]] - 1;
                best = (margins[order[k]] + next) / 2;
            }
        }
        return best;
    }
}

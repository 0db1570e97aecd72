package dev.gazette.suggest;

import dev.gazette.model.ArticleText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The features an article is described by, learned from a whole library (tagged or not, as
 * no tag is read): its words and word pairs (title words weighted, see {@link SuggestRules}),
 * its source ({@code src:reuters}) and countries ({@code reg:VE}), each weighted by tf-idf
 * (sublinear counts, smoothed inverse document frequency; title words counted
 * {@link SuggestSettings#titleWeight()} times) and the vector scaled to length 1.
 * Immutable and thread-safe once built.
 */
final class FeatureSpace {

    private final Map<String, Integer> index;
    private final float[] idf;
    private final SuggestSettings settings;

    private FeatureSpace(Map<String, Integer> index, float[] idf, SuggestSettings settings) {
        this.index = index;
        this.idf = idf;
        this.settings = settings;
    }

    /** Learns the features (and how rare each is) from these articles. */
    static FeatureSpace learn(Collection<ArticleText> articles, SuggestSettings settings) {
        return learn(articles::forEach, settings);
    }

    /** Learns the features from the articles source hands over (once). */
    static FeatureSpace learn(Consumer<Consumer<ArticleText>> source, SuggestSettings settings) {
        Map<String, int[]> df = new HashMap<>();
        int[] articles = new int[1];
        source.accept(a -> {
            articles[0]++;
            for (String f : counts(a, settings).keySet()) {
                df.computeIfAbsent(f, k -> new int[1])[0]++;
            }
        });
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= SuggestRules.MIN_DOCUMENT_FREQUENCY) {
                kept.add(e);
            }
        }
        // the most frequent first, ties by name: the same library gives the same space
        kept.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Integer.compare(y.getValue()[0], x.getValue()[0])
                : x.getKey().compareTo(y.getKey()));
        int size = Math.min(kept.size(), SuggestRules.MAX_FEATURES);
        Map<String, Integer> index = new HashMap<>(size * 2);
        float[] idf = new float[size];
        double n = articles[0];
        for (int i = 0; i < size; i++) {
            index.put(kept.get(i).getKey(), i);
            idf[i] = (float) (Math.log((1 + n) / (1 + kept.get(i).getValue()[0])) + 1);
        }
        return new FeatureSpace(index, idf, settings);
    }

    /** How many features there are. */
    int size() {
        return idf.length;
    }

    /** The article as a unit-length tf-idf vector over this space (features it lacks are left out). */
    SparseVector vector(ArticleText a) {
        Map<String, Double> counts = counts(a, settings);
        int[] idx = new int[counts.size()];
        float[] val = new float[counts.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            Integer f = index.get(e.getKey());
            if (f != null) {
                idx[n] = f;
                double tf = e.getValue();
                val[n] = (float) ((tf >= 1 ? 1 + Math.log(tf) : tf) * idf[f]);
                n++;
            }
        }
        if (n == 0) {
            return SparseVector.EMPTY;
        }
        // sort by index (insertion sort over pairs would be quadratic: sort keys with positions)
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = ((long) idx[k] << 32) | k;
        }
        Arrays.sort(packed);
        int[] outIdx = new int[n];
        float[] outVal = new float[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            outIdx[k] = (int) (packed[k] >>> 32);
            outVal[k] = val[(int) packed[k]];
            norm += outVal[k] * outVal[k];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < n; k++) {
            outVal[k] *= scale;
        }
        return new SparseVector(outIdx, outVal);
    }

    /** Raw feature counts of an article, title words weighted. */
    static Map<String, Double> counts(ArticleText a, SuggestSettings settings) {
        Map<String, Double> c = new HashMap<>();
        boolean pairs = settings.bigrams();
        addWords(c, WordTokens.of(a.title()), settings.titleWeight(), pairs);
        String body = a.body().length() > SuggestRules.BODY_CHARS ? a.body().substring(0, SuggestRules.BODY_CHARS) : a.body();
        addWords(c, WordTokens.of(body), 1.0, pairs);
        if (!a.source().isBlank()) {
            c.merge("src:" + a.source().strip().toLowerCase(Locale.ROOT), 1.0, Double::sum);
        }
        for (String r : a.regions()) {
            c.merge("reg:" + r.toUpperCase(Locale.ROOT), 1.0, Double::sum);
        }
        return c;
    }

    private static void addWords(Map<String, Double> c, List<String> words, double weight, boolean pairs) {
        String previous = null;
        for (String w : words) {
            c.merge(w, weight, Double::sum);
            if (pairs && previous != null) {
                c.merge(previous + ' ' + w, weight, Double::sum);
            }
            previous = w;
        }
    }
}

package dev.gazette.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-extraction score of {@code shared/README.md}: Unicode {@code \w+} tokens, multisets of
 * 4-token shingles, per-page precision and recall averaged over pages, F1 from the two means.
 * Accumulates pages; not thread-safe.
 */
public final class ExtractionMetric {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** One page's counts and ratios. */
    public record PageScore(String id, long tp, long fp, long fn, Double precision, Double recall) {
        public double f1() {
            double p = precision == null ? 0 : precision;
            double r = recall == null ? 0 : recall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<PageScore> pages = new ArrayList<>();

    public PageScore add(String id, String predicted, String truth) {
        Map<String, Integer> p = shingles(predicted);
        Map<String, Integer> t = shingles(truth);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int other = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), other);
            fp += Math.max(0, e.getValue() - other);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int other = p.getOrDefault(e.getKey(), 0);
            fn += Math.max(0, e.getValue() - other);
        }
        Double precision;
        Double recall;
        if (fp == 0 && fn == 0) {
            precision = 1.0;
            recall = 1.0;
        } else {
            precision = tp + fp > 0 ? (double) tp / (tp + fp) : null;
            recall = tp + fn > 0 ? (double) tp / (tp + fn) : null;
        }
        PageScore s = new PageScore(id, tp, fp, fn, precision, recall);
        pages.add(s);
        return s;
    }

    public double precision() {
        return pages.stream().filter(s -> s.precision() != null).mapToDouble(PageScore::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().filter(s -> s.recall() != null).mapToDouble(PageScore::recall).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A metric over only the pages whose id {@code keep} accepts (a part of the corpus). */
    public ExtractionMetric only(Predicate<String> keep) {
        ExtractionMetric out = new ExtractionMetric();
        pages.stream().filter(s -> keep.test(s.id())).forEach(out.pages::add);
        return out;
    }

    public List<PageScore> pages() {
        return List.copyOf(pages);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(String.join("\u0001", tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(String.join("\u0001", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}

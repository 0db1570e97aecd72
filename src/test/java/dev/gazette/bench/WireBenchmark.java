package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.PreparedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wire copy saved as text ({@code corpus/wire-dev}), run in one process through the same
 * {@link ExtractionPipeline} as {@code gazette extract --json}, scored the way
 * {@code ../shared/tools/score_wire.py} scores it: headline exact (case and whitespace folded),
 * share of stories with a body, country-set precision/recall/F1 (micro), primary country among
 * the editors' countries. Also the dateline found against the editors' dateline (not a target,
 * a check that the recogniser reads the place the wire wrote).
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.gazette.bench.WireBenchmark \
 *     -Dexec.args="--verbose --predictions target/wire-pred.json"
 * </pre>
 * {@code --verbose} lists each failing story with what was found; {@code --predictions FILE}
 * writes the {@code extract --json} fields the reference scorer reads, to check the two agree.
 */
public final class WireBenchmark {

    private WireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = false;
        String predictions = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--verbose" -> verbose = true;
                case "--predictions" -> predictions = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = Path.of(System.getProperty("gazette.shared", "../shared"), "corpus", "wire-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            System.out.println("corpus not found under " + dir.toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(dir.resolve("truth.json").toFile());
        ExtractionPipeline pipeline = new ExtractionPipeline();
        Map<String, JsonNode> sorted = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        ObjectNode out = json.createObjectNode();
        int n = 0;
        int title = 0;
        int body = 0;
        int primary = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int datelineSeen = 0;
        int datelineRight = 0;
        List<String> misses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            String id = e.getKey();
            JsonNode t = e.getValue();
            Path file = dir.resolve("txt").resolve(id + ".txt");
            ExtractedArticle a;
            RegionAssessment r;
            try {
                List<PreparedArticle> prepared = pipeline.prepare(file);
                a = prepared.isEmpty() ? null : prepared.get(0).article();
                r = prepared.isEmpty() ? RegionAssessment.NONE : prepared.get(0).regions();
            } catch (java.io.IOException ex) {
                a = null;
                r = RegionAssessment.NONE;
            }
            n++;
            Set<String> gold = new HashSet<>();
            t.path("countries").forEach(c -> gold.add(c.asText()));
            Set<String> got = new HashSet<>(r.codes());
            for (String c : got) {
                if (gold.contains(c)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String c : gold) {
                if (!got.contains(c)) {
                    fn++;
                }
            }
            String predTitle = a == null ? null : a.title();
            boolean okTitle = fold(predTitle).equals(fold(t.path("title").asText(null)));
            boolean okBody = a != null && a.bodyText() != null && !a.bodyText().isBlank();
            boolean okPrimary = r.primaryCountry() != null && gold.contains(r.primaryCountry());
            title += okTitle ? 1 : 0;
            body += okBody ? 1 : 0;
            primary += okPrimary ? 1 : 0;
            String dateline = a == null ? null : a.dateline();
            String wantDateline = t.path("dateline").asText("");
            if (!wantDateline.isBlank()) {
                datelineSeen += dateline != null ? 1 : 0;
                datelineRight += dateline != null && fold(wantDateline).startsWith(fold(dateline)) ? 1 : 0;
            }
            if (!okTitle || !okBody || !okPrimary) {
                misses.add(String.format(Locale.ROOT, "%-11s %s%s%s | %s | dateline %s | want %s got %s",
                        id, okTitle ? "" : "title ", okBody ? "" : "body ",
                        okPrimary ? "" : "primary ", predTitle == null ? "-" : abbreviate(predTitle, 60),
                        dateline, gold, r.codes()));
            }
            ObjectNode p = out.putObject(id);
            p.put("title", predTitle);
            p.put("articleBody", a == null ? null : a.bodyText());
            p.put("dateline", dateline);
            p.putArray("countries").addAll(r.codes().stream().map(json.getNodeFactory()::textNode).toList());
            p.put("primaryCountry", r.primaryCountry());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (verbose) {
            misses.forEach(System.out::println);
        }
        double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        System.out.printf(Locale.ROOT,
                "wire: n=%d headline=%.3f bodies=%.3f countries P=%.3f R=%.3f F1=%.3f primary=%.3f%n",
                n, title / (double) n, body / (double) n, prec, rec, f1, primary / (double) n);
        System.out.printf(Locale.ROOT, "datelines found %d, reading the editors' place %d (%.1f s)%n",
                datelineSeen, datelineRight, seconds);
        if (predictions != null) {
            json.writerWithDefaultPrettyPrinter().writeValue(Path.of(predictions).toFile(), out);
            System.out.println("predictions written to " + predictions);
        }
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    /** As the reference scorer: curly apostrophe to straight, whitespace runs to one space, trimmed, lower case. */
    static String fold(String s) {
        return (s == null ? "" : s).replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

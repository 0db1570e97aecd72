package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.enrich.RegionResolver;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures {@link RegionResolver} on the labelled development set in
 * {@code src/test/resources/regions/} (labels of corpus pages, plus the project's own short
 * articles) and prints country-set precision, recall and F1 (micro-averaged over all country
 * labels), primary-country accuracy and milliseconds per article.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.RegionBenchmark \
 *     -Dgazette.shared=../shared -Dexec.args="--verbose"
 * </pre>
 * Corpus sets are skipped (with a note) where {@code gazette.shared} is absent.
 */
public final class RegionBenchmark {

    private record Labelled(String set, String id, ExtractedArticle article, String primary, Set<String> all) {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("--verbose");
        Path shared = Path.of(System.getProperty("gazette.shared", "../shared"));
        List<Labelled> cases = load(shared);
        RegionResolver resolver = RegionResolver.standard();

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int primaryRight = 0;
        int withPrimary = 0;
        int withPrimaryRight = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> perSet = new java.util.TreeMap<>();
        for (Labelled c : cases) {
            RegionAssessment r = resolver.resolve(c.article());
            Set<String> got = new LinkedHashSet<>(r.codes());
            int t = 0;
            for (String code : got) {
                if (c.all().contains(code)) {
                    t++;
                }
            }
            tp += t;
            fp += got.size() - t;
            fn += c.all().size() - t;
            boolean primaryOk = Objects.equals(c.primary(), r.primaryCountry());
            if (primaryOk) {
                primaryRight++;
            }
            if (c.primary() != null) {
                withPrimary++;
                if (primaryOk) {
                    withPrimaryRight++;
                }
            }
            int[] s = perSet.computeIfAbsent(c.set(), k -> new int[2]);
            s[0]++;
            if (primaryOk) {
                s[1]++;
            }
            if (!primaryOk || !got.equals(c.all())) {
                misses.add(String.format(Locale.ROOT, "%-10s %-14s want %s %s  got %s %s", c.set(), c.id(),
                        c.primary(), c.all(), r.primaryCountry(), describe(r)));
            }
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double rc = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);

        if (verbose) {
            misses.forEach(System.out::println);
            System.out.println();
        }
        if (List.of(args).contains("--no-timing")) {
            System.out.printf(Locale.ROOT, "F1 %.3f P %.3f R %.3f primary %.3f%n", f1, p, rc, primaryRight / (double) cases.size());
            return;
        }
        // timing: warm up, then several passes over every article
        int chars = 0;
        for (Labelled c : cases) {
            chars += c.article().bodyText() == null ? 0 : c.article().bodyText().length();
        }
        for (int i = 0; i < 20; i++) {
            for (Labelled c : cases) {
                resolver.resolve(c.article());
            }
        }
        // CPU time of this thread, so other work on a shared machine does not count
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int passes = 30;
        double[] perArticle = new double[cases.size()];
        long start = System.nanoTime();
        long cpuStart = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) {
            for (int k = 0; k < cases.size(); k++) {
                long a = mx.getCurrentThreadCpuTime();
                resolver.resolve(cases.get(k).article());
                perArticle[k] += (mx.getCurrentThreadCpuTime() - a) / 1e6 / passes;
            }
        }
        double msPerArticle = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e6 / passes / cases.size();
        double wallPerArticle = (System.nanoTime() - start) / 1e6 / passes / cases.size();
        double[] sorted = perArticle.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p90 = sorted[(int) (sorted.length * 0.9)];

        System.out.printf(Locale.ROOT, "articles            %d (%s)%n", cases.size(),
                perSet.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0]).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "country set         precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d)%n",
                p, rc, f1, tp, fp, fn);
        System.out.printf(Locale.ROOT, "primary accuracy    %.3f  (%d/%d; none counts when both say none)%n",
                primaryRight / (double) cases.size(), primaryRight, cases.size());
        System.out.printf(Locale.ROOT, "primary, labelled   %.3f  (%d/%d articles with a labelled primary)%n",
                withPrimaryRight / (double) Math.max(1, withPrimary), withPrimaryRight, withPrimary);
        for (Map.Entry<String, int[]> e : perSet.entrySet()) {
            System.out.printf(Locale.ROOT, "  primary %-10s %.3f  (%d/%d)%n", e.getKey(),
                    e.getValue()[1] / (double) e.getValue()[0], e.getValue()[1], e.getValue()[0]);
        }
        System.out.printf(Locale.ROOT, "time (CPU)          mean %.3f ms, median %.3f ms, p90 %.3f ms per article (mean body %d chars)%n",
                msPerArticle, median, p90, chars / Math.max(1, cases.size()));
        System.out.printf(Locale.ROOT, "time (wall clock)   mean %.3f ms per article%n", wallPerArticle);
    }

    private static String describe(RegionAssessment r) {
        return r.countries().stream().map(m -> m.code() + String.format(Locale.ROOT, "%.1f", m.score())
                + m.evidence().stream().limit(4).collect(Collectors.joining("/", "[", "]")))
                .collect(Collectors.joining(" "));
    }

    private static List<Labelled> load(Path shared) throws IOException {
        List<Labelled> out = new ArrayList<>();
        Map<String, ExtractedArticle> own = ownArticles();
        JsonNode groundTruth = null;
        Path gt = shared.resolve("corpus/extraction-dev/ground-truth.json");
        ObjectMapper json = new ObjectMapper();
        if (Files.isRegularFile(gt)) {
            groundTruth = json.readTree(gt.toFile());
        } else {
            System.out.println("note: " + gt + " not found, extraction set skipped");
        }
        Path metadata = shared.resolve("corpus/metadata-dev");
        if (!Files.isDirectory(metadata)) {
            System.out.println("note: " + metadata + " not found, metadata set skipped");
        }
        for (String line : resourceLines("/regions/labels.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String set = f[0];
            String id = f[1];
            String primary = f[2].equals("-") ? null : f[2];
            Set<String> all = new LinkedHashSet<>();
            if (primary != null) {
                all.add(primary);
            }
            if (f.length > 3 && !f[3].isBlank()) {
                for (String o : f[3].split(",")) {
                    all.add(o.trim());
                }
            }
            ExtractedArticle article = switch (set) {
                case "extraction" -> groundTruth == null ? null : extraction(groundTruth, id);
                case "metadata" -> Files.isDirectory(metadata) ? metadataPage(json, metadata.resolve(id)) : null;
                default -> throw new IllegalStateException("unknown set " + set);
            };
            if (article != null) {
                out.add(new Labelled(set, id, article, primary, all));
            }
        }
        for (String line : resourceLines("/regions/own-articles.txt")) {
            if (line.startsWith("=== ")) {
                String[] h = line.substring(4).split("\\|", -1);
                String id = h[0].trim();
                String primary = h[1].trim().equals("-") ? null : h[1].trim();
                Set<String> all = new LinkedHashSet<>();
                if (primary != null) {
                    all.add(primary);
                }
                for (String o : h[2].split(",")) {
                    if (!o.isBlank()) {
                        all.add(o.trim());
                    }
                }
                out.add(new Labelled("own", id, own.get(id), primary, all));
            }
        }
        return out;
    }

    private static ExtractedArticle extraction(JsonNode gt, String idPrefix) {
        Iterator<Map.Entry<String, JsonNode>> it = gt.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith(idPrefix)) {
                return article(null, e.getValue().path("articleBody").asText());
            }
        }
        throw new IllegalStateException("no extraction page " + idPrefix);
    }

    private static ExtractedArticle metadataPage(ObjectMapper json, Path dir) throws IOException {
        JsonNode meta = json.readTree(dir.resolve("expected-metadata.json").toFile());
        Document doc = Jsoup.parse(dir.resolve("source.html").toFile(), "UTF-8");
        StringBuilder body = new StringBuilder();
        for (Element p : doc.select("p")) {
            String t = p.text().trim();
            if (!t.isEmpty()) {
                body.append(t).append("\n\n");
            }
        }
        String title = meta.path("title").isTextual() ? meta.path("title").asText() : null;
        return article(title, body.toString().trim());
    }

    private static Map<String, ExtractedArticle> ownArticles() throws IOException {
        Map<String, ExtractedArticle> out = new java.util.HashMap<>();
        String id = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        List<String> lines = resourceLines("/regions/own-articles.txt");
        lines.add("=== end |  |");
        for (String line : lines) {
            if (line.startsWith("#") && id == null) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (id != null) {
                    out.put(id, article(title, body.toString().trim()));
                }
                id = line.substring(4).split("\\|")[0].trim();
                title = null;
                body.setLength(0);
            } else if (id != null && title == null) {
                title = line.trim();
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    private static ExtractedArticle article(String title, String body) {
        return new ExtractedArticle(title, null, null, null, null, null, null, null, null, null, body, null);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = RegionBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().collect(Collectors.toCollection(ArrayList::new));
        }
    }

}

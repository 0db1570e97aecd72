package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.PreparedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Wire-copy benchmark on {@code corpus/wire-dev}, scored exactly as
 * {@code shared/tools/score_wire.py} scores {@code gazette extract --json}: each story goes
 * through the same {@link ExtractionPipeline} the command uses; headline exact (case and
 * whitespace folded), share of stories with a body, country-set precision/recall/F1 (micro,
 * over all stories), primary country among the editors' countries. Not thread-safe.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.gazette.bench.WireBenchmark -Dexec.args="--worst 20"
 * </pre>
 */
public final class WireBenchmark {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private WireBenchmark() {
    }

    /** A story that lost a point: what went wrong, our headline and the evidence for our countries. */
    record Story(String id, List<String> problems) {
    }

    /** Counts over all stories and the stories that lost points. */
    record Result(int stories, int title, int body, int primary, Tally counts, List<Story> bad) {

        double share(int n) {
            return stories == 0 ? 0 : (double) n / stories;
        }
    }

    public static void main(String[] args) throws Exception {
        int worst = args.length > 1 && args[0].equals("--worst") ? Integer.parseInt(args[1]) : 10;
        Result r = score(Path.of(System.getProperty("gazette.shared", "../shared")));
        if (r == null) {
            System.out.println("wire-dev not found (set -Dgazette.shared)");
            return;
        }
        System.out.printf("wire: n=%d headline=%.3f bodies=%.3f countries P=%.3f R=%.3f F1=%.3f primary=%.3f%n",
                r.stories(), r.share(r.title()), r.share(r.body()), r.counts().precision(), r.counts().recall(), r.counts().f1(),
                r.share(r.primary()));
        r.bad().stream().limit(worst).forEach(s -> System.out.println("  " + s.id() + "  " + String.join("; ", s.problems())));
    }

    /** Scores every story of {@code shared/corpus/wire-dev}, or returns null when it is absent. */
    static Result score(Path shared) throws IOException {
        Path dir = shared.resolve("corpus").resolve("wire-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        ExtractionPipeline pipeline = new ExtractionPipeline();
        List<String> ids = CommandOutput.ids(truth);
        int title = 0;
        int body = 0;
        int primary = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<Story> bad = new ArrayList<>();
        for (String id : ids) {
            JsonNode t = truth.get(id);
            PreparedArticle p = CommandOutput.first(pipeline, dir.resolve("txt").resolve(id + ".txt"));
            ExtractedArticle a = p == null ? null : p.article();
            RegionAssessment r = p == null ? RegionAssessment.NONE : p.regions();
            Set<String> gold = new TreeSet<>();
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
            List<String> problems = new ArrayList<>();
            String headline = a == null ? null : a.title();
            if (fold(headline).equals(fold(t.path("title").asText(null)))) {
                title++;
            } else {
                problems.add("headline \"" + headline + "\" want \"" + t.path("title").asText() + "\"");
            }
            if (a != null && a.bodyText() != null && !a.bodyText().strip().isEmpty()) {
                body++;
            } else {
                problems.add("no body");
            }
            if (r.primaryCountry() != null && gold.contains(r.primaryCountry())) {
                primary++;
            } else {
                problems.add("primary " + r.primaryCountry() + " " + evidence(r) + " want one of " + gold
                        + " (dateline " + t.path("dateline").asText() + ")");
            }
            if (!problems.isEmpty()) {
                bad.add(new Story(id, problems));
            }
        }
        bad.sort(Comparator.comparingInt((Story s) -> s.problems().size()).reversed());
        return new Result(ids.size(), title, body, primary, new Tally(tp, fp, fn), bad);
    }

    /** The words that counted for the first two countries ("from Caracas, Venezuelan"). */
    private static String evidence(RegionAssessment r) {
        List<String> parts = new ArrayList<>();
        for (CountryMention m : r.countries().stream().limit(2).toList()) {
            parts.add(m.code() + " from " + String.join(", ", m.evidence().stream().limit(3).toList()));
        }
        return parts.isEmpty() ? "" : "(" + String.join("; ", parts) + ")";
    }

    /** score_wire.py's fold(): right quote folded, whitespace collapsed, lower case. */
    static String fold(String s) {
        String t = s == null ? "" : s.replace('\u2019', '\'');
        return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

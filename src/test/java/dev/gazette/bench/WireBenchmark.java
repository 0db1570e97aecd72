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
import java.util.function.Predicate;
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

    /** One story: headline right, has a body, primary country right, and its country-set counts. */
    record Outcome(String id, boolean title, boolean body, boolean primary, long tp, long fp, long fn) {
    }

    /** Every story's outcome and the stories that lost points. */
    record Result(List<Outcome> outcomes, List<Story> bad) {

        int stories() {
            return outcomes.size();
        }

        int title() {
            return (int) outcomes.stream().filter(Outcome::title).count();
        }

        int body() {
            return (int) outcomes.stream().filter(Outcome::body).count();
        }

        int primary() {
            return (int) outcomes.stream().filter(Outcome::primary).count();
        }

        /** Country-set counts over all stories. */
        Tally counts() {
            return new Tally(outcomes.stream().mapToLong(Outcome::tp).sum(), outcomes.stream().mapToLong(Outcome::fp).sum(),
                    outcomes.stream().mapToLong(Outcome::fn).sum());
        }

        double share(int n) {
            return stories() == 0 ? 0 : (double) n / stories();
        }

        /** The same figures over the stories {@code keep} accepts (a part of the corpus). */
        Result only(Predicate<String> keep) {
            return new Result(outcomes.stream().filter(o -> keep.test(o.id())).toList(),
                    bad.stream().filter(b -> keep.test(b.id())).toList());
        }
    }

    public static void main(String[] args) throws Exception {
        int worst = args.length > 1 && args[0].equals("--worst") ? Integer.parseInt(args[1]) : 10;
        Result all = score(Path.of(System.getProperty("gazette.shared", "../shared")));
        if (all == null) {
            System.out.println("wire-dev not found (set -Dgazette.shared)");
            return;
        }
        for (String part : List.of("all", "validation", "dev")) {
            Result r = part.equals("all") ? all : all.only(part.equals("dev") ? ValidationSplit.DEV : ValidationSplit.VALIDATION);
            System.out.printf("%-10s wire: n=%d headline=%.3f bodies=%.3f countries P=%.3f R=%.3f F1=%.3f primary=%.3f%n",
                r.stories(), r.share(r.title()), r.share(r.body()), r.counts().precision(), r.counts().recall(), r.counts().f1(),
                r.share(r.primary()));
        }
        // the dev part only: validation stories are never read one by one
        all.only(ValidationSplit.DEV).bad().stream().limit(worst).forEach(s -> System.out.println("  " + s.id() + "  " + String.join("; ", s.problems())));
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
        List<Outcome> outcomes = new ArrayList<>();
        List<Story> bad = new ArrayList<>();
        for (String id : ids) {
            JsonNode t = truth.get(id);
            PreparedArticle p = CommandOutput.first(pipeline, dir.resolve("txt").resolve(id + ".txt"));
            ExtractedArticle a = p == null ? null : p.article();
            RegionAssessment r = p == null ? RegionAssessment.NONE : p.regions();
            Set<String> gold = new TreeSet<>();
            t.path("countries").forEach(c -> gold.add(c.asText()));
            Set<String> got = new HashSet<>(r.codes());
            long tp = 0;
            long fp = 0;
            long fn = 0;
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
            boolean title = fold(headline).equals(fold(t.path("title").asText(null)));
            if (!title) {
                problems.add("headline \"" + headline + "\" want \"" + t.path("title").asText() + "\"");
            }
            boolean body = a != null && a.bodyText() != null && !a.bodyText().strip().isEmpty();
            if (!body) {
                problems.add("no body");
            }
            boolean primary = r.primaryCountry() != null && gold.contains(r.primaryCountry());
            if (!primary) {
                problems.add("primary " + r.primaryCountry() + " " + evidence(r) + " want one of " + gold
                        + " (dateline " + t.path("dateline").asText() + ")");
            }
            outcomes.add(new Outcome(id, title, body, primary, tp, fp, fn));
            if (!problems.isEmpty()) {
                bad.add(new Story(id, problems));
            }
        }
        bad.sort(Comparator.comparingInt((Story s) -> s.problems().size()).reversed());
        return new Result(outcomes, bad);
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

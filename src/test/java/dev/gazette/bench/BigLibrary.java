package dev.gazette.bench;

import dev.gazette.enrich.Geography;
import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;
import dev.gazette.store.Library;
import dev.gazette.store.NewArticle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a large made-up library with the store's bulk API, for measuring the window's cold
 * start and scrolling. Prints how long it took. Every article is invented from word lists.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.BigLibrary \
 *     -Dexec.args="target/big-library 100000"
 * </pre>
 */
public final class BigLibrary {

    private static final String[] SUBJECTS = {"Port authority", "City council", "Farmers' cooperative", "Transit union",
            "Water board", "Ministry of energy", "University researchers", "Fishing fleet", "Start-up", "Central bank",
            "Teachers", "Hospital staff", "Wine growers", "Railway operator", "Ferry company"};
    private static final String[] VERBS = {"approves", "delays", "rejects", "expands", "tests", "cuts", "doubles",
            "reopens", "caps", "funds", "pauses", "launches"};
    private static final String[] OBJECTS = {"harbour bridge repairs", "new desalination plant", "bus fares",
            "solar cooperative", "flood-alert system", "night trains", "fishing quotas", "water rationing",
            "tram line", "wind farm", "school meals", "river clean-up", "housing scheme", "cycle lanes"};
    private static final String[] WORDS = ("the a council said on monday that plan would cost million residents "
            + "water river port budget officials week after vote cooperative members energy price local region "
            + "report minister years project trial crews schedule weather drought storm harvest market").split(" ");

    private BigLibrary() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/big-library");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(dir);
        Geography geo = Geography.standard();
        List<String> countries = geo.allCountries();
        Random rnd = new Random(42);
        long t0 = System.nanoTime();
        try (Library library = Library.open(dir, code -> new String[]{geo.subRegion(code), geo.continent(code)})) {
            List<NewArticle> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(article(i, rnd, countries));
                if (batch.size() == 5000) {
                    library.addAll(batch);
                    batch.clear();
                    System.out.printf("%,d articles…%n", i + 1);
                }
            }
            library.addAll(batch);
        }
        System.out.printf("Built %,d articles in %s in %.1f s%n", count, dir, (System.nanoTime() - t0) / 1e9);
    }

    private static NewArticle article(int i, Random rnd, List<String> countries) {
        String country = countries.get((int) Math.floor(Math.pow(rnd.nextDouble(), 2.2) * countries.size()));
        String title = pick(SUBJECTS, rnd) + " " + pick(VERBS, rnd) + " " + pick(OBJECTS, rnd) + " (" + i + ")";
        LocalDate date = LocalDate.of(2005, 1, 1).plusDays(rnd.nextInt(365 * 20 + 300));
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 40; w++) {
                body.append(pick(WORDS, rnd)).append(' ');
            }
            body.append(".\n\n");
        }
        String text = body.toString().strip();
        String html = "<p>" + text.replace("\n\n", "</p><p>") + "</p>";
        String source = "Bench Wire " + (rnd.nextInt(40) + 1);
        ExtractedArticle content = new ExtractedArticle(title, date.toString(), null, "Staff reporter", source, source,
                "en", "https://bench.example/" + i, null, null, text, html);
        RegionAssessment regions = new RegionAssessment(List.of(new CountryMention(country, 1.0, List.of("bench"))),
                country, null, null);
        byte[] original = ("<html><title>" + title + "</title><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8);
        List<String> tags = rnd.nextInt(10) == 0 ? List.of("bench-" + rnd.nextInt(8)) : List.of();
        return new NewArticle(content, regions, SourceFormat.HTML, "bench-" + i, "bench-" + i + ".html", original,
                List.of(), tags, null, rnd.nextInt(3) == 0, rnd.nextInt(50) == 0);
    }

    private static String pick(String[] from, Random rnd) {
        return from[rnd.nextInt(from.length)];
    }
}

package dev.gazette.similar;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labelled set near-duplicate detection is tuned and checked on: the project's own
 * stories (src/test/resources/similar/stories, written for this set, including hard negatives:
 * follow-ups from the same outlet that repeat a background paragraph, and different stories
 * on the same topic told in the same template words) and the sample articles of samples/,
 * each with generated copies as sites really republish them: other page chrome, another
 * language's page chrome, a paragraph added or cut, a new headline, truncation, and mixes.
 * Every two texts of one story are a positive pair; every two texts of different stories a
 * negative. The templated hard negatives (templated-*) are two stories written in one council
 * template, most of their paragraphs word for word the same, about two places: only what they
 * are about ({@link Aboutness}) tells them apart. Deterministic (a fixed seed).
 */
public final class LabelledPairs {

    /**
     * One text of the set: the story it tells, how it was made, its headline and the code of its
     * main country (null when the set does not say).
     */
    public record Text(String story, String variant, String body, String headline, String place) {

        /** What the story is about, as the grouping rule reads it. */
        public Aboutness aboutness() {
            return Aboutness.of(headline, place);
        }
    }

    /** One pair with its label. */
    public record Pair(Text a, Text b, boolean same) {
    }

    private static final List<String> CHROME_EN_A = List.of("Home | World | Business | Sport | Weather",
            "Subscribe to our morning newsletter", "Share this article: Facebook Twitter Email",
            "Advertisement", "Most read: Ten things to do this weekend");
    private static final List<String> CHROME_EN_B = List.of("Skip to content", "Sign in Register",
            "Related stories", "Copyright The Daily Courier. All rights reserved.",
            "We use cookies to improve your experience on our site.");
    private static final List<String> CHROME_DE = List.of("Startseite Politik Wirtschaft Sport",
            "Diesen Artikel teilen", "Newsletter abonnieren und nichts verpassen",
            "Anzeige", "Alle Rechte vorbehalten. Impressum Datenschutz");
    private static final List<String> CHROME_ES = List.of("Portada Internacional Economía Deportes",
            "Compartir en redes sociales", "Suscríbete a nuestro boletín",
            "Publicidad", "Todos los derechos reservados. Aviso legal");
    private static final List<String> CHROME_FR = List.of("Accueil International Économie Sport",
            "Partager cet article", "Inscrivez-vous à notre lettre d'information",
            "Publicité", "Tous droits réservés. Mentions légales");
    private static final List<String> UPDATES = List.of(
            "Update: This story has been updated with comments from officials and new figures released on Wednesday evening.",
            "Editor's note: An earlier version of this article misstated the date of the meeting. It has been corrected.",
            "Additional reporting by our correspondents in the region. The agency contributed to this report.");
    private static final List<String> HEADLINES = List.of("What we know so far", "Explainer: the story behind the headlines",
            "Live: latest news and reaction");

    private LabelledPairs() {
    }

    /** Every text of the set: originals and their generated copies. */
    public static List<Text> texts() {
        List<Text> out = new ArrayList<>();
        Random random = new Random(18);
        for (String[] story : originals()) {
            List<String> paragraphs = paragraphs(story[1]);
            String headline = paragraphs.get(0);
            String place = story[2];
            out.add(new Text(story[0], "original", join(paragraphs), headline, place));
            out.add(new Text(story[0], "chrome-en", join(chrome(paragraphs, CHROME_EN_B)), headline, place));
            out.add(new Text(story[0], "chrome-" + (random.nextBoolean() ? "de" : "es"),
                    join(chrome(paragraphs, random.nextBoolean() ? CHROME_DE : CHROME_ES)), headline, place));
            out.add(new Text(story[0], "paragraph-added", join(chrome(added(paragraphs, random), CHROME_EN_A)),
                    headline, place));
            out.add(new Text(story[0], "paragraph-cut", join(cut(paragraphs, random)), headline, place));
            List<String> renamed = headline(paragraphs, random);
            out.add(new Text(story[0], "new-headline", join(renamed), renamed.get(0), place));
            out.add(new Text(story[0], "truncated", join(truncated(paragraphs, 0.45)), headline, place));
            out.add(new Text(story[0], "truncated-chrome-fr", join(chrome(truncated(paragraphs, 0.6), CHROME_FR)),
                    headline, place));
        }
        return out;
    }

    /** Every pair of texts, labelled. */
    public static List<Pair> pairs(List<Text> texts) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                out.add(new Pair(texts.get(i), texts.get(j), texts.get(i).story().equals(texts.get(j).story())));
            }
        }
        return out;
    }

    /**
     * {name, text, place} of every story: the written ones (a first line {@code place: XX} gives
     * the main country's code), then the samples' article paragraphs (place unknown).
     */
    static List<String[]> originals() {
        List<String[]> out = new ArrayList<>();
        Path stories = resource("similar/stories");
        try (Stream<Path> files = Files.list(stories)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                String place = null;
                if (text.startsWith("place: ")) {
                    place = text.substring(7, text.indexOf('\n')).strip();
                    text = text.substring(text.indexOf('\n') + 1);
                }
                out.add(new String[] {f.getFileName().toString().replace(".txt", ""), text, place});
            }
            Path samples = samplesFolder();
            try (Stream<Path> s = Files.list(samples)) {
                for (Path f : s.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".html")) {
                        String html = Files.readString(f, StandardCharsets.UTF_8);
                        List<String> ps = new ArrayList<>();
                        // the page's paragraphs with its chrome: what a copy of the whole page holds
                        for (Element p : Jsoup.parse(html).select("h1, p")) {
                            if (p.text().split(" ").length >= 6) {
                                ps.add(p.text());
                            }
                        }
                        if (ps.size() >= 4) {
                            out.add(new String[] {name, String.join("\n\n", ps), null});
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path samplesFolder() {
        Path p = Path.of("samples");
        return Files.isDirectory(p) ? p : Path.of("../samples");
    }

    private static Path resource(String name) {
        try {
            return Path.of(LabelledPairs.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty()).collect(Collectors.toList());
    }

    private static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static List<String> chrome(List<String> paragraphs, List<String> chrome) {
        List<String> out = new ArrayList<>(chrome.subList(0, 2));
        out.addAll(paragraphs);
        out.addAll(chrome.subList(2, chrome.size()));
        return out;
    }

    private static List<String> added(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(random.nextInt(out.size() - 1) + 1, UPDATES.get(random.nextInt(UPDATES.size())));
        return out;
    }

    private static List<String> cut(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>(paragraphs);
        if (out.size() > 3) {
            out.remove(1 + random.nextInt(out.size() - 2));
        }
        return out;
    }

    private static List<String> headline(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>(paragraphs);
        out.set(0, HEADLINES.get(random.nextInt(HEADLINES.size())));
        return out;
    }

    /** The first paragraphs holding about share of the words (at least two paragraphs). */
    private static List<String> truncated(List<String> paragraphs, double share) {
        int total = paragraphs.stream().mapToInt(p -> p.split(" ").length).sum();
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String p : paragraphs) {
            if (out.size() >= 2 && words >= total * share) {
                break;
            }
            out.add(p);
            words += p.split(" ").length;
        }
        return out;
    }
}

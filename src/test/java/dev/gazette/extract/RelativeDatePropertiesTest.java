package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.ingest.DocumentLoader;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A relative date ("3 hours ago", "vor 2 Tagen", "hace 5 días") is counted only from a save time
 * the file's container states (here SingleFile's "saved date"), never from the file's time or
 * today: a page whose only dates are relative, read from a plain file with any modification time,
 * gets no publication date; the same page with a stated save time gets the day counted from it.
 * Pages are generated (the relative date in a date-named element, beside the headline or alone
 * under it), written to real files and read through the loader as an import reads them.
 */
class RelativeDatePropertiesTest {

    private static final List<String> CLASSES = List.of("date", "time", "published", "meta", "post-date",
            "timestamp", "article-info", "fecha", "datum");

    /** A relative date and how many days before the save time it points to. */
    record Relative(String text, int daysBack) {
    }

    private static Path dir;
    private final DocumentLoader loader = new DocumentLoader();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("gazette-relative-dates");
    }

    @AfterContainer
    static void close() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 80)
    void aFileTimeNeverAnchorsARelativeDate(@ForAll("pages") String html, @ForAll("instants") Instant modified)
            throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "relative", ".html"), html, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        for (SourceDocument d : loader.load(file)) {
            assertThat(d.statedSaveTime()).as("a file's time is not a stated save time").isNull();
            ExtractedArticle a = extractor.extract(d);
            assertThat(a.published()).as("published of a page whose only date is relative, saved at no known time").isNull();
        }
    }

    @Property(tries = 80)
    void aStatedSaveTimeAnchorsARelativeDate(@ForAll("relatives") Relative relative, @ForAll("classes") String cls,
                                             @ForAll("instants") Instant saved, @ForAll("instants") Instant modified)
            throws IOException {
        String header = "<!--\n Page saved with SingleFile \n url: https://harbour.example/story \n saved date: "
                + DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", Locale.ROOT)
                        .format(ZonedDateTime.ofInstant(saved, ZoneOffset.UTC)) + "\n-->";
        String html = "<!DOCTYPE html><html>" + header + page(relative.text(), cls);
        Path file = Files.writeString(Files.createTempFile(dir, "singlefile", ".html"), html, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        SourceDocument d = loader.load(file).get(0);
        assertThat(d.statedSaveTime()).isEqualTo(saved);
        ExtractedArticle a = extractor.extract(d);
        LocalDate savedDay = LocalDate.ofInstant(saved, ZoneOffset.UTC);
        if (relative.daysBack() < 0) {
            assertThat(a.published()).as("a duration in years or months names no day").isNull();
        } else {
            assertThat(a.published()).as("counted from the stated save time").isNotNull();
            LocalDate got = LocalDate.parse(a.published().substring(0, 10));
            // hours and minutes may cross midnight: the day before the counted one at most
            assertThat(got).isBetween(savedDay.minusDays(relative.daysBack() + 1L), savedDay.minusDays(relative.daysBack()));
        }
    }

    @Provide
    Arbitrary<String> pages() {
        return Combinators.combine(relatives(), classes()).as((r, c) -> "<!DOCTYPE html><html>" + page(r.text(), c));
    }

    private static String page(String relative, String cls) {
        return "<head><meta charset=\"utf-8\"><title>Harbour lantern restored</title></head><body>"
                + "<article><h1>Harbour lantern restored</h1><div class=\"" + cls + "\">" + relative + "</div>"
                + "<p>The old harbour lantern was lit again after the council voted to restore it, and the keeper"
                + " said the light would guide the fishing boats home through the winter storms.</p>"
                + "<p>Volunteers scraped the rusted iron, replaced the cracked glass and painted the tower white,"
                + " while grandparents told the children how the beacon once saved a trawler in the fog.</p>"
                + "</article></body></html>";
    }

    @Provide
    Arbitrary<Relative> relatives() {
        Arbitrary<Integer> n = Arbitraries.integers().between(2, 9);
        return Arbitraries.oneOf(
                n.map(k -> new Relative(k + " days ago", k)),
                n.map(k -> new Relative("vor " + k + " Tagen", k)),
                n.map(k -> new Relative("hace " + k + " días", k)),
                n.map(k -> new Relative("il y a " + k + " jours", k)),
                n.map(k -> new Relative(k + " hours ago", 0)),
                n.map(k -> new Relative(k + "h ago", 0)),
                Arbitraries.of(new Relative("Yesterday", 1), new Relative("gestern", 1), new Relative("Today, 10:32", 0)),
                n.map(k -> new Relative("vor " + (k + 10) + " Jahren, " + k + " Monaten, 2 Tagen", -1)),
                n.map(k -> new Relative(k + " years ago", -1)),
                n.map(k -> new Relative("hace " + k + " meses", -1)));
    }

    @Provide
    Arbitrary<String> classes() {
        return Arbitraries.of(CLASSES);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2005-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2026-06-30T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }
}

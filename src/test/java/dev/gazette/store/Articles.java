package dev.gazette.store;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds NewArticles for tests. */
final class Articles {

    private String title = "A title";
    private String published = "2019-04-06";
    private String source = "Reuters";
    private String site = "Example News";
    private String author = "Ana Writer";
    private String url;
    private String body = "Plain body text about nothing in particular.";
    private final List<CountryMention> countries = new ArrayList<>();
    private String primary;
    private List<String> tags = List.of();
    private byte[] original;

    static Articles article(String title) {
        Articles a = new Articles();
        a.title = title;
        a.body = "Body of " + title + ". Some words follow here.";
        a.original = ("<html><title>" + title + "</title></html>").getBytes(StandardCharsets.UTF_8);
        return a;
    }

    Articles published(String p) {
        published = p;
        return this;
    }

    Articles source(String s) {
        source = s;
        return this;
    }

    Articles site(String s) {
        site = s;
        return this;
    }

    Articles author(String s) {
        author = s;
        return this;
    }

    Articles url(String u) {
        url = u;
        return this;
    }

    Articles body(String b) {
        body = b;
        return this;
    }

    Articles countries(String... codes) {
        for (int i = 0; i < codes.length; i++) {
            countries.add(new CountryMention(codes[i], 10 - i, List.of("evidence " + codes[i])));
        }
        primary = codes.length > 0 ? codes[0] : null;
        return this;
    }

    Articles tags(String... t) {
        tags = List.of(t);
        return this;
    }

    Articles original(byte[] bytes) {
        original = bytes;
        return this;
    }

    NewArticle build() {
        ExtractedArticle x = new ExtractedArticle(title, published, null, author, source, site, "en", url,
                "desc", null, body, "<p>" + body + "</p>");
        RegionAssessment ra = new RegionAssessment(countries, primary, null, null);
        return new NewArticle(x, ra, SourceFormat.HTML, "hash:" + title + ":" + body.hashCode(), title + ".html",
                original, List.of(), tags, "/saved/" + title + ".html", null, null);
    }

    /** A tiny stand-in for Geography: code -> {sub-region, continent}. */
    static String[] names(String code) {
        return switch (code) {
            case "VE", "CO", "BR", "AR" -> new String[] {"South America", "Americas"};
            case "US", "CA" -> new String[] {"Northern America", "Americas"};
            case "FR", "DE" -> new String[] {"Western Europe", "Europe"};
            case "UA", "RU" -> new String[] {"Eastern Europe", "Europe"};
            case "JP", "CN" -> new String[] {"Eastern Asia", "Asia"};
            default -> new String[] {null, null};
        };
    }
}

package dev.gazette.bench;

import dev.gazette.enrich.RegionResolver;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the resolver made of text files (first line = title, rest = body, cut at "Credit:"). */
public final class RegionExplain {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            String text = Files.readString(Path.of(a));
            int nl = text.indexOf('\n');
            String title = text.substring(0, nl).trim();
            String body = text.substring(nl + 1);
            int c = body.indexOf("Credit:");
            if (c >= 0) {
                body = body.substring(0, c);
            }
            RegionAssessment r = RegionResolver.standard().resolve(new ExtractedArticle(title, null, null,
                    null, null, null, null, null, null, null, body.trim(), null));
            System.out.println(a + " -> " + r.primaryCountry() + " " + r.subRegion());
            for (CountryMention m : r.countries()) {
                System.out.println("  " + m.code() + " " + m.score() + " " + m.evidence());
            }
        }
    }
}

package dev.gazette.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds when an HTML page's article was published. It collects candidates, each with where it
 * came from (a machine-readable stamp from JSON-LD, meta tags, microdata or {@code <time>}; the
 * date in the page's URL; a date printed for readers near the headline or in an element named for
 * dates; the first text block that states a date), and decides among them in one place,
 * {@link #decide}, with the rules of {@link ExtractionRules} ("dates"): the publisher's own day
 * wins over the UTC day of a {@code Z} stamp; a page that states no date gets none. Does not
 * change the document. Stateless and thread-safe.
 */
final class PublishedDateFinder {

    /** What kind of evidence a candidate is, most trusted first. */
    enum Kind {
        /** A machine-readable stamp: JSON-LD, meta tags, microdata, {@code <time datetime>}. */
        STAMP,
        /** A date in the page's canonical or OpenGraph URL. */
        URL,
        /** A date printed for readers near the headline or in an element named for dates. */
        PRINTED,
        /** The first short text block of the page that states a full date. */
        TEXT
    }

    /** One candidate date, with where it came from ("json-ld datePublished"). */
    record Candidate(Kind kind, String from, DateParser.ParsedDate date) {
        @Override
        public String toString() {
            return from + ": " + date.iso();
        }
    }

    /** The date decided (ISO text, or null for none), why, and every candidate looked at. */
    record Decision(String iso, String why, List<Candidate> candidates) {
    }

    private final DateParser dates = new DateParser();

    /**
     * The publication date of {@code doc}.
     *
     * @param url        the page's canonical address, or null
     * @param language   the page's ISO 639-1 language, or null
     * @param savedAt    when the page was saved (relative dates and the future check), or null
     */
    Decision find(Document doc, Map<String, String> meta, JsonLdReader.JsonLd ld, String url, boolean monthFirst,
                  String language, Instant savedAt) {
        List<Candidate> all = new ArrayList<>();
        Candidate stamp = stamp(doc, meta, ld, monthFirst, savedAt);
        add(all, stamp);
        Candidate fromUrl = null;
        for (String u : new String[] {url, meta.get("og:url")}) {
            DateParser.ParsedDate d = dates.parseUrl(u, savedAt);
            if (d != null && fromUrl == null) {
                fromUrl = new Candidate(Kind.URL, "date in the page's url", d);
            }
        }
        add(all, fromUrl);
        // the publisher's printing of a UTC stamp is looked for only when it can decide
        Candidate printedStamp = stamp != null && utcStamp(stamp) ? printedStamp(doc, stamp, monthFirst, savedAt) : null;
        add(all, printedStamp);
        Candidate printed = stamp == null && fromUrl == null ? printed(doc, monthFirst, savedAt) : null;
        add(all, printed);
        Candidate text = stamp == null && fromUrl == null && printed == null ? firstDateInText(doc, monthFirst, savedAt) : null;
        add(all, text);
        return decide(stamp, printedStamp, fromUrl, printed, text, language, all);
    }

    private static void add(List<Candidate> all, Candidate c) {
        if (c != null) {
            all.add(c);
        }
    }

    /**
     * The one place the date is decided. A stamp is trusted first, but a stamp given in UTC
     * ({@code Z} or {@code +00:00}) says the UTC day, not the publisher's: when the page prints the
     * same publication for readers ({@code printedStamp}: the text of the {@code <time>} that holds
     * the stamp, or of the element marked {@code itemprop=datePublished}) on another day that the
     * stamp's instant falls on somewhere on Earth, the printed day is the publisher's and wins;
     * without one, a stamp of exactly local midnight east of UTC (a date-only value the site's
     * software turned into UTC) is that midnight's day. Without a stamp: the URL's date, then a
     * printed date, last the first text block that states a date. A date found elsewhere on the
     * page (a teaser's, a clock's) never overrides a stamp: on the corpora it was as often wrong.
     */
    static Decision decide(Candidate stamp, Candidate printedStamp, Candidate fromUrl, Candidate printed, Candidate text,
                           String language, List<Candidate> all) {
        List<Candidate> seen = List.copyOf(all);
        if (stamp != null) {
            if (utcStamp(stamp)) {
                OffsetDateTime t = stamp.date().dateTime();
                if (printedStamp != null && !printedStamp.date().date().equals(t.toLocalDate())
                        && possibleLocalDay(t, printedStamp.date().date())) {
                    return new Decision(printedStamp.date().date().toString(), printedStamp.from()
                            + ", the publisher's day, over the UTC day of " + stamp.from(), seen);
                }
                if (localMidnightEastOfUtc(t, language)) {
                    return new Decision(t.toLocalDate().plusDays(1).toString(), stamp.from()
                            + " read as the publisher's midnight (a late round UTC hour)", seen);
                }
            }
            return new Decision(stamp.date().iso(), stamp.from(), seen);
        }
        if (fromUrl != null) {
            return new Decision(fromUrl.date().iso(), fromUrl.from(), seen);
        }
        if (printed != null) {
            return new Decision(printed.date().date().toString(), printed.from(), seen);
        }
        if (text != null) {
            return new Decision(text.date().date().toString(), text.from(), seen);
        }
        return new Decision(null, "nothing found", seen);
    }

    /** A stamp with a time given at offset zero: its calendar day is UTC's, which need not be the publisher's. */
    static boolean utcStamp(Candidate c) {
        return c.date().dateTime() != null && c.date().dateTime().getOffset().equals(ZoneOffset.UTC);
    }

    /** Whether {@code day} is the local day of the UTC instant {@code t} for some offset a place on Earth uses. */
    static boolean possibleLocalDay(OffsetDateTime t, LocalDate day) {
        LocalDate west = t.minusHours(ExtractionRules.WESTMOST_OFFSET_HOURS).toLocalDate();
        LocalDate east = t.plusHours(ExtractionRules.EASTMOST_OFFSET_HOURS).toLocalDate();
        return !day.isBefore(west) && !day.isAfter(east);
    }

    /**
     * A UTC stamp on a round hour late in the day ({@code 2022-11-06T23:00:00Z}) from a page whose
     * language is not one mostly written west of UTC: a publication date without a time that the
     * site stored as its own midnight and printed in UTC.
     */
    static boolean localMidnightEastOfUtc(OffsetDateTime t, String language) {
        return t.getMinute() == 0 && t.getSecond() == 0 && t.getNano() == 0
                && t.getHour() >= ExtractionRules.LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR
                && language != null && !language.isBlank() && !ExtractionRules.WEST_OF_UTC_LANGUAGES.contains(language);
    }

    // ------------------------------------------------------------------ candidates

    /** The first machine-readable date in the order of trust, or null. */
    private Candidate stamp(Document doc, Map<String, String> meta, JsonLdReader.JsonLd ld, boolean mf, Instant savedAt) {
        if (ld != null && ld.datePublished() != null) {
            DateParser.ParsedDate d = dates.parse(ld.datePublished(), mf, savedAt);
            if (d != null) {
                return new Candidate(Kind.STAMP, "json-ld datePublished", d);
            }
        }
        Candidate c = metaDate(meta, ExtractionRules.META_PUBLISHED_KEYS, mf, savedAt);
        if (c != null) {
            return c;
        }
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], [property=datePublished]")) {
            String v = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
            DateParser.ParsedDate d = dates.parse(v, mf, savedAt);
            if (d != null) {
                return new Candidate(Kind.STAMP, "microdata datePublished", d);
            }
        }
        Elements times = doc.select("time[datetime], time[pubdate]");
        for (Element t : times) {
            String key = t.className() + " " + t.id() + " " + t.attr("itemprop") + " " + (t.parent() == null ? ""
                    : t.parent().className());
            if (t.hasAttr("pubdate") || key.toLowerCase(Locale.ROOT).contains("publish")) {
                DateParser.ParsedDate d = dates.parse(firstNonBlank(t.attr("datetime"), t.text()), mf, savedAt);
                if (d != null) {
                    return new Candidate(Kind.STAMP, "<time> marked published", d);
                }
            }
        }
        // a generic "date" meta names no event: below every stamp that says "published"
        c = metaDate(meta, ExtractionRules.META_GENERIC_DATE_KEYS, mf, savedAt);
        if (c != null) {
            return c;
        }
        for (Element t : times) {
            if (PageParts.insidePageFurniture(t) || ExtractionRules.UPDATE_WORDS.matcher(contextText(t)).find()) {
                continue;
            }
            DateParser.ParsedDate d = dates.parse(firstNonBlank(t.attr("datetime"), t.text()), mf, savedAt);
            if (d != null) {
                return new Candidate(Kind.STAMP, "first <time datetime>", d);
            }
        }
        return null;
    }

    private Candidate metaDate(Map<String, String> meta, String[] keys, boolean mf, Instant savedAt) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null) {
                // software writes these values, not the reader's locale: "11/01/2023 12:43:42" is the
                // US default of common server frameworks whatever the page's language
                boolean machineMonthFirst = mf || ExtractionRules.MACHINE_SLASH_DATE_TIME.matcher(v.trim()).matches();
                DateParser.ParsedDate d = dates.parse(v, machineMonthFirst, savedAt);
                if (d != null) {
                    return new Candidate(Kind.STAMP, "meta " + key, d);
                }
            }
        }
        return null;
    }

    /**
     * The day the page prints for readers for its UTC stamp: the text of a {@code <time>} whose
     * {@code datetime} is the stamp's instant, or of an element marked {@code itemprop=datePublished}
     * (its text, not its {@code content}). Only a date the text states; null when none.
     */
    private Candidate printedStamp(Document doc, Candidate stamp, boolean mf, Instant savedAt) {
        for (Element e : doc.select("time[datetime], [itemprop=datePublished]")) {
            String shown = e.text();
            if (shown.isBlank() || shown.length() > ExtractionRules.MAX_PRINTED_DATE_CHARS) {
                continue;
            }
            if (e.normalName().equals("time") && !e.hasAttr("itemprop")) {
                DateParser.ParsedDate machine = dates.parse(e.attr("datetime"), mf, savedAt);
                if (machine == null || machine.dateTime() == null
                        || !machine.dateTime().toInstant().equals(stamp.date().dateTime().toInstant())) {
                    continue;
                }
            }
            DateParser.ParsedDate d = dates.parseStated(shown, mf, savedAt);
            if (d != null) {
                return new Candidate(Kind.PRINTED, "printed text of the stamp (" + e.normalName() + ")", d);
            }
        }
        return null;
    }

    /** A date printed for readers: in an element named for dates, or near the headline. */
    private Candidate printed(Document doc, boolean mf, Instant savedAt) {
        if (doc.body() == null) {
            return null;
        }
        Candidate named = ElementWalk.first(doc.body(), null, e -> e.hasAttr("class") || e.hasAttr("id")
                ? inDateElement(e, mf, savedAt) : null);
        if (named != null) {
            return named;
        }
        Element h1 = doc.body().selectFirst("h1");
        if (h1 != null) {
            Element scope = h1.parent();
            // each wider scope holds the narrower one, whose elements gave no date: not asked again
            // (on a page of 400,000 links the last two scopes are both the whole page)
            Element asked = null;
            for (int i = 0; i < 3 && scope != null; i++) {
                Candidate near = ElementWalk.first(scope, asked, e -> NEAR_HEADLINE_TAGS.contains(e.normalName())
                        ? nearHeadline(e, mf, savedAt) : null);
                if (near != null) {
                    return near;
                }
                asked = scope;
                scope = scope.parent();
            }
        }
        return null;
    }

    /** The elements near the headline whose own text may be its printed date. */
    private static final Set<String> NEAR_HEADLINE_TAGS = Set.of("span", "p", "div", "small", "li", "time", "a");

    private Candidate inDateElement(Element e, boolean mf, Instant savedAt) {
        String key = e.className() + " " + e.id();
        if (!ExtractionRules.DATE_CLASS.matcher(key).find() || PageParts.insidePageFurniture(e)) {
            return null;
        }
        String text = e.text();
        if (text.isEmpty() || text.length() > 120 || ExtractionRules.UPDATE_WORDS.matcher(text).find() && !text.matches("(?i).*publi.*")) {
            return null;
        }
        DateParser.ParsedDate d = dates.parse(text, mf, savedAt);
        return d == null ? null : new Candidate(Kind.PRINTED, "element named for dates (" + key.trim() + ")", d);
    }

    private Candidate nearHeadline(Element e, boolean mf, Instant savedAt) {
        if (ElementWalk.ownVisibleChars(e, 80) > 80) {
            return null; // too long for the test below: its own text is not built
        }
        String text = e.ownText();
        if (text.length() >= 6 && text.length() <= 80) {
            DateParser.ParsedDate d = dates.parse(text, mf, savedAt);
            if (d != null) {
                return new Candidate(Kind.PRINTED, "date near the h1", d);
            }
        }
        return null;
    }

    /** Last resort: the first short text block of the page that states a full date. */
    private Candidate firstDateInText(Document doc, boolean mf, Instant savedAt) {
        if (doc.body() == null) {
            return null;
        }
        return ElementWalk.first(doc.body(), null, e -> {
            if (ElementWalk.ownVisibleChars(e, 100) > 100) {
                return null; // too long for the test below: its own text is not built
            }
            String text = e.ownText();
            if (text.length() < 8 || text.length() > 100 || PageParts.insidePageFurniture(e)) {
                return null;
            }
            if (ExtractionRules.UPDATE_WORDS.matcher(text).find() || ExtractionRules.TEXT_BOILERPLATE.matcher(text).find()) {
                return null;
            }
            // the weakest evidence: only a date the text states, never "2 hours ago" counted from the saved day
            DateParser.ParsedDate d = dates.parseStated(text, mf, savedAt);
            return d == null ? null : new Candidate(Kind.TEXT, "first dated text block", d);
        });
    }

    private static String contextText(Element t) {
        Element p = t.parent();
        String s = p == null ? t.text() : p.text();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

package dev.gazette.enrich;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.gazette.enrich.RegionRules.*;
import static dev.gazette.enrich.MatchContext.*;

/**
 * Works out which countries a story is about: reads the title, the description and the body of
 * an {@link ExtractedArticle}, finds the gazetteer's place words in them and returns the
 * countries that matter, the primary one first, each with its score and the words that counted.
 * Never changes its input. Stateless after construction: safe to share across threads.
 *
 * <p>The algorithm, step by step:
 * <ol>
 *   <li>Cut each part (title, dateline, lead paragraph, rest of the body) into tokens.</li>
 *   <li>Walk the tokens once against the gazetteer trie, taking the longest term that starts at
 *       each token ("New Mexico" before "Mexico", "Papua New Guinea" before "Guinea") and whose
 *       case fits ("US" but not "us"; "Turkey" but not "turkey").</li>
 *   <li>Drop words that read as a person's name ("Michael Jordan", "Chad Smith"), phrases
 *       that only contain a country word ("South American"), and places inside the name of a
 *       company, a team or a street ("Piedmont Aviation Inc", "SANTA FE SOUTHERN &lt;SFX&gt;",
 *       "Burlington Industries", "Manchester United", "Baker Street"); a town or region read so
 *       once is the organisation everywhere in the article.</li>
 *   <li>Resolve ambiguous words (Georgia, Congo, Victoria) with the rest of the article: the
 *       meaning whose country has the most unambiguous support wins; "City, State" pairs
 *       ("Paris, Texas", "Tbilisi, Georgia") are read together.</li>
 *   <li>Score each mention by where it is (title, dateline, lead, body), what kind of word it is
 *       (country name, city, demonym, metonym) and whether a locative word precedes it ("in",
 *       "to"); add up per country.</li>
 *   <li>The top country is primary when its score reaches {@link RegionRules#MIN_PRIMARY_SCORE}; others are
 *       kept when their share of the primary's score and their mention count show they are
 *       more than a passing mention.</li>
 *   <li>When no country reaches that, a text written in a script or stated language used by
 *       one country counts for that country (Hangul: South Korea).</li>
 * </ol>
 * See {@code docs/regions.md} for the data and the measured figures.
 */
public final class RegionResolver {

    // ---------------------------------------------------------------------------------------

    private enum Place { TITLE, DATELINE, LEAD, BODY }

    /** One gazetteer match before ambiguity is settled. */
    private static final class Match {
        final int from;
        final int to;
        final String evidence;
        final List<Gazetteer.Entry> entries;
        final Place place;
        final boolean locative;
        final Tokens tokens;
        String code;
        TermKind kind;
        /** Read as a person's name here ("Michael Jordan"). */
        boolean person;
        /** Read as part of an organisation's name here ("Piedmont Aviation"). */
        boolean organisation;

        String key() {
            StringBuilder b = new StringBuilder();
            for (int k = from; k <= to; k++) {
                b.append(tokens.key(k)).append(' ');
            }
            return b.toString();
        }

        Match(Tokens tokens, int from, int to, List<Gazetteer.Entry> entries, Place place, boolean locative) {
            this.tokens = tokens;
            this.from = from;
            this.to = to;
            this.evidence = tokens.span(from, to);
            this.entries = entries;
            this.place = place;
            this.locative = locative;
        }

        boolean ambiguous() {
            String c = entries.get(0).code();
            for (Gazetteer.Entry e : entries) {
                if (!e.code().equals(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Gazetteer gazetteer;
    private final Geography geography;

    private RegionResolver(Gazetteer gazetteer, Geography geography) {
        this.gazetteer = gazetteer;
        this.geography = geography;
    }

    /** The resolver over the shipped gazetteer (loaded once, shared). */
    public static RegionResolver standard() {
        return new RegionResolver(Gazetteer.standard(), Geography.standard().loaded());
    }

    /** The countries the article is about; {@link RegionAssessment#NONE} when none stands out. */
    public RegionAssessment resolve(ExtractedArticle article) {
        if (article == null) {
            return RegionAssessment.NONE;
        }
        List<Match> matches = new ArrayList<>();
        if (article.title() != null) {
            scan(article.title(), Place.TITLE, matches);
        }
        if (article.description() != null && !article.description().isBlank()) {
            scan(article.description(), Place.LEAD, matches);
        }
        String body = article.bodyText();
        int words = 0;
        boolean datelineRead = false;
        if (article.dateline() != null && !article.dateline().isBlank()) {
            // extraction took the dateline out of the body and kept it: strong evidence of place
            scan(article.dateline(), Place.DATELINE, matches);
            datelineRead = true;
        }
        if (body != null && !body.isBlank()) {
            int pos = 0;
            Matcher d = DATELINE.matcher(datelineRead ? "" : body);
            if (!d.lookingAt() || d.group(1).length() > 40 || d.group(1).length() < 3) {
                d = DATELINE_TITLE_CASE.matcher(body);
            }
            if (d.lookingAt() && d.group(1).length() <= 40 && d.group(1).length() >= 3) {
                scan(body.substring(0, d.end(1)), Place.DATELINE, matches);
                pos = d.end(1);
            }
            int leadEnd = leadEnd(body, pos);
            words += scan(body.substring(pos, leadEnd), Place.LEAD, matches);
            words += scan(body.substring(leadEnd), Place.BODY, matches);
        }
        settle(matches);
        RegionAssessment found = assess(matches, words);
        return found.primaryCountry() != null ? found : byLanguage(article);
    }

    /** The country of the article's language or script, when that says it (see SCRIPT_SHARE). */
    private RegionAssessment byLanguage(ExtractedArticle article) {
        String code = null;
        String evidence = null;
        String lang = article.language();
        if (lang != null && lang.length() >= 2) {
            String l = lang.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
            code = LANGUAGE_COUNTRIES.get(l);
            evidence = "written in " + new java.util.Locale(l).getDisplayLanguage(java.util.Locale.ENGLISH);
        }
        if (code == null) {
            String text = (article.title() == null ? "" : article.title()) + " "
                    + (article.bodyText() == null ? "" : article.bodyText());
            code = scriptCountry(text);
            evidence = code == null ? null : "written in the script of " + geography.countryName(code);
        }
        if (code == null) {
            return RegionAssessment.NONE;
        }
        return new RegionAssessment(List.of(new CountryMention(code, 1.0, List.of(evidence))), code,
                geography.subRegion(code), geography.continent(code));
    }

    /** The country whose script most letters of the text are written in, or null. */
    static String scriptCountry(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        int cyrillic = 0;
        boolean ukrainian = false;
        boolean belarusian = false;
        boolean serbian = false;
        boolean macedonian = false;
        boolean russian = false;
        for (int i = 0; i < text.length() && letters < SCRIPT_SAMPLE; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                char lc = Character.toLowerCase(c);
                ukrainian |= lc == 'ї' || lc == 'є' || lc == 'ґ' || lc == 'і';
                belarusian |= lc == 'ў';
                serbian |= lc == 'ђ' || lc == 'ћ' || lc == 'џ';
                macedonian |= lc == 'ѓ' || lc == 'ќ' || lc == 'ѕ';
                russian |= lc == 'ы' || lc == 'э';
            } else if (sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                counts.merge(Character.UnicodeScript.HIRAGANA, 1, Integer::sum);
            } else if (SCRIPT_COUNTRIES.containsKey(sc)) {
                counts.merge(sc, 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        if (cyrillic >= SCRIPT_SHARE * letters) {
            if (belarusian) {
                return "BY";
            }
            if (ukrainian) {
                return "UA";
            }
            if (serbian) {
                return "RS";
            }
            if (macedonian) {
                return "MK";
            }
            return russian ? "RU" : "BG";
        }
        // Japanese mixes kana with kanji: a tenth of kana is enough
        if (counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) >= 0.1 * letters) {
            return "JP";
        }
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() >= SCRIPT_SHARE * letters && e.getKey() != Character.UnicodeScript.HIRAGANA) {
                return SCRIPT_COUNTRIES.get(e.getKey());
            }
        }
        return null;
    }

    /** The end of the lead: the first paragraph break after some text, at most LEAD_CHARS on. */
    private static int leadEnd(String body, int from) {
        int limit = Math.min(body.length(), from + LEAD_CHARS);
        int p = body.indexOf("\n\n", from);
        while (p >= 0 && p - from < 80) { // skip a short first line (a dateline or kicker)
            p = body.indexOf("\n\n", p + 2);
        }
        if (p < 0 || p > limit) {
            // cut at a sentence end before the limit if there is one
            if (limit >= body.length()) {
                return body.length();
            }
            int dot = body.lastIndexOf(". ", limit);
            return dot > from ? dot + 1 : limit;
        }
        return p;
    }

    // ---- step 2 and 3: matching ------------------------------------------------------------

    /** Finds the gazetteer terms of one part of the article; returns its number of words. */
    private int scan(String text, Place place, List<Match> out) {
        Tokens t = Tokens.of(text);
        Gazetteer.Node root = gazetteer.root();
        boolean titleCase = titleCase(t);
        int firstOfThisText = out.size();
        int words = 0;
        int i = 0;
        while (i < t.size) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            words++;
            if (t.startsLowerCase(i)) {
                i++;
                continue;
            }
            Gazetteer.Node node = root;
            int bestEnd = -1;
            List<Gazetteer.Entry> best = null;
            for (int j = i; j < t.size; j++) {
                node = node.child(t.key(j));
                if (node == null) {
                    break;
                }
                if (!node.entries().isEmpty()) {
                    List<Gazetteer.Entry> ok = caseFits(t, i, j, node.entries());
                    if (!ok.isEmpty() && !qualifierPosition(t, i, out, firstOfThisText)) {
                        ok = withoutQualifiers(ok);
                    }
                    if (!ok.isEmpty() && !insideUnspacedWord(t, i, j)) {
                        bestEnd = j;
                        best = ok;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (allCommonWords(best) && sentenceStart(t, i) && place != Place.DATELINE && !t.allCaps(i)) {
                best = null; // "Reading the report…", "Mobile phones…"
            }
            if (best != null && best.get(0).kind() != TermKind.BLOCK) {
                boolean person = !titleCase && readsAsPersonName(t, i, bestEnd, best);
                boolean locative = i > 0 && LOCATIVES.contains(t.key(i - 1));
                Match m = new Match(t, i, bestEnd, best, place, locative);
                m.person = person;
                m.organisation = place != Place.DATELINE && organisationWord(best, t, i)
                        && namesOrganisation(t, bestEnd, titleCase);
                if (!insideTicker(t, i, bestEnd)) {
                    out.add(m);
                }
            }
            words += bestEnd - i;
            i = bestEnd + 1;
        }
        return words;
    }




    /** True when token i follows "Town ," — where a qualifier ("Colo.", "TX") may stand. */
    private static boolean qualifierPosition(Tokens t, int i, List<Match> out, int firstOfThisText) {
        if (i < 2 || !t.key(i - 1).equals(",")) {
            return false;
        }
        if (out.size() > firstOfThisText) {
            Match prev = out.get(out.size() - 1);
            if (prev.tokens == t && prev.to == i - 2) {
                return true;
            }
        }
        return t.isWord(i - 2) && t.capitalised(i - 2);
    }

    private static List<Gazetteer.Entry> withoutQualifiers(List<Gazetteer.Entry> entries) {
        List<Gazetteer.Entry> out = new ArrayList<>(entries.size());
        for (Gazetteer.Entry e : entries) {
            if (!e.qualifierOnly()) {
                out.add(e);
            }
        }
        return out;
    }




    /**
     * True when a word that is also a person's name reads as one here: a capitalised word
     * that is not a place follows it ("Chad Smith") or precedes it within the sentence
     * ("Michael Jordan"), or a personal title precedes it ("Mr. Jordan"). Applies only when every
     * meaning of the term is marked as a possible name.
     */
    private boolean readsAsPersonName(Tokens t, int from, int to, List<Gazetteer.Entry> entries) {
        boolean allPersonLike = true;
        boolean allCities = true;
        for (Gazetteer.Entry e : entries) {
            allPersonLike &= e.personName();
            allCities &= e.kind() == TermKind.CITY;
        }
        if (!allPersonLike && !allCities) {
            return false;
        }
        if (t.allCaps(from)) {
            return false;
        }
        int prev = from - 1;
        if (prev >= 1 && t.key(prev).equals(".") && PERSONAL_TITLES.contains(t.key(prev - 1))) {
            return true;
        }
        if (prev >= 0 && t.isWord(prev) && !t.lineStart[from]) {
            if (PERSONAL_TITLES.contains(t.key(prev))) {
                return true;
            }
            if (t.capitalised(prev) && !t.allCaps(prev) && !NOT_A_FIRST_NAME.contains(t.key(prev))
                    && !endsTerm(t, prev)) {
                return true; // "Michael Jordan", "Jon Hamm", "Real Madrid"
            }
        }
        int next = to + 1;
        return allPersonLike && !allCities && next < t.size && t.isWord(next) && t.capitalised(next) && !t.lineStart[next]
                && !PLACE_FOLLOWERS.contains(t.key(next)) && !startsTerm(t, next);
    }




    private boolean startsTerm(Tokens t, int i) {
        Gazetteer.Node n = gazetteer.root().child(t.key(i));
        return n != null && !n.entries().isEmpty();
    }

    private boolean endsTerm(Tokens t, int i) {
        Gazetteer.Node n = gazetteer.root().child(t.key(i));
        return n != null && !n.entries().isEmpty() && !n.entries().get(0).personName();
    }

    // ---- step 4: ambiguity -------------------------------------------------------------------

    private void settle(List<Match> matches) {
        // one sense per article: a word read once as a person's name is that person everywhere
        Set<String> personKeys = new java.util.HashSet<>();
        for (Match m : matches) {
            if (m.person) {
                personKeys.add(m.key());
            }
        }
        if (!personKeys.isEmpty()) {
            matches.removeIf(m -> m.person || (allPersonLike(m.entries) && personKeys.contains(m.key())));
        }
        // one sense per article, again: a town or region named as a company's is that company
        // elsewhere in the article too ("Piedmont Aviation ... Piedmont's shareholders"); a country's
        // name is not (a "Japan Air Lines" story may still be about Japan)
        Set<String> organisationKeys = new java.util.HashSet<>();
        for (Match m : matches) {
            if (m.organisation && allLocal(m.entries)) {
                organisationKeys.add(m.key());
            }
        }
        matches.removeIf(m -> m.organisation
                || m.place != Place.DATELINE && allLocal(m.entries) && organisationKeys.contains(m.key()));
        Map<String, Double> support = new HashMap<>();
        Map<String, Double> localSupport = new HashMap<>();
        for (Match m : matches) {
            if (!m.ambiguous()) {
                Gazetteer.Entry e = m.entries.get(0);
                m.code = e.code();
                m.kind = strongest(m.entries);
                support.merge(m.code, 1.0, Double::sum);
                if (m.kind.local()) {
                    localSupport.merge(m.code, 1.0, Double::sum);
                }
            }
        }
        // a place named like a common word ("Reading", "Mobile") counts only when the article
        // also names its country some other way, or names the place as its dateline (a dateline
        // is a place by construction: "WELLINGTON, April 8 -")
        Map<String, Double> strongSupport = new HashMap<>();
        for (Match m : matches) {
            if (m.code != null && (!allCommonWords(m.entries) || m.place == Place.DATELINE)) {
                strongSupport.merge(m.code, 1.0, Double::sum);
            }
        }
        matches.removeIf(m -> m.code != null && allCommonWords(m.entries) && !strongSupport.containsKey(m.code));
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m.code != null) {
                continue;
            }
            // "City, Qualifier": read the pair together
            Match before = i > 0 ? matches.get(i - 1) : null;
            if (before != null && isCommaPair(before, m)) {
                Gazetteer.Entry shared = sharedEntry(m, before);
                if (shared != null) {
                    choose(m, shared);
                    continue;
                }
                Gazetteer.Entry local = firstLocal(m);
                if (local != null) {
                    choose(m, local);
                    continue;
                }
            }
            Gazetteer.Entry bestEntry = m.entries.get(0);
            double bestScore = -1;
            for (Gazetteer.Entry e : m.entries) {
                double s = (e == m.entries.get(0) ? PRIOR_SUPPORT : 0) + (e.kind().local()
                        ? localSupport.getOrDefault(e.code(), 0.0)
                        : support.getOrDefault(e.code(), 0.0));
                if (s > bestScore) {
                    bestScore = s;
                    bestEntry = e;
                }
            }
            choose(m, bestEntry);
        }
        // a city followed by ", Qualifier" of another country is a namesake there ("Paris, Texas")
        Map<String, String> namesakes = new HashMap<>();
        for (int i = 1; i < matches.size(); i++) {
            Match a = matches.get(i - 1);
            Match b = matches.get(i);
            if (a.code != null && b.code != null && isCommaPair(a, b) && !a.code.equals(b.code) && a.kind.local()
                    && (b.kind == TermKind.DIVISION || b.kind == TermKind.NAME)) {
                Gazetteer.Entry asB = null;
                for (Gazetteer.Entry e : a.entries) {
                    if (e.code().equals(b.code)) {
                        asB = e;
                    }
                }
                if (asB != null) {
                    choose(a, asB); // "Victoria, B.C." is the Canadian Victoria
                    namesakes.put(a.key(), b.code);
                } else {
                    a.code = null; // counts for nothing; the qualifier carries the country
                    namesakes.put(a.key(), b.code);
                }
            }
        }
        // one sense per article: "Paris, Texas" makes a later bare "Paris" the Texan one too
        if (!namesakes.isEmpty()) {
            for (Match m : matches) {
                String code = m.code == null ? null : namesakes.get(m.key());
                if (code != null && m.kind.local()) {
                    Gazetteer.Entry same = null;
                    for (Gazetteer.Entry e : m.entries) {
                        if (e.code().equals(code)) {
                            same = e;
                        }
                    }
                    if (same != null) {
                        choose(m, same);
                    } else {
                        m.code = code; // a namesake the gazetteer does not list: keep its kind
                    }
                }
            }
        }
    }



    private static boolean isCommaPair(Match a, Match b) {
        return a.tokens == b.tokens && b.from == a.to + 2 && a.tokens.key(a.to + 1).equals(",");
    }

    private static Gazetteer.Entry sharedEntry(Match m, Match other) {
        for (Gazetteer.Entry e : m.entries) {
            for (Gazetteer.Entry o : other.entries) {
                if (e.code().equals(o.code())) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Gazetteer.Entry firstLocal(Match m) {
        for (Gazetteer.Entry e : m.entries) {
            if (e.kind().local()) {
                return e;
            }
        }
        return null;
    }

    private static void choose(Match m, Gazetteer.Entry e) {
        m.code = e.code();
        TermKind k = e.kind();
        for (Gazetteer.Entry o : m.entries) {
            if (o.code().equals(e.code()) && weight(o.kind()) > weight(k)) {
                k = o.kind();
            }
        }
        m.kind = k;
    }


    // ---- step 5 and 6: scoring and choosing ------------------------------------------------


    private static double placeWeight(Place place) {
        return switch (place) {
            case TITLE -> P_TITLE;
            case DATELINE -> P_DATELINE;
            case LEAD -> P_LEAD;
            case BODY -> P_BODY;
        };
    }

    private static final class Tally {
        double score;
        double prominentScore;
        double bodyScore;
        int mentions;
        boolean prominent;
        final Set<String> evidence = new LinkedHashSet<>();
        int firstSeen;
    }

    private RegionAssessment assess(List<Match> matches, int words) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int order = 0;
        for (Match m : matches) {
            if (m.code == null || m.code.equals("-")) {
                continue;
            }
            Tally t = tallies.get(m.code);
            if (t == null) {
                t = new Tally();
                t.firstSeen = order++;
                tallies.put(m.code, t);
            }
            double w = weight(m.kind) * placeWeight(m.place) * (m.locative ? LOCATIVE_BOOST : 1.0);
            if (m.place == Place.BODY) {
                t.bodyScore += w;
            } else {
                t.prominentScore += w;
            }
            t.score = t.prominentScore + BODY_SCALE * Math.sqrt(t.bodyScore);
            t.mentions++;
            t.prominent |= m.place != Place.BODY;
            t.evidence.add(m.evidence.replace('\n', ' '));
        }
        if (tallies.isEmpty()) {
            return RegionAssessment.NONE;
        }
        List<Map.Entry<String, Tally>> ranked = new ArrayList<>(tallies.entrySet());
        ranked.sort((a, b) -> {
            int c = Double.compare(b.getValue().score, a.getValue().score);
            return c != 0 ? c : Integer.compare(a.getValue().firstSeen, b.getValue().firstSeen);
        });
        Tally top = ranked.get(0).getValue();
        boolean shortArticle = words < SHORT_ARTICLE_WORDS;
        if (top.score < MIN_PRIMARY_SCORE) {
            return RegionAssessment.NONE;
        }
        List<CountryMention> out = new ArrayList<>();
        for (Map.Entry<String, Tally> e : ranked) {
            Tally t = e.getValue();
            boolean keep = t == top || (shortArticle
                    ? t.score >= MIN_SHARE_SHORT * top.score
                    : t.score >= MIN_SHARE * top.score && (t.mentions >= MIN_MENTIONS || t.prominent));
            if (keep && out.size() < MAX_COUNTRIES) {
                out.add(new CountryMention(e.getKey(), Math.round(t.score * 100) / 100.0, List.copyOf(t.evidence)));
            }
        }
        String primary = out.get(0).code();
        return new RegionAssessment(out, primary, geography.subRegion(primary), geography.continent(primary));
    }
}

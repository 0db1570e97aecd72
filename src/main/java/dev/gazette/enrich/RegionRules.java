package dev.gazette.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every tuning constant of {@link RegionResolver}, in one commented place: the weights of a
 * mention by kind and by place, what makes a country primary or kept, the word lists that tell
 * a place from a person or a company, datelines, and the scripts and languages used by one
 * country. Constants only; safe to share across threads.
 */
final class RegionRules {

    private RegionRules() {
    }


    /** Weight of a mention by kind of word. Demonyms are weaker ("Russian troops" is often
     *  about where the troops went, not Russia); metonyms stand for governments. */
    static final double W_NAME = 1.0;
    static final double W_FOREIGN = 1.0;
    static final double W_DEMONYM = 0.45;
    static final double W_METONYM = 0.8;
    static final double W_CAPITAL = 1.0;
    static final double W_CITY = 1.0;
    static final double W_DIVISION = 0.9;

    /** Weight of a mention by where it is. */
    static final double P_TITLE = 3.0;
    static final double P_DATELINE = 3.0;
    static final double P_LEAD = 1.5;
    static final double P_BODY = 1.0;

    /** Characters of the body that count as its lead when the first paragraph is longer. */
    static final int LEAD_CHARS = 600;

    /** A locative word just before a place ("in Caracas", "to Venezuela") multiplies its weight. */
    static final double LOCATIVE_BOOST = 1.5;
    static final Set<String> LOCATIVES = Set.of("in", "into", "to", "at", "across", "inside",
            "throughout", "within", "near", "outside", "visit", "visited", "visiting", "toured");

    /** Mentions in the rest of the body add up with diminishing returns: they count
     *  BODY_SCALE * sqrt(sum of their weights), so a country named twenty times in passing does
     *  not outweigh the one in the title and the lead. */
    static final double BODY_SCALE = 2.0;

    /** The primary country needs at least this score: a mention in the title or dateline, or
     *  two or more in the lead and body. */
    static final double MIN_PRIMARY_SCORE = 2.6;
    /** Another country is kept when its score reaches this share of the primary's … */
    static final double MIN_SHARE = 0.3;
    /** … and it was mentioned at least this often, or in the title, dateline or lead. */
    static final int MIN_MENTIONS = 2;
    /** In a short article (fewer words than this) one mention is enough for a country to count,
     *  and a smaller share of the primary's score (a wire brief names only what matters). */
    static final int SHORT_ARTICLE_WORDS = 200;
    static final double MIN_SHARE_SHORT = 0.2;
    /** At most this many countries are returned. */
    static final int MAX_COUNTRIES = 8;

    /** Capitalised words that may stand before a place without making it a surname. */
    static final Set<String> NOT_A_FIRST_NAME = Set.of("in", "to", "the", "and", "or", "but", "of",
            "for", "at", "on", "with", "by", "as", "from", "while", "after", "before", "when",
            "where", "across", "near", "outside", "inside", "into", "since", "until", "if", "so",
            "then", "both", "neither", "nor", "why", "how", "what", "that", "this", "like",
            "northern", "southern", "eastern", "western", "central", "north", "south", "east",
            "west", "greater", "downtown", "rural", "urban", "new", "old", "all", "said", "says",
            "against", "between", "over", "under", "about", "around", "including", "via", "unlike",
            "president", "prime", "minister", "king", "queen", "emperor", "sultan", "emir", "premier",
            "today", "yesterday", "tomorrow", "meanwhile", "also", "even", "only", "elsewhere", "here",
            "there", "now", "still", "yet", "once", "because", "although", "though", "during", "through",
            "toward", "towards", "beyond", "metro", "upstate", "coastal", "mainland", "occupied",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "a", "an", "his", "her", "its", "their", "our", "my", "your");
    /** Capitalised words that may follow a place without making it a first name. */
    static final Set<String> PLACE_FOLLOWERS = Set.of("river", "valley", "basin", "sea", "gulf",
            "lake", "bay", "coast", "street", "avenue", "square", "state", "county", "city",
            "province", "region", "district", "capital", "government", "gov", "governor", "sen",
            "senator", "rep", "attorney", "secretary", "university", "college", "airport", "port",
            "harbour", "harbor", "agreement", "accord", "accords", "declaration", "convention",
            "summit", "protocol", "talks", "treaty", "times", "post", "herald", "journal", "news",
            "police", "army", "navy", "state's", "supreme", "court", "republican", "republicans",
            "democrat", "democrats", "democratic", "legislature", "house", "senate", "department",
            "ministry", "national", "central", "metro", "stock", "exchange", "zoo", "museum",
            "station", "bridge", "island", "islands", "peninsula", "mountains", "desert",
            "is", "was", "has", "had", "will", "would", "and");
    /**
     * Legal forms that end a company's name ("Piedmont Aviation Inc", "Hitachi Ltd"): a place
     * a few capitalised words before one is part of the name, not a mention of the place. They
     * are trusted even in a headline in capitals or title case, where every word is capitalised.
     */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "corp", "corporation", "co", "cos", "company", "ltd",
            "limited", "plc", "llc", "llp", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "bhd", "pty",
            "kk", "kgaa", "oyj");
    /**
     * Words that end the name of a company, a team or a street in running text ("Burlington
     * Industries", "Manchester United", "Baker Street"). Only read in a sentence where most
     * words are in small letters: in a headline in capitals "TEXAS OIL OUTPUT" is about Texas.
     */
    static final Set<String> ORGANISATION_WORDS = Set.of("group", "holding", "holdings", "industries",
            "enterprises", "airlines", "airways", "aviation", "bank", "banks", "bancorp", "bancshares",
            "bankshares", "financial", "savings", "securities", "capital", "partners", "investments", "petroleum",
            "oil", "gas", "energy", "resources", "power", "electric", "utilities", "chemical", "chemicals", "steel",
            "mining", "mines", "motors", "systems", "technologies", "technology", "pharmaceuticals", "foods",
            "stores", "railroad", "railway", "railways", "telephone", "communications", "insurance", "realty",
            "properties", "brands", "software", "semiconductor", "manufacturing",
            "fc", "united", "rovers", "wanderers", "athletic",
            "street", "avenue", "road", "boulevard", "lane", "drive");
    /** Capitalised words allowed between the place and the word that ends the name ("Santa Fe Southern Pacific Corp"). */
    static final int ORGANISATION_MAX_INNER_WORDS = 2;

    /** Personal titles: a place word right after one is a person's name ("Mr. Jordan"). */
    static final Set<String> PERSONAL_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir",
            "dame", "lady", "lord", "coach", "saint", "st");

    /** A dateline at the very start of the body: "CARACAS, April 6 (Reuters) -",
     *  "WASHINGTON (AP) —", "KYIV, Ukraine —". Group 1 is the place part. */
    static final Pattern DATELINE = Pattern.compile(
            "^\\s*((?:\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*)(?:[ ](?:\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*))*"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?)\\s*(?:,|:|\\(|[—–-]{1,2}\\s|\\n)");
    /** A press-release dateline in title case: "New York, NY –", "Baar, Switzerland —". */
    static final Pattern DATELINE_TITLE_CASE = Pattern.compile(
            "^\\s*(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2},\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)\\s*(?:[—–-]{1,2}\\s|\\(|\\n|,|:)");
    /** A text whose words are mostly capitalised (a headline in title case) gets no
     *  capitalisation-based person-name checks. */
    static final double TITLE_CASE_SHARE = 0.6;
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "(");
    static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", "•", "|");

    /** The first meaning listed for an ambiguous term gets this much support for free. */
    static final double PRIOR_SUPPORT = 0.5;

    /** When no country stands out, a text written mostly (this share of its letters) in a script
     *  used by one country is taken to be about that country ("written in Hangul": Korea). */
    static final double SCRIPT_SHARE = 0.5;
    /** Letters looked at for that. */
    static final int SCRIPT_SAMPLE = 3000;
    static final Map<Character.UnicodeScript, String> SCRIPT_COUNTRIES = Map.ofEntries(
            Map.entry(Character.UnicodeScript.HANGUL, "KR"), Map.entry(Character.UnicodeScript.THAI, "TH"),
            Map.entry(Character.UnicodeScript.HEBREW, "IL"), Map.entry(Character.UnicodeScript.GREEK, "GR"),
            Map.entry(Character.UnicodeScript.GEORGIAN, "GE"), Map.entry(Character.UnicodeScript.ARMENIAN, "AM"),
            Map.entry(Character.UnicodeScript.KHMER, "KH"), Map.entry(Character.UnicodeScript.LAO, "LA"),
            Map.entry(Character.UnicodeScript.MYANMAR, "MM"), Map.entry(Character.UnicodeScript.SINHALA, "LK"),
            Map.entry(Character.UnicodeScript.ETHIOPIC, "ET"));
    /** Languages (ISO 639-1, as extraction reports them) spoken mainly in one country, used the
     *  same way as scripts. */
    static final Map<String, String> LANGUAGE_COUNTRIES = Map.ofEntries(
            Map.entry("ko", "KR"), Map.entry("ja", "JP"), Map.entry("th", "TH"), Map.entry("he", "IL"),
            Map.entry("el", "GR"), Map.entry("ka", "GE"), Map.entry("hy", "AM"), Map.entry("km", "KH"),
            Map.entry("lo", "LA"), Map.entry("my", "MM"), Map.entry("si", "LK"), Map.entry("am", "ET"),
            Map.entry("ru", "RU"), Map.entry("uk", "UA"), Map.entry("be", "BY"), Map.entry("bg", "BG"),
            Map.entry("mk", "MK"), Map.entry("pl", "PL"), Map.entry("cs", "CZ"), Map.entry("sk", "SK"),
            Map.entry("hu", "HU"), Map.entry("ro", "RO"), Map.entry("tr", "TR"), Map.entry("fi", "FI"),
            Map.entry("et", "EE"), Map.entry("lv", "LV"), Map.entry("lt", "LT"), Map.entry("sl", "SI"),
            Map.entry("hr", "HR"), Map.entry("da", "DK"), Map.entry("sv", "SE"), Map.entry("nb", "NO"),
            Map.entry("nn", "NO"), Map.entry("no", "NO"), Map.entry("is", "IS"), Map.entry("id", "ID"),
            Map.entry("vi", "VN"), Map.entry("fa", "IR"), Map.entry("bn", "BD"), Map.entry("ne", "NP"),
            Map.entry("it", "IT"), Map.entry("nl", "NL"));

    static double weight(TermKind kind) {
        return switch (kind) {
            case NAME -> W_NAME;
            case FOREIGN -> W_FOREIGN;
            case DEMONYM -> W_DEMONYM;
            case METONYM -> W_METONYM;
            case CAPITAL -> W_CAPITAL;
            case CITY -> W_CITY;
            case DIVISION -> W_DIVISION;
            case BLOCK -> 0;
        };
    }
}

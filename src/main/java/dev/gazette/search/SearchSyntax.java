package dev.gazette.search;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.SearchParse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into the search box.
 *
 * <pre>
 *   storm "exact phrase"      words and phrases (full text)
 *   tag:energy  -tag:opinion  has / has not this tag (tag:"two words" for spaces)
 *   region:venezuela region:VE region:"south america"   country, sub-region or continent
 *                             (the value is kept as typed; the service maps names to codes)
 *   source:reuters site:"cuenca high life"
 *   after:2019-01-01          published on or after (also after:2019, after:2019-04)
 *   before:2020-01-01         published before (the day itself excluded)
 *   year:2019  year:2019-04  year:2019-04-06
 *   is:unread is:read is:starred is:unstarred
 *   has:highlight has:note    has a highlight / a note (-has:… has none); typed fields of the
 *                             query, never words (has:anything-else is an ordinary word)
 * </pre>
 *
 * Operators are case-insensitive. An unknown {@code word:value} is an ordinary word. Nothing
 * typed is ever an error: a malformed part (an unclosed quote, a date that isn't one, an empty
 * value) is searched as words and {@link SearchParse#warning()} says so. Words are passed on
 * as typed (phrases in double quotes); the store quotes every term before it reaches FTS5.
 * Stateless and safe across threads.
 */
public final class SearchSyntax {

    /** {@code key:value}, {@code -key:value}, {@code key:"quoted value"} (value may be empty). */
    private static final Pattern OPERATOR = Pattern.compile("(-?)([A-Za-z]+):(.*)", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private SearchSyntax() {
    }

    public static SearchParse parse(String input) {
        return new Parser(input == null ? "" : input).run();
    }

    /** One piece of the input: a word or phrase, or key:value. */
    private record Token(String text, boolean quoted, boolean unclosed) {
    }

    private static final class Parser {
        private final String input;
        private final List<String> words = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> regions = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<String> sites = new ArrayList<>();
        private final List<String> tagsAll = new ArrayList<>();
        private final List<String> tagsNone = new ArrayList<>();
        private LocalDate from;
        private LocalDate to;
        private Integer year;
        private Integer month;
        private Integer day;
        private Boolean read;
        private Boolean starred;
        private Boolean highlighted;
        private Boolean noted;

        Parser(String input) {
            this.input = input;
        }

        SearchParse run() {
            for (Token t : tokens()) {
                if (t.unclosed()) {
                    warn("Unclosed quote: searched the words as typed");
                    if (!t.quoted()) {
                        literal(t.text());
                        continue;
                    }
                }
                if (t.quoted()) {
                    phrase(t.text(), t.unclosed());
                    continue;
                }
                Matcher m = OPERATOR.matcher(t.text());
                if (m.matches() && operator(m.group(1).equals("-"), m.group(2).toLowerCase(Locale.ROOT),
                        unquote(m.group(3)), t.text())) {
                    continue;
                }
                words.add(t.text());
            }
            ArticleQuery q = new ArticleQuery(words.isEmpty() ? null : String.join(" ", words), from, to, year, month,
                    day, false, regions, sources, sites, tagsAll, List.of(), tagsNone, read, starred, highlighted,
                    noted, ArticleQuery.Sort.PUBLISHED_DESC);
            return new SearchParse(q, warnings.isEmpty() ? null : String.join("; ", warnings));
        }

        private void phrase(String text, boolean unclosed) {
            String clean = text.replace("\"", " ").strip();
            if (clean.isEmpty()) {
                return;
            }
            if (unclosed) {
                for (String w : clean.split("\\s+")) {
                    words.add(w);
                }
            } else {
                words.add('"' + clean + '"');
            }
        }

        /** Applies one operator; false when it is not one (then it is a word). */
        private boolean operator(boolean negated, String key, String value, String raw) {
            if (key.equals("has")) {
                return has(negated, value.strip().toLowerCase(Locale.ROOT));
            }
            boolean known = switch (key) {
                case "tag", "region", "source", "site", "after", "before", "year", "is" -> true;
                default -> false;
            };
            if (!known) {
                return false;
            }
            if (value.isBlank()) {
                warn("Nothing after " + key + ": searched it as a word");
                literal(raw);
                return true;
            }
            if (negated && !key.equals("tag")) {
                warn("Only tags can be excluded with '-': searched " + raw + " as words");
                literal(raw);
                return true;
            }
            String v = value.strip();
            switch (key) {
                case "tag" -> (negated ? tagsNone : tagsAll).add(v);
                case "region" -> regions.add(v);
                case "source" -> sources.add(v);
                case "site" -> sites.add(v);
                case "after", "before" -> {
                    LocalDate d = start(v);
                    if (d == null) {
                        warn("Not a date: " + raw + " (write " + key + ":2019-01-01); searched it as words");
                        literal(raw);
                    } else if (key.equals("after")) {
                        from = d;
                    } else {
                        to = d.minusDays(1);
                    }
                }
                case "year" -> {
                    if (!year(v)) {
                        warn("Not a year: " + raw + " (write year:2019 or year:2019-04); searched it as words");
                        literal(raw);
                    }
                }
                case "is" -> {
                    switch (v.toLowerCase(Locale.ROOT)) {
                        case "unread" -> read = false;
                        case "read" -> read = true;
                        case "starred" -> starred = true;
                        case "unstarred" -> starred = false;
                        default -> {
                            warn("Unknown " + raw + " (is:read, is:unread, is:starred); searched it as words");
                            literal(raw);
                        }
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** has:highlight(s) / has:note(s), negated with '-'; false for any other value (a word then). */
        private boolean has(boolean negated, String what) {
            switch (what) {
                case "highlight", "highlights" -> highlighted = !negated;
                case "note", "notes" -> noted = !negated;
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void literal(String raw) {
            for (String w : raw.replace("\"", " ").strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }

        /** The first day of 2019, 2019-04 or 2019-04-06, or null. */
        private static LocalDate start(String v) {
            try {
                if (v.matches("\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(v), 1, 1);
                }
                if (v.matches("\\d{4}-\\d{1,2}")) {
                    String[] p = v.split("-");
                    return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).atDay(1);
                }
                if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                    String[] p = v.split("-");
                    return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                }
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
            return null;
        }

        private boolean year(String v) {
            Matcher m = YEAR.matcher(v);
            if (!m.matches() || start(v) == null) {
                return false;
            }
            year = Integer.parseInt(m.group(1));
            month = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            return true;
        }

        private void warn(String w) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }

        private static String unquote(String v) {
            String s = v.strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                return s.substring(1, s.length() - 1);
            }
            if (s.startsWith("\"")) {
                return s.substring(1);
            }
            return s;
        }

        /** Splits on white space outside double quotes; a quote may start mid-token (key:"a b"). */
        private List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = input.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(input.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (input.charAt(i) == '"') {
                    int end = input.indexOf('"', i + 1);
                    if (end < 0) {
                        out.add(new Token(input.substring(i + 1), true, true));
                        break;
                    }
                    out.add(new Token(input.substring(i + 1, end), true, false));
                    i = end + 1;
                    continue;
                }
                int start = i;
                boolean unclosed = false;
                while (i < n && !Character.isWhitespace(input.charAt(i))) {
                    if (input.charAt(i) == '"') {
                        int end = input.indexOf('"', i + 1);
                        if (end < 0) {
                            unclosed = true;
                            i = n;
                            break;
                        }
                        i = end + 1;
                    } else {
                        i++;
                    }
                }
                out.add(new Token(input.substring(start, i), false, unclosed));
            }
            return out;
        }
    }
}

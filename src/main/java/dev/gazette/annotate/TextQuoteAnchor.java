package dev.gazette.annotate;

import dev.gazette.model.Highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anchors a highlight in an article's plain text by quote, after the W3C Web Annotation
 * "text quote selector" (exact text, a little context before and after) plus a position hint,
 * and finds it again when the text has changed.
 *
 * <p>Finding a quote, in order (the first step that finds anything wins):
 * <ol>
 *   <li><b>exact</b>: every occurrence of the quote; the one whose surroundings agree best
 *       with the stored prefix and suffix wins, then the one nearest the position hint;</li>
 *   <li><b>normalised</b>: the same over text with white space collapsed, case folded and
 *       typographic quotes, dashes and no-break spaces made plain (re-extraction often
 *       changes exactly these);</li>
 *   <li><b>fuzzy</b>: the closest approximate occurrence of the normalised quote (edit
 *       distance at most {@link #FUZZY_ERROR_RATE} of its length), for small edits such as a
 *       corrected typo;</li>
 *   <li>else the highlight is <b>orphaned</b>: kept, with its quote, and reported as such.</li>
 * </ol>
 * Stateless and safe across threads.
 */
public final class TextQuoteAnchor {

    /** How the quote was found. */
    public enum Match { EXACT, NORMALISED, FUZZY, ORPHANED }

    /**
     * Where a quote was found: [start, end) in the text searched, or ORPHANED with start = end = -1.
     */
    public record Result(int start, int end, Match match) {
        public boolean found() {
            return match != Match.ORPHANED;
        }
    }

    // Tuning --------------------------------------------------------------------------------
    /** Fuzzy matching accepts at most this many edits per character of the quote. */
    public static final double FUZZY_ERROR_RATE = 0.2;
    /** Quotes shorter than this (normalised) are never matched fuzzily: too easy to misplace. */
    static final int FUZZY_MIN_LENGTH = 8;
    /** Fuzzy matching is skipped when text length × quote length exceeds this (work bound). */
    static final long FUZZY_MAX_CELLS = 60_000_000L;

    private static final Result ORPHAN = new Result(-1, -1, Match.ORPHANED);

    private TextQuoteAnchor() {
    }

    // Creating ------------------------------------------------------------------------------

    /**
     * A new highlight over text[start, end) with {@link Highlight#CONTEXT} characters of
     * context on each side. The range is clamped to the text.
     */
    public static Highlight create(long articleId, String text, int start, int end, String colour, String note) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Highlight(0, articleId, text.substring(s, e), prefixAt(text, s), suffixAt(text, e), s,
                colour, note, null, false);
    }

    /**
     * Where a selection copied from the rendered article lies in the plain text: the selection's
     * white space and case need not match. When it occurs several times, the occurrence nearest
     * hint wins. Empty when it does not occur.
     */
    public static Optional<int[]> locateSelection(String text, String selected, int hint) {
        if (text == null || selected == null || selected.isBlank()) {
            return Optional.empty();
        }
        Result r = find(text, selected.strip(), "", "", hint);
        if (r.match() == Match.EXACT || r.match() == Match.NORMALISED) {
            return Optional.of(new int[] {r.start(), r.end()});
        }
        return Optional.empty();
    }

    // Finding again ---------------------------------------------------------------------------

    /** The highlight re-anchored in text: a fresh quote, context and position, or orphaned. */
    public static Highlight reanchor(Highlight h, String text) {
        Result r = find(text == null ? "" : text, h.exact(), h.prefix(), h.suffix(), h.start());
        if (!r.found()) {
            return h.orphaned() ? h : new Highlight(h.id(), h.articleId(), h.exact(), h.prefix(), h.suffix(),
                    h.start(), h.colour(), h.note(), h.created(), true);
        }
        return new Highlight(h.id(), h.articleId(), text.substring(r.start(), r.end()), prefixAt(text, r.start()),
                suffixAt(text, r.end()), r.start(), h.colour(), h.note(), h.created(), false);
    }

    /** True when the highlight's stored anchor still holds exactly in text (nothing to redo). */
    public static boolean holds(Highlight h, String text) {
        if (text == null || h.orphaned() || h.exact().isEmpty() || !text.startsWith(h.exact(), h.start())) {
            return false;
        }
        return text.substring(0, h.start()).endsWith(h.prefix()) && text.startsWith(h.suffix(), h.end());
    }

    /** Finds the quote in text, as the class comment describes. */
    public static Result find(String text, String exact, String prefix, String suffix, int hint) {
        if (text == null || exact == null || exact.isEmpty() || text.isEmpty()) {
            return ORPHAN;
        }
        String pre = prefix == null ? "" : prefix;
        String suf = suffix == null ? "" : suffix;
        // 1. exact
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
            hits.add(i);
        }
        if (!hits.isEmpty()) {
            int best = best(hits, exact.length(), text, pre, suf, hint, false);
            return new Result(best, best + exact.length(), Match.EXACT);
        }
        // 2. normalised
        Normalised nt = Normalised.of(text);
        String ne = Normalised.of(exact).text.strip();
        if (ne.isEmpty()) {
            return ORPHAN;
        }
        hits.clear();
        for (int i = nt.text.indexOf(ne); i >= 0; i = nt.text.indexOf(ne, i + 1)) {
            hits.add(i);
        }
        if (!hits.isEmpty()) {
            int best = best(hits, ne.length(), nt.text, Normalised.of(pre).text, Normalised.of(suf).text,
                    nt.toNormalised(hint), true);
            return new Result(nt.origin(best), nt.originEnd(best + ne.length()), Match.NORMALISED);
        }
        // 3. fuzzy
        if (ne.length() < FUZZY_MIN_LENGTH || (long) ne.length() * nt.text.length() > FUZZY_MAX_CELLS) {
            return ORPHAN;
        }
        int maxErrors = (int) Math.floor(ne.length() * FUZZY_ERROR_RATE);
        int[] span = fuzzy(nt.text, ne, maxErrors, Normalised.of(pre).text, Normalised.of(suf).text,
                nt.toNormalised(hint));
        if (span == null) {
            return ORPHAN;
        }
        return new Result(nt.origin(span[0]), nt.originEnd(span[1]), Match.FUZZY);
    }

    /** The candidate start with the best context agreement, then nearest the hint. */
    private static int best(List<Integer> starts, int length, String text, String prefix, String suffix, int hint,
                            boolean trimContext) {
        int best = starts.get(0);
        long bestScore = Long.MIN_VALUE;
        for (int s : starts) {
            long score = contextScore(text, s, s + length, prefix, suffix, trimContext) * (long) (text.length() + 1)
                    - Math.abs(s - hint);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** Characters of prefix agreeing just before start plus characters of suffix just after end. */
    static int contextScore(String text, int start, int end, String prefix, String suffix, boolean trim) {
        String p = trim ? prefix.stripTrailing() : prefix;
        String q = trim ? suffix.stripLeading() : suffix;
        int before = start;
        if (trim) {
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
        }
        int after = end;
        if (trim) {
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
        }
        int a = 0;
        while (a < p.length() && a < before && p.charAt(p.length() - 1 - a) == text.charAt(before - 1 - a)) {
            a++;
        }
        int b = 0;
        while (b < q.length() && after + b < text.length() && q.charAt(b) == text.charAt(after + b)) {
            b++;
        }
        return a + b;
    }

    /**
     * Approximate search (Sellers' dynamic programme: edit distance of the pattern against every
     * substring of the text), returning [start, end) of the best match with at most maxErrors
     * edits: fewest edits, then best context, then nearest the hint; null when none.
     */
    static int[] fuzzy(String text, String pattern, int maxErrors, String prefix, String suffix, int hint) {
        int m = pattern.length();
        int n = text.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = 0;
        }
        List<int[]> candidates = new ArrayList<>(); // {start, end, distance}
        int bestDistance = maxErrors + 1;
        for (int j = 1; j <= n; j++) {
            char c = text.charAt(j - 1);
            cur[0] = 0;
            curStart[0] = j;
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = prev[i] + 1;      // text char skipped
                int ins = cur[i - 1] + 1;   // pattern char missing from text
                if (sub <= del && sub <= ins) {
                    cur[i] = sub;
                    curStart[i] = prevStart[i - 1];
                } else if (del <= ins) {
                    cur[i] = del;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = ins;
                    curStart[i] = curStart[i - 1];
                }
            }
            int d = cur[m];
            if (d <= maxErrors && d <= bestDistance) {
                if (d < bestDistance) {
                    candidates.clear();
                    bestDistance = d;
                }
                candidates.add(new int[] {curStart[m], j, d});
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int[] best = null;
        long bestScore = Long.MIN_VALUE;
        for (int[] cand : candidates) {
            long score = contextScore(text, cand[0], cand[1], prefix, suffix, true) * (long) (n + 1)
                    - Math.abs(cand[0] - hint);
            if (score > bestScore) {
                bestScore = score;
                best = cand;
            }
        }
        return new int[] {best[0], best[1]};
    }

    static String prefixAt(String text, int start) {
        int from = Math.max(0, start - Highlight.CONTEXT);
        if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    static String suffixAt(String text, int end) {
        int to = Math.min(text.length(), end + Highlight.CONTEXT);
        if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(end, to);
    }

    /**
     * Text with white space runs made one space, case folded, and typographic quotes, dashes
     * and no-break spaces made plain; with the offset in the original of every character.
     */
    static final class Normalised {
        /** Marks a character left out of the normalised text (soft hyphen, zero-width space). */
        private static final char REMOVED = '\uFFFF';
        final String text;
        private final int[] origin;     // origin[i] = offset in the original of text[i]
        private final int[] originEnd;  // originEnd[i] = offset just after the run text[i] came from
        private final int originalLength;

        private Normalised(String text, int[] origin, int[] originEnd, int originalLength) {
            this.text = text;
            this.origin = origin;
            this.originEnd = originEnd;
            this.originalLength = originalLength;
        }

        static Normalised of(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            int[] originEnd = new int[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = plain(s.charAt(i));
                if (c == REMOVED) {
                    if (n > 0) {
                        originEnd[n - 1] = i + 1;
                    }
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    if (n > 0 && sb.charAt(n - 1) == ' ') {
                        originEnd[n - 1] = i + 1;
                        continue;
                    }
                    c = ' ';
                } else {
                    c = Character.toLowerCase(c);
                }
                sb.append(c);
                origin[n] = i;
                originEnd[n] = i + 1;
                n++;
            }
            return new Normalised(sb.toString(), origin, originEnd, s.length());
        }

        private static char plain(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                case '\u00AD', '\u200B', '\uFEFF' -> REMOVED;
                default -> c;
            };
        }

        int origin(int i) {
            return i >= text.length() ? originalLength : origin[i];
        }

        /** Original offset just after normalised character end - 1 (end exclusive). */
        int originEnd(int end) {
            if (end <= 0) {
                return 0;
            }
            int last = end - 1;
            // a match never ends inside a collapsed space run's tail: end at the space itself
            return text.charAt(last) == ' ' ? origin[last] + 1 : originEnd[last];
        }

        /** The normalised offset of an original offset (approximate; for hints). */
        int toNormalised(int originalOffset) {
            int lo = 0;
            int hi = text.length();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (origin[mid] < originalOffset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

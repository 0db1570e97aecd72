package dev.gazette.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the article in plain text pasted from a whole web page (menus, footers, newsletter
 * blocks included). Works whatever the pasting style: one block per line, blank lines between
 * paragraphs, or hard-wrapped lines (rejoined first). Each block is scored by its length,
 * sentence shape, stop-word density, repetition and known boilerplate phrasing; the best
 * contiguous run of blocks is the article; the headline, date line, byline and credit line
 * around it become metadata. Stateless and thread-safe.
 */
final class TextBodyExtractor {

    /** The article found in the text; metadata fields are null when not seen. */
    record Result(List<String> paragraphs, String title, String published, String author, String source) {
    }

    private final DateParser dates = new DateParser();

    Result extract(String content, Instant savedAt) {
        List<String> blocks = blocks(content == null ? "" : content);
        if (blocks.isEmpty()) {
            return new Result(List.of(), null, null, null, null);
        }
        int n = blocks.size();
        Map<String, Integer> counts = new HashMap<>();
        for (String b : blocks) {
            counts.merge(key(b), 1, Integer::sum);
        }
        // lines first seen before the first real paragraph and seen again are menus
        int firstGood = n;
        for (int i = 0; i < n; i++) {
            String b = blocks.get(i);
            if (words(b) >= ExtractionRules.TEXT_PARAGRAPH_WORDS && isSentence(b)) {
                firstGood = i;
                break;
            }
        }
        java.util.Set<String> header = new java.util.HashSet<>();
        for (int i = 0; i < firstGood; i++) {
            header.add(key(blocks.get(i)));
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            String k = key(blocks.get(i));
            boolean menuRepeat = counts.get(k) > 1 && header.contains(k);
            score[i] = score(blocks.get(i), menuRepeat);
        }
        // a picture's caption comes just before its credit line: neither is the article's prose
        for (int i = 1; i < n; i++) {
            String b = blocks.get(i);
            if (words(b) <= 15 && ExtractionRules.PHOTO_CREDIT.matcher(b).find() && score[i - 1] > 0
                    && score[i - 1] > ExtractionRules.TEXT_BARRIER) {
                score[i - 1] = -2;
            }
        }
        // best contiguous run (maximum-sum subarray) inside each stretch between end markers;
        // the earliest stretch that is nearly as good as the best wins (comments come after articles)
        List<int[]> runs = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        int segStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || score[i] <= ExtractionRules.TEXT_BARRIER) {
                int[] r = bestRun(score, segStart, i);
                if (r != null) {
                    runs.add(r);
                    double sum = 0;
                    for (int k = r[0]; k <= r[1]; k++) {
                        sum += score[k];
                    }
                    sums.add(sum);
                }
                segStart = i + 1;
            }
        }
        int bestStart = -1;
        int bestEnd = -1;
        double max = sums.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < runs.size(); i++) {
            int positives = 0;
            for (int k = runs.get(i)[0]; k <= runs.get(i)[1]; k++) {
                positives += score[k] > 0 ? 1 : 0;
            }
            if (sums.get(i) == max || sums.get(i) >= ExtractionRules.TEXT_EARLIER_RUN_SHARE * max && positives >= 3) {
                bestStart = runs.get(i)[0];
                bestEnd = runs.get(i)[1];
                break;
            }
        }
        if (bestStart < 0) {
            return new Result(List.of(), firstTitleLike(blocks, n), null, null, null);
        }
        // a small first or last chunk cut off by a stretch of page furniture is not the article
        int[] trimmed = trimLooseEnds(score, bestStart, bestEnd);
        bestStart = trimmed[0];
        bestEnd = trimmed[1];
        // leading headline, date and byline lines are metadata, not body
        int start = bestStart;
        while (start < bestEnd && !isSentence(blocks.get(start))) {
            start++;
        }
        int end = bestEnd;
        while (end > start && (isCredit(blocks.get(end)) || !isSentence(blocks.get(end)) && words(blocks.get(end)) < 8)) {
            end--;
        }
        String source = null;
        for (int i = end + 1; i <= Math.min(n - 1, bestEnd + 3); i++) {
            Matcher m = ExtractionRules.CREDIT_LINE.matcher(blocks.get(i));
            if (m.matches()) {
                source = m.group("who").trim();
                break;
            }
        }
        List<String> body = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            String b = blocks.get(i);
            Matcher m = ExtractionRules.CREDIT_LINE.matcher(b);
            if (m.matches()) {
                if (source == null) {
                    source = m.group("who").trim();
                }
                continue;
            }
            if (words(b) < 30 && ExtractionRules.BOILERPLATE_BLOCK.matcher(b).matches()) {
                continue;
            }
            body.add(b);
        }
        if (source == null && !body.isEmpty()) {
            Matcher m = ExtractionRules.WIRE_DATELINE.matcher(body.get(0));
            if (m.find()) {
                source = m.group("who");
            }
        }
        // metadata from the lines just before the body
        String title = null;
        String published = null;
        String author = null;
        int from = Math.max(0, start - 8);
        for (int i = start - 1; i >= from; i--) {
            String b = blocks.get(i);
            if (published == null && words(b) <= 14) {
                DateParser.ParsedDate d = dates.parse(b, false, savedAt);
                if (d != null) {
                    published = d.date().toString();
                    if (author == null) {
                        author = bylineBeforeDate(b);
                    }
                    continue;
                }
            }
            if (author == null && ExtractionRules.BYLINE_PREFIX.matcher(b).find() && words(b) <= 8) {
                author = ExtractionRules.BYLINE_PREFIX.matcher(b).replaceFirst("").trim();
                continue;
            }
            if (title == null && isTitleLike(b)) {
                title = b;
                break;
            }
        }
        if (title == null) {
            title = firstTitleLike(blocks, start);
        }
        if (published == null) {
            for (int i = start; i < Math.min(end + 1, start + 3); i++) {
                String b = blocks.get(i);
                if (words(b) <= 14) {
                    DateParser.ParsedDate d = dates.parse(b, false, savedAt);
                    if (d != null) {
                        published = d.date().toString();
                        body.remove(b);
                        break;
                    }
                }
            }
        }
        return new Result(body, title, published, author, source);
    }

    /**
     * Splits [start, end] into chunks separated by {@link ExtractionRules#TEXT_GAP_BLOCKS} or more
     * blocks in a row that score below zero, then drops a first or last chunk that weighs less
     * than {@link ExtractionRules#TEXT_LOOSE_END_SHARE} of the rest (a subtitle above the byline
     * box, an "about us" blurb below the newsletter box).
     */
    private static int[] trimLooseEnds(double[] score, int start, int end) {
        List<int[]> chunks = new ArrayList<>();
        int chunkStart = start;
        int negatives = 0;
        for (int i = start; i <= end; i++) {
            if (score[i] < 0) {
                negatives++;
            } else {
                if (negatives >= ExtractionRules.TEXT_GAP_BLOCKS && i - negatives > chunkStart) {
                    chunks.add(new int[] {chunkStart, i - negatives - 1});
                    chunkStart = i;
                } else if (negatives >= ExtractionRules.TEXT_GAP_BLOCKS) {
                    chunkStart = i;
                }
                negatives = 0;
            }
        }
        chunks.add(new int[] {chunkStart, end - negatives});
        if (chunks.size() > 1) {
            double total = 0;
            for (int[] c : chunks) {
                total += positive(score, c);
            }
            double pf = positive(score, chunks.get(0));
            double pl = positive(score, chunks.get(chunks.size() - 1));
            boolean dropFirst = pf < ExtractionRules.TEXT_LOOSE_END_SHARE * (total - pf);
            boolean dropLast = pl < ExtractionRules.TEXT_LOOSE_END_SHARE * (total - pl);
            if (dropLast) {
                chunks.remove(chunks.size() - 1);
            }
            if (dropFirst && chunks.size() > 1) {
                chunks.remove(0);
            }
        }
        return new int[] {chunks.get(0)[0], chunks.get(chunks.size() - 1)[1]};
    }

    private static double positive(double[] score, int[] chunk) {
        double sum = 0;
        for (int i = chunk[0]; i <= chunk[1]; i++) {
            sum += Math.max(0, score[i]);
        }
        return sum;
    }

    /** Maximum-sum run of scores in [from, to), or null when no run is positive. */
    private static int[] bestRun(double[] score, int from, int to) {
        int bestStart = -1;
        int bestEnd = -1;
        double best = 0;
        double run = 0;
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score[i];
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    // ------------------------------------------------------------------ blocks

    /** Splits text into blocks, rejoining hard-wrapped lines and lines broken mid-sentence. */
    static List<String> blocks(String content) {
        // 1. physical blocks: lines joined only where a wrapper broke them
        List<String> physical = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        for (HardWrap.Block b : HardWrap.join(content)) {
            physical.add(b.text());
            blankBefore.add(b.blankBefore());
        }
        // 2. when nearly every block is followed by a blank line, blank lines say nothing
        int blanks = 0;
        for (boolean b : blankBefore) {
            blanks += b ? 1 : 0;
        }
        boolean blankMeaningless = physical.size() > 4 && blanks >= 0.8 * (physical.size() - 1);
        // 3. rejoin sentences broken across blocks
        List<String> out = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            String b = physical.get(i).replaceAll("\\s+", " ").trim();
            if (b.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && (blankMeaningless || !blankBefore.get(i)) && continues(out.get(out.size() - 1), b)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + b);
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * A short line that is a date or a byline on its own ("Oct 12, 2017", "By Jane Doe"): what
     * follows a headline that happens to be as long as the wrapped lines, never a wrapped part.
     */
    static boolean isDateOrBylineLine(String line) {
        int w = words(line);
        if (w == 0 || w > ExtractionRules.TEXT_META_LINE_MAX_WORDS || ExtractionRules.SENTENCE_END.matcher(line).find()) {
            return false;
        }
        return ExtractionRules.BYLINE_PREFIX.matcher(line).find() && w <= 5 || ExtractionRules.DATE_LINE.matcher(line).find();
    }

    /** A line broken mid-sentence: no closing punctuation, and the next line goes on in lower case. */
    private static boolean continues(String line, String next) {
        if (line.length() < 20 || ExtractionRules.SENTENCE_END.matcher(line).find()) {
            return false;
        }
        char c = line.charAt(line.length() - 1);
        if (c == ':' || c == '|' || c == '>' || c == '»') {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) && words(line) >= 4;
    }

    // ------------------------------------------------------------------ scoring

    private static double score(String b, boolean menuRepeat) {
        int w = words(b);
        if (w <= 8 && ExtractionRules.TEXT_END_MARKER.matcher(b).matches()) {
            return ExtractionRules.TEXT_BARRIER;
        }
        boolean sentence = isSentence(b);
        if (w < 40 && ExtractionRules.TEXT_BOILERPLATE.matcher(b).find()
                || w <= ExtractionRules.BOILERPLATE_PHRASE_MAX_WORDS && ExtractionRules.BOILERPLATE_PHRASE.matcher(b).find()) {
            return -10;
        }
        if (menuRepeat && w < 40) {
            return -5;
        }
        double stop = stopRatio(b);
        if (w >= ExtractionRules.TEXT_PARAGRAPH_WORDS) {
            if (sentence) {
                return stop >= 0.08 ? w : w * 0.5;
            }
            return stop >= 0.2 && w >= 20 ? w * 0.2 : -1;
        }
        if (w >= 6 && sentence) {
            return w * 0.5;
        }
        if (ExtractionRules.INTERVIEW_LINE.matcher(b).find() && w >= 2) {
            return 1 + w * 0.5;
        }
        if (w <= 3 && !b.matches(".*[\\d:,;.!?(\\[].*")) {
            return -3;
        }
        return -1.5;
    }

    static boolean isSentence(String b) {
        return ExtractionRules.SENTENCE_END.matcher(b).find() && words(b) >= 4 && !isCredit(b);
    }

    private static boolean isCredit(String b) {
        return ExtractionRules.CREDIT_LINE.matcher(b).matches();
    }

    private static boolean isTitleLike(String b) {
        int w = words(b);
        return w >= 3 && w <= 30 && !b.endsWith(".") && ExtractionRules.BOILERPLATE_BLOCK.matcher(b).matches() == false
                && !ExtractionRules.TEXT_BOILERPLATE.matcher(b).find();
    }

    private String firstTitleLike(List<String> blocks, int before) {
        for (int i = Math.min(before, blocks.size()) - 1; i >= 0 && i >= before - 12; i--) {
            if (isTitleLike(blocks.get(i)) && words(blocks.get(i)) >= 4 && dates.parse(blocks.get(i)) == null) {
                return blocks.get(i);
            }
        }
        return null;
    }

    /** "Jane Doe - Nov 19, 2019" → "Jane Doe". */
    private static String bylineBeforeDate(String b) {
        int dash = b.indexOf(" - ");
        if (dash < 0) {
            dash = b.indexOf(" | ");
        }
        if (dash > 0) {
            String who = ExtractionRules.BYLINE_PREFIX.matcher(b.substring(0, dash)).replaceFirst("").trim();
            int w = words(who);
            if (w >= 2 && w <= 5 && Character.isUpperCase(who.charAt(0)) && !who.matches(".*\\d.*")) {
                return who;
            }
        }
        return null;
    }

    private static String key(String b) {
        return b.toLowerCase(Locale.ROOT);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static double stopRatio(String b) {
        String[] tokens = b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int total = 0;
        int stop = 0;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            total++;
            if (ExtractionRules.STOP_WORDS.contains(t)) {
                stop++;
            }
        }
        return total == 0 ? 0 : (double) stop / total;
    }
}

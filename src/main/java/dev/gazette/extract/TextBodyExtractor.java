package dev.gazette.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import static dev.gazette.extract.TextLines.isDateOrBylineLine;
import static dev.gazette.extract.TextLines.words;

/**
 * Finds the article in plain text pasted from a whole web page (menus, footers, newsletter
 * blocks included) or sent as wire copy. Works whatever the pasting style: one block per line,
 * blank lines between paragraphs, or hard-wrapped lines (rejoined first by {@link HardWrap}).
 * Each block is scored by its length, sentence shape, stop-word density, repetition and known
 * boilerplate phrasing; the best contiguous run of blocks is the article; the headline, date
 * line, byline and credit line around it become metadata. A story that opens with a
 * {@link Dateline} starts there, keeps its lines of figures (a wire item may be only a table),
 * and loses the dateline from its first words to {@link Result#dateline()}; the text's first
 * block above the dateline is the headline. See {@code docs/extraction.md}. Stateless and
 * thread-safe.
 */
final class TextBodyExtractor {

    /** The article found in the text; metadata fields are null when not seen. */
    record Result(List<String> paragraphs, String title, String published, String author, String source,
                  String dateline) {
    }

    private final DateParser dates = new DateParser();

    Result extract(String content, Instant savedAt) {
        List<String> blocks = blocks(content == null ? "" : content);
        if (blocks.isEmpty()) {
            return new Result(List.of(), null, null, null, null, null);
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
            if (words(b) <= ExtractionRules.TEXT_CREDIT_LINE_MAX_WORDS && ExtractionRules.PHOTO_CREDIT.matcher(b).find() && score[i - 1] > 0
                    && score[i - 1] > ExtractionRules.TEXT_BARRIER) {
                score[i - 1] = ExtractionRules.TEXT_CAPTION_SCORE;
            }
        }
        int[] run = bestArticleRun(score);
        // a story that opens with a dateline ("SAN DIEGO, Calif., Feb 26 - ...") starts there,
        // and its short lines of figures are part of it (a wire item may be nothing else)
        int datelineAt = datelineBlock(blocks, score, run);
        Dateline dateline = datelineAt < 0 ? null : Dateline.find(blocks.get(datelineAt));
        if (dateline != null) {
            storyScores(blocks, score, datelineAt);
            run = bestArticleRun(score);
            if (run == null || datelineAt < run[0] || datelineAt > run[1]) {
                dateline = null; // the dateline's block is not in the article after all
                datelineAt = -1;
            }
        }
        if (run == null) {
            return new Result(List.of(), firstTitleLike(blocks, n), null, null, null, null);
        }
        int bestStart = run[0];
        int bestEnd = run[1];
        // leading headline, date and byline lines are metadata, not body
        int start = bestStart;
        while (start < bestEnd && start != datelineAt && !isSentence(blocks.get(start)) && !isProse(blocks.get(start))) {
            start++;
        }
        if (dateline != null && start < datelineAt) {
            // the dateline opens the story: what the run took in above it is the headline (one
            // ending "... WITH U.S." looks like a sentence), a standfirst or a caption
            start = datelineAt;
        }
        int end = bestEnd;
        while (end > start && (isCredit(blocks.get(end))
                || !isSentence(blocks.get(end)) && words(blocks.get(end)) < ExtractionRules.TEXT_LAST_LINE_MIN_WORDS && !(dateline != null && isFigureLine(blocks.get(end))))) {
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
            if (words(b) < ExtractionRules.BOILERPLATE_PHRASE_MAX_WORDS && ExtractionRules.BOILERPLATE_BLOCK.matcher(b).matches()) {
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
        if (dateline != null && !body.isEmpty() && body.get(0).equals(blocks.get(datelineAt))) {
            if (source == null && dateline.agency() != null) {
                source = dateline.agency();
            }
            String rest = dateline.rest(body.get(0));
            if (rest.isEmpty()) {
                body.remove(0);
            } else {
                body.set(0, rest);
            }
        }
        // metadata from the lines just before the body
        String title = null;
        String published = null;
        String author = null;
        int from = Math.max(0, start - ExtractionRules.TEXT_META_BLOCKS_BEFORE);
        for (int i = start - 1; i >= from; i--) {
            String b = blocks.get(i);
            if (published == null && words(b) <= ExtractionRules.TEXT_DATE_LINE_MAX_WORDS) {
                DateParser.ParsedDate d = dates.parse(b, false, savedAt);
                if (d != null) {
                    published = d.date().toString();
                    if (author == null) {
                        author = bylineBeforeDate(b);
                    }
                    continue;
                }
            }
            if (author == null && ExtractionRules.BYLINE_PREFIX.matcher(b).find() && words(b) <= ExtractionRules.TEXT_BYLINE_MAX_WORDS) {
                author = ExtractionRules.BYLINE_PREFIX.matcher(b).replaceFirst("").trim();
                continue;
            }
            if (title == null && isTitleLike(b)) {
                title = b;
                break;
            }
        }
        if (dateline != null && start == datelineAt) {
            int headline = headlineBefore(blocks, datelineAt);
            if (headline == 0) {
                title = blocks.get(headline);
            }
        }
        if (title == null) {
            title = firstTitleLike(blocks, start);
        }
        if (published == null) {
            for (int i = start; i < Math.min(end + 1, start + ExtractionRules.TEXT_DATE_BLOCKS_AFTER); i++) {
                String b = blocks.get(i);
                if (words(b) <= ExtractionRules.TEXT_DATE_LINE_MAX_WORDS && i != datelineAt) {
                    DateParser.ParsedDate d = dates.parse(b, false, savedAt);
                    if (d != null) {
                        published = d.date().toString();
                        body.remove(b);
                        break;
                    }
                }
            }
        }
        return new Result(body, title, published, author, source, dateline == null ? null : dateline.text());
    }

    /**
     * The article's run of blocks: the best contiguous run (maximum-sum subarray) inside each
     * stretch between end markers, the earliest stretch nearly as good as the best winning
     * (comments come after articles), its loose first or last chunk trimmed; null when no run
     * scores above zero.
     */
    private static int[] bestArticleRun(double[] score) {
        int n = score.length;
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
        double max = sums.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < runs.size(); i++) {
            int positives = 0;
            for (int k = runs.get(i)[0]; k <= runs.get(i)[1]; k++) {
                positives += score[k] > 0 ? 1 : 0;
            }
            if (sums.get(i) == max || sums.get(i) >= ExtractionRules.TEXT_EARLIER_RUN_SHARE * max && positives >= 3) {
                // a small first or last chunk cut off by a stretch of page furniture is not the article
                return trimLooseEnds(score, runs.get(i)[0], runs.get(i)[1]);
            }
        }
        return null;
    }

    /**
     * The block that opens the story with a dateline, or -1: the first block up to the end of
     * the article's run (or among the first {@link ExtractionRules#TEXT_DATELINE_FIRST_BLOCKS}
     * blocks when no run was found: a wire item of figures) that opens with a {@link Dateline}
     * and is not an end marker (a word of its story may look like furniture: "registered"). The run may start well after it: a table of figures between
     * the dateline and the first sentence scored as furniture. The caller keeps the dateline
     * only if the rescored run takes it in.
     */
    private static int datelineBlock(List<String> blocks, double[] score, int[] run) {
        int to = run == null ? Math.min(blocks.size() - 1, ExtractionRules.TEXT_DATELINE_FIRST_BLOCKS - 1) : run[1];
        for (int i = 0; i <= to; i++) {
            if (score[i] > ExtractionRules.TEXT_BARRIER && Dateline.find(blocks.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Scores of a story that opens with a dateline at {@code at}: the dateline's block counts as
     * a paragraph whatever its shape ("TYLER, Texas, April 1 - Qtly div six cts vs six cts
     * prior"), and after it, up to the first end marker, lines of figures ("Net loss 125,000 vs
     * loss 140,000", even when repeated) are part of the story rather than page furniture, and
     * so are the short lines next to one ("Year", "Shr profit nil vs loss one ct"), though
     * a run never ends on them. Boilerplate phrases stay furniture.
     */
    private static void storyScores(List<String> blocks, double[] score, int at) {
        score[at] = Math.max(score[at], words(blocks.get(at)));
        int n = blocks.size();
        boolean[] figures = new boolean[n];
        for (int i = at + 1; i < n; i++) {
            figures[i] = isFigureLine(blocks.get(i));
        }
        for (int i = at + 1; i < n && score[i] > ExtractionRules.TEXT_BARRIER; i++) {
            if (score[i] >= 0 || score[i] < ExtractionRules.TEXT_FURNITURE_SCORE) {
                continue;
            }
            if (figures[i]) {
                score[i] = ExtractionRules.TEXT_FIGURE_LINE_SCORE;
            } else if (words(blocks.get(i)) <= ExtractionRules.TEXT_FIGURE_LINE_MAX_WORDS
                    && (figures[i - 1] || i + 1 < n && figures[i + 1])) {
                score[i] = ExtractionRules.TEXT_FIGURE_LABEL_SCORE;
            }
        }
    }

    /**
     * Where the headline of a story that opens with a dateline may be, or -1: the nearest block
     * above it, past date lines and bylines ({@link #isDateOrBylineLine}), of at most
     * {@link ExtractionRules#TEXT_HEADLINE_MAX_WORDS} words, that is not page furniture as a
     * whole. The caller takes it when it is the text's first block: the first line is the
     * headline, in capitals, ending in "U.S." or holding a word such as "register" all the same.
     * On a pasted page, what stands above the dateline is as often a caption, a time or a
     * button; there the usual search for a title-like line decides.
     */
    private static int headlineBefore(List<String> blocks, int dateline) {
        for (int i = dateline - 1; i >= Math.max(0, dateline - ExtractionRules.TEXT_HEADLINE_SEARCH_BLOCKS); i--) {
            String b = blocks.get(i);
            if (isDateOrBylineLine(b)) {
                continue;
            }
            int w = words(b);
            if (w == 0 || w > ExtractionRules.TEXT_HEADLINE_MAX_WORDS || ExtractionRules.BOILERPLATE_BLOCK.matcher(b).matches()
                    || ExtractionRules.TEXT_END_MARKER.matcher(b).matches()) {
                return -1;
            }
            return i;
        }
        return -1;
    }

    /**
     * A line of a table of figures: short, and at least {@link ExtractionRules#TEXT_FIGURE_SHARE}
     * of its words are numbers ("Shr 23 cts vs 18 cts", "Revs 6,169,168 vs 3,178,115").
     */
    static boolean isFigureLine(String b) {
        int w = words(b);
        if (w == 0 || w > ExtractionRules.TEXT_FIGURE_LINE_MAX_WORDS) {
            return false;
        }
        int numbers = 0;
        boolean in = false;
        boolean digit = false;
        for (int i = 0; i <= b.length(); i++) {
            boolean letter = i < b.length() && Character.isLetterOrDigit(b.charAt(i));
            if (letter) {
                digit |= Character.isDigit(b.charAt(i));
            } else if (in) {
                numbers += digit ? 1 : 0;
                digit = false;
            }
            in = letter;
        }
        return numbers >= ExtractionRules.TEXT_FIGURE_SHARE * w;
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
            if (score[i] < ExtractionRules.TEXT_FIGURE_LABEL_SCORE) {
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
        boolean blankMeaningless = physical.size() > 4 && blanks >= ExtractionRules.TEXT_BLANK_LINES_MEANINGLESS_SHARE * (physical.size() - 1);
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

    /** A line broken mid-sentence: no closing punctuation, and the next line goes on in lower case. */
    private static boolean continues(String line, String next) {
        if (line.length() < ExtractionRules.TEXT_WRAPPED_MIN_CHARS || ExtractionRules.SENTENCE_END.matcher(line).find()) {
            return false;
        }
        char c = line.charAt(line.length() - 1);
        if (c == ':' || c == '|' || c == '>' || c == '»') {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) && words(line) >= ExtractionRules.TEXT_SENTENCE_MIN_WORDS;
    }

    // ------------------------------------------------------------------ scoring

    private static double score(String b, boolean menuRepeat) {
        int w = words(b);
        if (w <= ExtractionRules.TEXT_END_MARKER_MAX_WORDS && ExtractionRules.TEXT_END_MARKER.matcher(b).matches()) {
            return ExtractionRules.TEXT_BARRIER;
        }
        boolean sentence = isSentence(b);
        if (w < ExtractionRules.TEXT_FURNITURE_MAX_WORDS && ExtractionRules.TEXT_BOILERPLATE.matcher(b).find()
                || w <= ExtractionRules.BOILERPLATE_PHRASE_MAX_WORDS && Prefilters.holdsBoilerplatePhrase(b)) {
            return ExtractionRules.TEXT_BOILERPLATE_SCORE;
        }
        if (menuRepeat && w < ExtractionRules.TEXT_FURNITURE_MAX_WORDS) {
            return ExtractionRules.TEXT_MENU_REPEAT_SCORE;
        }
        double stop = stopRatio(b);
        if (w >= ExtractionRules.TEXT_PARAGRAPH_WORDS) {
            if (sentence) {
                return stop >= ExtractionRules.TEXT_PARAGRAPH_MIN_STOP_SHARE ? w : w * ExtractionRules.TEXT_HALF_WEIGHT;
            }
            return stop >= ExtractionRules.TEXT_PROSE_STOP_SHARE && w >= ExtractionRules.TEXT_UNPUNCTUATED_MIN_WORDS
                    ? w * ExtractionRules.TEXT_UNPUNCTUATED_WEIGHT : -1;
        }
        if (w >= ExtractionRules.TEXT_SHORT_SENTENCE_MIN_WORDS && sentence) {
            return w * ExtractionRules.TEXT_HALF_WEIGHT;
        }
        if (ExtractionRules.INTERVIEW_LINE.matcher(b).find() && w >= 2) {
            return 1 + w * ExtractionRules.TEXT_HALF_WEIGHT;
        }
        if (w <= ExtractionRules.TEXT_MENU_MAX_WORDS && !b.matches(".*[\\d:,;.!?(\\[].*")) {
            return ExtractionRules.TEXT_MENU_WORD_SCORE;
        }
        return ExtractionRules.TEXT_SHORT_LINE_SCORE;
    }

    /**
     * A paragraph whose last sentence lost its full stop: at least
     * {@link ExtractionRules#TEXT_PARAGRAPH_WORDS} words, function words as prose has them, and
     * mostly small letters (a headline in title case has few). Never taken for a headline.
     */
    static boolean isProse(String b) {
        int w = words(b);
        if (w < ExtractionRules.TEXT_PARAGRAPH_WORDS || stopRatio(b) < ExtractionRules.TEXT_PROSE_STOP_SHARE) {
            return false;
        }
        int capitalised = 0;
        boolean start = true;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && start && Character.isUpperCase(c)) {
                capitalised++;
            }
            start = !letter;
        }
        return capitalised < ExtractionRules.TEXT_PROSE_MAX_CAPITALISED_SHARE * w;
    }

    static boolean isSentence(String b) {
        return ExtractionRules.SENTENCE_END.matcher(b).find() && words(b) >= ExtractionRules.TEXT_SENTENCE_MIN_WORDS && !isCredit(b);
    }

    private static boolean isCredit(String b) {
        return ExtractionRules.CREDIT_LINE.matcher(b).matches();
    }

    private static boolean isTitleLike(String b) {
        int w = words(b);
        return w >= ExtractionRules.TEXT_TITLE_MIN_WORDS && w <= ExtractionRules.TEXT_HEADLINE_MAX_WORDS && (!b.endsWith(".") || ExtractionRules.ABBREVIATION_END.matcher(b).find())
                && ExtractionRules.BOILERPLATE_BLOCK.matcher(b).matches() == false
                && !ExtractionRules.TEXT_BOILERPLATE.matcher(b).find();
    }

    private String firstTitleLike(List<String> blocks, int before) {
        for (int i = Math.min(before, blocks.size()) - 1; i >= 0 && i >= before - ExtractionRules.TEXT_TITLE_SEARCH_BLOCKS; i--) {
            if (isTitleLike(blocks.get(i)) && words(blocks.get(i)) >= ExtractionRules.TEXT_SENTENCE_MIN_WORDS && dates.parse(blocks.get(i)) == null) {
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
            if (w >= 2 && w <= ExtractionRules.TEXT_NAME_MAX_WORDS && Character.isUpperCase(who.charAt(0)) && !who.matches(".*\\d.*")) {
                return who;
            }
        }
        return null;
    }

    private static String key(String b) {
        return b.toLowerCase(Locale.ROOT);
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

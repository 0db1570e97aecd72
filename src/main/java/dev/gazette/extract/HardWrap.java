package dev.gazette.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of hard-wrapped text (a story pasted from an e-mail or a terminal, broken
 * every 65 to 80 columns) back into the blocks the writer typed, so the reader shows paragraphs
 * rather than one line per row or one wall of text. Lines are never reordered and no word is
 * lost: each block is its lines joined by one space.
 *
 * <p>Two signals say where a wrapper broke a line:
 * <ul>
 *   <li>the wrap width: when most long lines of the whole text end near the same column
 *       ({@link #wrapWidth}), a line that reaches that column and whose next line's first word
 *       would not have fitted was broken by a greedy wrapper;</li>
 *   <li>indented paragraph starts: in a run of lines (between blank lines) where paragraphs
 *       begin with an indent and go on flush left (the wire's layout), an indented line starts a
 *       paragraph and a flush line after a long line goes on with it. This works on a story
 *       of three lines, where no width can be measured.</li>
 * </ul>
 * A line that is only a date or a byline is never a wrapped part ({@link
 * TextBodyExtractor#isDateOrBylineLine}). Text with neither signal is left line by line.
 *
 * <p>Stateless; safe across threads.
 */
final class HardWrap {

    /** A block as typed: its text, and whether a blank line stood before it. */
    record Block(String text, boolean blankBefore) {
    }

    private HardWrap() {
    }

    /** The text's blocks, wrapped lines joined; blank lines separate blocks and are dropped. */
    static List<Block> join(String content) {
        String[] raw = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        List<Integer> indents = new ArrayList<>(raw.length);
        List<Integer> lengths = new ArrayList<>(raw.length);
        for (String l : raw) {
            String norm = l.replace('\u00a0', ' ').replace('\t', ' ').stripTrailing();
            String text = norm.strip();
            lines.add(text);
            indents.add(text.isEmpty() ? 0 : norm.length() - text.length());
            lengths.add(norm.length());
        }
        int width = wrapWidth(lengths, lines);
        List<Block> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean blank = false;
        int runStart = 0;
        while (runStart < lines.size()) {
            if (lines.get(runStart).isEmpty()) {
                blank = true;
                runStart++;
                continue;
            }
            int runEnd = runStart;
            while (runEnd + 1 < lines.size() && !lines.get(runEnd + 1).isEmpty()) {
                runEnd++;
            }
            int runIndentWidth = indentedRunWidth(lines, indents, lengths, runStart, runEnd, width);
            int minIndent = Integer.MAX_VALUE;
            for (int i = runStart; i <= runEnd; i++) {
                minIndent = Math.min(minIndent, indents.get(i));
            }
            for (int i = runStart; i <= runEnd; i++) {
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(lines.get(i));
                boolean joinNext = false;
                if (i < runEnd) {
                    String next = lines.get(i + 1);
                    if (runIndentWidth > 0) {
                        joinNext = indents.get(i + 1) <= minIndent
                                && lengths.get(i) >= ExtractionRules.WRAP_FULL_LINE_SHARE * runIndentWidth
                                && !TextLines.isDateOrBylineLine(next);
                    } else if (width > 0) {
                        int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
                        // a greedy wrapper breaks a line only when the next word would not fit
                        joinNext = lengths.get(i) + 1 + firstWord > width - 1
                                && lengths.get(i) >= ExtractionRules.WRAP_FULL_LINE_SHARE * width
                                && !TextLines.isDateOrBylineLine(next);
                    }
                }
                if (!joinNext) {
                    out.add(new Block(cur.toString(), blank));
                    cur.setLength(0);
                    blank = false;
                }
            }
            runStart = runEnd + 1;
        }
        return out;
    }

    /**
     * The width to measure full lines against when the run [from, to] is laid out with indented
     * paragraph starts, else 0: some line after the first is indented more than the run's least
     * indented line, some flush line follows another line (a paragraph goes on), and no line is
     * longer than {@link ExtractionRules#MAX_WRAP_WIDTH} (a run of unwrapped paragraphs is not
     * wrapped text). The width is the text's wrap width when known, else the run's longest line.
     */
    private static int indentedRunWidth(List<String> lines, List<Integer> indents, List<Integer> lengths,
                                        int from, int to, int width) {
        if (to <= from) {
            return 0;
        }
        int min = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = from; i <= to; i++) {
            min = Math.min(min, indents.get(i));
            longest = Math.max(longest, lengths.get(i));
        }
        if (longest > ExtractionRules.MAX_WRAP_WIDTH) {
            return 0;
        }
        boolean indentedStart = false;
        boolean flushContinuation = false;
        for (int i = from + 1; i <= to; i++) {
            if (indents.get(i) - min >= ExtractionRules.WRAP_PARAGRAPH_INDENT) {
                indentedStart = true;
            } else if (indents.get(i) == min && lengths.get(i - 1) >= ExtractionRules.WRAP_FULL_LINE_SHARE * longest) {
                flushContinuation = true;
            }
        }
        if (!indentedStart || !flushContinuation) {
            return 0;
        }
        return width > 0 ? width : longest;
    }

    /**
     * The wrap width when the text is hard-wrapped, else 0, measured on the lines a wrapper may
     * have broken (those followed by another line; a line before a blank line ends its block
     * anyway, and one-line blocks such as menu items would hide the width): at least
     * {@link ExtractionRules#WRAP_MIN_LINES} of them, the 98th percentile of their lengths between
     * 30 and {@link ExtractionRules#MAX_WRAP_WIDTH} columns, and a quarter of them within
     * {@link ExtractionRules#WRAP_NEAR_WIDTH} columns of it.
     */
    static int wrapWidth(List<Integer> allLengths, List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty()) {
                lengths.add(allLengths.get(i));
            }
        }
        if (lengths.size() < ExtractionRules.WRAP_MIN_LINES) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        int max = sorted.get((int) Math.floor(0.98 * (sorted.size() - 1)));
        if (max > ExtractionRules.MAX_WRAP_WIDTH || max < 30) {
            return 0;
        }
        int nearMax = 0;
        for (int len : lengths) {
            if (len >= max - ExtractionRules.WRAP_NEAR_WIDTH) {
                nearMax++;
            }
        }
        if (nearMax < 0.25 * lengths.size() || nearMax < 4) {
            return 0;
        }
        return sorted.get(sorted.size() - 1) <= max + 2 ? sorted.get(sorted.size() - 1) : max;
    }
}

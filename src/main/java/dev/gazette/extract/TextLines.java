package dev.gazette.extract;

/**
 * Small facts about one line or block of pasted text that the text extractor and its helpers
 * ({@link Dateline}, {@link HardWrap}) share: how many words it has, and whether it is a date or
 * a byline standing alone. Pure functions; safe across threads.
 */
final class TextLines {

    private TextLines() {
    }

    /** The number of words: runs of letters and digits. */
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

    /**
     * A short line that is a date or a byline on its own ("Oct 12, 2017", "By Jane Doe"): what
     * follows a headline that happens to be as long as the wrapped lines, never a wrapped part.
     */
    static boolean isDateOrBylineLine(String line) {
        int w = words(line);
        if (w == 0 || w > ExtractionRules.TEXT_META_LINE_MAX_WORDS || ExtractionRules.SENTENCE_END.matcher(line).find()) {
            return false;
        }
        return ExtractionRules.BYLINE_PREFIX.matcher(line).find() && w <= ExtractionRules.TEXT_NAME_MAX_WORDS || ExtractionRules.DATE_LINE.matcher(line).find();
    }
}

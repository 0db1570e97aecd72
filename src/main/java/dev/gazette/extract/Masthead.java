package dev.gazette.extract;

import java.time.Instant;
import java.util.regex.Matcher;

/**
 * What a masthead line says ("Arctic Circle Times · By Ingrid Solheim Berg · 21 January 2025"):
 * the outlet (the first name that is not the byline), the writer (the part after "By") and the
 * date (ISO, as {@link DateParser} gives it). Any of them may be null. Immutable.
 */
record Masthead(String outlet, String byline, String date) {

    /** Reads a line {@link HtmlBodyExtractor#isMastheadLine} accepted; parts it cannot place are ignored. */
    static Masthead read(String line, DateParser dates, Instant reference) {
        String outlet = null;
        String byline = null;
        String date = null;
        for (String raw : ExtractionRules.MASTHEAD_SEPARATOR.split(line.strip())) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher by = ExtractionRules.BYLINE_PREFIX.matcher(part);
            if (by.lookingAt()) {
                byline = byline == null ? part.substring(by.end()).strip() : byline;
                continue;
            }
            DateParser.ParsedDate parsed = ExtractionRules.MASTHEAD_NAME.matcher(part).matches()
                    ? null : dates.parse(part, false, reference);
            if (parsed != null) {
                date = date == null ? parsed.iso() : date;
            } else if (outlet == null && ExtractionRules.MASTHEAD_NAME.matcher(part).matches()) {
                outlet = part;
            }
        }
        return new Masthead(outlet, byline == null || byline.isEmpty() ? null : byline, date);
    }
}
